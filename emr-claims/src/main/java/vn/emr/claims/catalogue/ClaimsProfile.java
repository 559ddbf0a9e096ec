package vn.emr.claims.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The versions of the claims file this SDK implements, each with the date its claims start
 * ({@code domain/claims.md} §1.1 and §2.4; choices and sources in {@code emr-claims/PROFILES.md}). A claim's profile
 * follows the claim's own date (discharge, else visit), never today's: an old claim is rebuilt in the profile of its
 * time.
 */
public enum ClaimsProfile {
    /**
     * Decision 130 before its 4750 amendment: claims from 2023-09-01 (QĐ 130 Điều 4-5: QĐ 4210 ends then) to
     * 2024-06-30. Tables XML0 to XML12 (CV 3190 lists XML1-XML11 in the envelope); the catalogue is the 4750 one
     * without what 4750 added ({@link FieldCatalogue} says how it is derived).
     */
    QD130(LocalDate.of(2023, 9, 1)),
    /** Decision 130 as amended by Decision 4750: claims from 2024-07-01. */
    QD4750(LocalDate.of(2024, 7, 1)),
    /**
     * Decision 3176 (uniform from 2025-01-01): XML13 reworked ({@code MA_NOI_DI} becomes {@code MA_CSKCB_DI}, several
     * codes joined by {@code ;}; {@code MA_NOI_DEN} becomes {@code MA_CSKCB_DEN}; {@code PP_DIEU_TRI} becomes
     * {@code TINH_TRANG_CT}; {@code TEN_DICH_VU} and {@code TEN_THUOC} removed; {@code MA_TTDV} up to 255 characters).
     * From secondary sources: the official appendix was not found.
     */
    QD3176(LocalDate.of(2025, 1, 1)),
    /**
     * The 2026 amendment of Decision 3176 (reported as Decision 1931, claims from 2026-07-01): {@code MUC_HUONG} of
     * XML2 and XML3 up to 4 characters. From secondary sources.
     */
    QD3176_2026(LocalDate.of(2026, 7, 1));

    private final LocalDate appliesFrom;

    ClaimsProfile(LocalDate appliesFrom) {
        this.appliesFrom = appliesFrom;
    }

    /** The first claim date the profile applies to. */
    public LocalDate appliesFrom() {
        return appliesFrom;
    }

    /** The field catalogue of the profile. */
    public FieldCatalogue catalogue() {
        return FieldCatalogue.of(this);
    }

    /**
     * The profile of a claim dated {@code claimDate} (its discharge date, else its visit date).
     *
     * @throws EmrException {@link ClaimsError#PROFILE_UNSUPPORTED} before 2023-09-01 (QĐ 4210, not implemented)
     */
    public static ClaimsProfile forClaimDate(LocalDate claimDate) {
        Objects.requireNonNull(claimDate, "claimDate");
        ClaimsProfile found = null;
        for (ClaimsProfile p : values()) {
            if (!claimDate.isBefore(p.appliesFrom)) {
                found = p;
            }
        }
        if (found == null) {
            throw new EmrException(ClaimsError.PROFILE_UNSUPPORTED, "");
        }
        return found;
    }
}
