package vn.emr.claims.portal;

import java.util.Locale;
import vn.emr.claims.ClaimsError;

/**
 * The coded outcome of sending a file: the portal's result codes ({@code maKetQua}, {@code domain/claims.md} §1.5 and
 * §3.6: 200, 401, 403, 123, 125; any other is {@link #OTHER_CODE}, the code kept as given in
 * {@link PortalAnswer#resultCode()}), what happened on the way (server errors, no connection, a timeout), and the
 * local refusals made before anything was sent. Each has a code {@code EMR-CLM-08xx} with Vietnamese and English text.
 */
public enum PortalResult {
    /** 200: the portal accepted the file. */
    ACCEPTED(ClaimsError.PORTAL_ACCEPTED),
    /** 401: the token was refused, also after one renewal. */
    UNAUTHENTICATED(ClaimsError.PORTAL_UNAUTHENTICATED),
    /** 403: the account may not send for this facility. */
    FORBIDDEN(ClaimsError.PORTAL_FORBIDDEN),
    /** 123: the portal found the file unsigned. */
    UNSIGNED(ClaimsError.PORTAL_UNSIGNED),
    /** 125: the portal found the signature invalid or the file changed after signing. */
    BAD_SIGNATURE(ClaimsError.PORTAL_BAD_SIGNATURE),
    /** A result code not listed here; {@link PortalAnswer#resultCode()} holds it as given. */
    OTHER_CODE(ClaimsError.PORTAL_OTHER_CODE),
    /** Server errors (HTTP 5xx, or a 5xx {@code maKetQua}) until the retries ran out. */
    SERVER_ERROR(ClaimsError.PORTAL_SERVER_ERROR),
    /** No connection (refused, or dropped without an answer) until the retries ran out. */
    UNREACHABLE(ClaimsError.PORTAL_UNREACHABLE),
    /** The request timed out after it was sent: it may have arrived. Not sent again automatically. */
    OUTCOME_UNKNOWN(ClaimsError.PORTAL_OUTCOME_UNKNOWN),
    /**
     * The portal answered (HTTP 2xx, or an answer larger than the client reads) without a readable {@code maKetQua}:
     * it may have taken the file, so it is treated as an answer about the file and not sent again.
     */
    ANSWER_UNREADABLE(ClaimsError.PORTAL_ANSWER_UNREADABLE),
    /** The portal answered with a redirect (HTTP 3xx): not followed, nothing sent to its target, not taken. */
    REDIRECTED(ClaimsError.PORTAL_REDIRECTED),
    /** The portal refused the request with HTTP 4xx (not 401 or 403) and no {@code maKetQua}: not taken. */
    REQUEST_REFUSED(ClaimsError.PORTAL_REQUEST_REFUSED),
    /**
     * The login was refused or gave no usable token; the file was not sent. After a refusal the same client does not
     * try to log in again (see {@link PortalClient}).
     */
    LOGIN_REFUSED(ClaimsError.PORTAL_LOGIN_REFUSED),
    /** Not sent: the file is not signed (the portal would answer 123). */
    LOCAL_UNSIGNED(ClaimsError.PORTAL_LOCAL_UNSIGNED),
    /** Not sent: the signature does not verify (the portal would answer 125). */
    LOCAL_BAD_SIGNATURE(ClaimsError.PORTAL_LOCAL_BAD_SIGNATURE),
    /** Not sent: the claims checks found an error ({@link PortalAnswer#findings()}). */
    LOCAL_CHECKS_FAILED(ClaimsError.PORTAL_LOCAL_CHECKS),
    /** Not sent: not a readable file of the kind being sent. */
    LOCAL_UNREADABLE(ClaimsError.PORTAL_LOCAL_UNREADABLE),
    /** A dry run: every local check passed and the file would be sent; nothing was sent. */
    WOULD_SEND(ClaimsError.PORTAL_WOULD_SEND);

    private final ClaimsError code;

    PortalResult(ClaimsError code) {
        this.code = code;
    }

    /** The outcome of a portal result code ({@code maKetQua}) as given; unknown codes are {@link #OTHER_CODE}. */
    public static PortalResult ofResultCode(String maKetQua) {
        return switch (maKetQua == null ? "" : maKetQua.strip()) {
            case "200" -> ACCEPTED;
            case "401" -> UNAUTHENTICATED;
            case "403" -> FORBIDDEN;
            case "123" -> UNSIGNED;
            case "125" -> BAD_SIGNATURE;
            default -> OTHER_CODE;
        };
    }

    /** The code of the outcome ({@code EMR-CLM-08xx}). */
    public ClaimsError code() {
        return code;
    }

    /** The outcome's text in the language (Vietnamese by default, English). */
    public String message(Locale locale) {
        return code.message(locale);
    }

    /** Whether the portal accepted the file. */
    public boolean accepted() {
        return this == ACCEPTED;
    }

    /**
     * Whether the portal answered about the file itself (accepted it, or refused it for what it is): such a file is
     * never sent again, by the client or by a batch resuming from its journal.
     */
    public boolean acknowledged() {
        return this == ACCEPTED || this == UNSIGNED || this == BAD_SIGNATURE || this == OTHER_CODE
                || this == ANSWER_UNREADABLE;
    }

    /**
     * Whether the file must not be sent again without the caller's say: {@link #acknowledged()}, or
     * {@link #OUTCOME_UNKNOWN} (it may have arrived).
     */
    public boolean settled() {
        return acknowledged() || this == OUTCOME_UNKNOWN;
    }

    /** Whether the file was refused before anything was sent. */
    public boolean local() {
        return this == LOCAL_UNSIGNED || this == LOCAL_BAD_SIGNATURE || this == LOCAL_CHECKS_FAILED
                || this == LOCAL_UNREADABLE;
    }
}
