package vn.emr.claims.portal;

import vn.emr.claims.catalogue.ClaimsProfile;

/**
 * The portal's endpoint names ({@code domain/claims.md} §1.5): Decision 4750's ({@code checkInKcbQd4750},
 * {@code guiHoSoXmlQD4750}, technical guide CV 1245/BHXH-CNTT) and Decision 3176's ({@code checkInKcbQd3176},
 * {@code guiHoSoXmlQD3176}, in use from 2025-01-01). The login call is {@code /api/token/take} for both.
 */
public enum PortalEndpoints {
    /** Decision 4750 (CV 1245/BHXH-CNTT). */
    QD4750("checkInKcbQd4750", "guiHoSoXmlQD4750"),
    /** Decision 3176 (uniform from 2025-01-01). */
    QD3176("checkInKcbQd3176", "guiHoSoXmlQD3176");

    /** The path of the login call, relative to the endpoint's base URI. */
    public static final String TOKEN_PATH = "api/token/take";

    private static final String PREFIX = "api/qd130/";

    private final String checkIn;
    private final String claims;

    PortalEndpoints(String checkIn, String claims) {
        this.checkIn = checkIn;
        this.claims = claims;
    }

    /** The path of the check-in call ({@code api/qd130/checkInKcbQd...}), relative to the base URI. */
    public String checkInPath() {
        return PREFIX + checkIn;
    }

    /** The path of the claims-file call ({@code api/qd130/guiHoSoXmlQD...}), relative to the base URI. */
    public String claimsPath() {
        return PREFIX + claims;
    }

    /** The path of the call that takes files of this kind. */
    public String path(PortalFileKind kind) {
        return kind == PortalFileKind.CHECK_IN ? checkInPath() : claimsPath();
    }

    /**
     * The endpoints a file of this profile goes to: Decision 3176's for {@link ClaimsProfile#QD3176} and its 2026
     * amendment, Decision 4750's for {@link ClaimsProfile#QD4750} and for {@link ClaimsProfile#QD130} (whose pilot
     * endpoint the guides describe only as "similar"; 4750 amended 130 and replaced its endpoint).
     */
    public static PortalEndpoints of(ClaimsProfile profile) {
        return switch (profile) {
            case QD130, QD4750 -> QD4750;
            case QD3176, QD3176_2026 -> QD3176;
        };
    }
}
