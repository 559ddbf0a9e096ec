package vn.emr.claims.portal;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.emr.claims.check.ClaimsIssue;
import vn.emr.core.validation.Issue;

/**
 * What became of one file: the coded {@link #result()}, and when the portal answered, its result code
 * ({@code maKetQua}, kept exactly as given), transaction id ({@code maGiaoDich}), receipt time
 * ({@code thoiGianTiepNhan}, {@code yyyyMMddHHmmss}) and message ({@code thongDiep}) ({@code domain/claims.md}
 * §1.5). A local refusal carries the claims checks' findings or the signature's errors instead. Immutable;
 * {@link #toString()} shows no message, file content or credential.
 */
public final class PortalAnswer {

    /** The form of {@code thoiGianTiepNhan}. */
    static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PortalResult result;
    private final String resultCode;
    private final String transactionId;
    private final String receivedAtText;
    private final String portalMessage;
    private final String fileSha256;
    private final String facilityCode;
    private final List<String> maLk;
    private final URI endpoint;
    private final int attempts;
    private final List<ClaimsIssue> findings;
    private final List<Issue> signatureErrors;

    private PortalAnswer(Builder b) {
        this.result = Objects.requireNonNull(b.result, "result");
        this.resultCode = b.resultCode;
        this.transactionId = b.transactionId;
        this.receivedAtText = b.receivedAtText;
        this.portalMessage = b.portalMessage;
        this.fileSha256 = Objects.requireNonNull(b.fileSha256, "fileSha256");
        this.facilityCode = b.facilityCode;
        this.maLk = List.copyOf(b.maLk);
        this.endpoint = b.endpoint;
        this.attempts = b.attempts;
        this.findings = List.copyOf(b.findings);
        this.signatureErrors = List.copyOf(b.signatureErrors);
    }

    static Builder builder(PortalResult result, String fileSha256) {
        return new Builder(result, fileSha256);
    }

    /** The coded outcome. */
    public PortalResult result() {
        return result;
    }

    /** Whether the portal accepted the file. */
    public boolean accepted() {
        return result.accepted();
    }

    /** The portal's result code ({@code maKetQua}) exactly as given, when it answered with one. */
    public Optional<String> resultCode() {
        return Optional.ofNullable(resultCode);
    }

    /** The portal's transaction id ({@code maGiaoDich}), when given. */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    /** The receipt time ({@code thoiGianTiepNhan}) as the portal wrote it, when given. */
    public Optional<String> receivedAtText() {
        return Optional.ofNullable(receivedAtText);
    }

    /** The receipt time read as {@code yyyyMMddHHmmss} (the portal's local time, +07:00), when it reads. */
    public Optional<LocalDateTime> receivedAt() {
        if (receivedAtText == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(receivedAtText.strip(), RECEIVED_AT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The portal's own message ({@code thongDiep}), when given: the portal's text, not the SDK's. */
    public Optional<String> portalMessage() {
        return Optional.ofNullable(portalMessage);
    }

    /** The SDK's text of the outcome, in the language. */
    public String message(Locale locale) {
        return result.message(locale);
    }

    /** The SHA-256 of the file's bytes (lower-case hex): the key under which it is never sent twice. */
    public String fileSha256() {
        return fileSha256;
    }

    /** The facility code read from the file ({@code MACSKCB}, or XML0's {@code MA_CSKCB}), when it reads. */
    public Optional<String> facilityCode() {
        return Optional.ofNullable(facilityCode);
    }

    /** The episode keys ({@code MA_LK}) of the file, in file order; empty when the file does not read. */
    public List<String> maLk() {
        return maLk;
    }

    /** The URI the file was (or, in a dry run, would be) sent to. */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** How many requests carried the file (0 when refused before sending or in a dry run). */
    public int attempts() {
        return attempts;
    }

    /** The claims checks' findings when {@link PortalResult#LOCAL_CHECKS_FAILED} (errors and warnings). */
    public List<ClaimsIssue> findings() {
        return findings;
    }

    /** The signature's errors when {@link PortalResult#LOCAL_BAD_SIGNATURE}. */
    public List<Issue> signatureErrors() {
        return signatureErrors;
    }

    @Override
    public String toString() {
        return "PortalAnswer[" + result + (resultCode != null ? ", maKetQua=" + shown(resultCode) : "")
                + ", attempts=" + attempts + "]";
    }

    /** A result code as shown in toString: at most 12 letters or digits. */
    private static String shown(String code) {
        return code.length() <= 12 && code.chars().allMatch(Character::isLetterOrDigit) ? code : "?";
    }

    /** Builds an answer (package-private: answers come from the client and the journal). */
    static final class Builder {
        private final PortalResult result;
        private final String fileSha256;
        private String resultCode;
        private String transactionId;
        private String receivedAtText;
        private String portalMessage;
        private String facilityCode;
        private List<String> maLk = List.of();
        private URI endpoint;
        private int attempts;
        private List<ClaimsIssue> findings = List.of();
        private List<Issue> signatureErrors = List.of();

        private Builder(PortalResult result, String fileSha256) {
            this.result = result;
            this.fileSha256 = fileSha256;
        }

        Builder portal(String code, String transaction, String receivedAt, String message) {
            this.resultCode = code;
            this.transactionId = transaction;
            this.receivedAtText = receivedAt;
            this.portalMessage = message;
            return this;
        }

        Builder file(String facility, List<String> keys) {
            this.facilityCode = facility;
            this.maLk = keys;
            return this;
        }

        Builder endpoint(URI uri) {
            this.endpoint = uri;
            return this;
        }

        Builder attempts(int n) {
            this.attempts = n;
            return this;
        }

        Builder findings(List<ClaimsIssue> issues) {
            this.findings = issues;
            return this;
        }

        Builder signatureErrors(List<Issue> issues) {
            this.signatureErrors = issues;
            return this;
        }

        PortalAnswer build() {
            return new PortalAnswer(this);
        }
    }
}
