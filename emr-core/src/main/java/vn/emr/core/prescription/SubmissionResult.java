package vn.emr.core.prescription;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The national system's answer to {@code POST /api/v1/gui-don-thuoc}, in the two shapes public clients report
 * ({@code data/core/dtqg-gui-don-thuoc.response.samples.json}): HTTP 200 {@code {"success": "<message>", "checksum"}}
 * ({@code success} is a message, not a boolean) and HTTP 422 with {@code danh_sach_cac_loi[]} of
 * {@code {truong, ma_loi, thong_bao}} (item keys unverified: one client's model).
 *
 * <p>Accepted means HTTP 200 and no listed error. Decide on {@link #accepted()} and the error codes, never on the
 * message text. {@link #toString()} shows no message text (it may quote the prescription).
 *
 * @param httpStatus the HTTP status
 * @param message the {@code success} text, if present
 * @param checksum the {@code checksum}, if present
 * @param errors the entries of {@code danh_sach_cac_loi}
 */
public record SubmissionResult(int httpStatus, Optional<String> message, Optional<String> checksum,
        List<RemoteError> errors) {


    /** Copies the errors; absent texts are {@link Optional#empty()}. */
    public SubmissionResult {
        message = Objects.requireNonNullElse(message, Optional.empty());
        checksum = Objects.requireNonNullElse(checksum, Optional.empty());
        errors = List.copyOf(errors);
    }

    /** Whether the prescription was received: HTTP 200 and no error listed. */
    public boolean accepted() {
        return httpStatus == 200 && errors.isEmpty();
    }

    /**
     * Reads a response body. Unreadable JSON has the codes of {@link PrescriptionValidator#validate(byte[])}; a
     * value of the wrong type is {@code EMR-CORE-0701} at its path; an HTTP 200 without a {@code success} text is
     * {@code EMR-CORE-0700}. Unknown fields are ignored (the shape is reported by one client only).
     */
    public static SubmissionResult parse(int httpStatus, byte[] body) {
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("not an HTTP status");
        }
        JsonNode o = Wire.readObject(body);
        Optional<String> message = text(o, "success", "success");
        Optional<String> checksum = text(o, "checksum", "checksum");
        if (httpStatus == 200 && message.isEmpty()) {
            throw new EmrException(CoreError.RX_REQUIRED, "success");
        }
        List<RemoteError> errors = new ArrayList<>();
        JsonNode list = o.get("danh_sach_cac_loi");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new EmrException(CoreError.RX_WRONG_TYPE, "danh_sach_cac_loi", Wire.LIST);
            }
            for (int i = 0; i < list.size(); i++) {
                String p = "danh_sach_cac_loi[" + i + "]";
                JsonNode e = list.get(i);
                if (!e.isObject()) {
                    throw new EmrException(CoreError.RX_WRONG_TYPE, p, Wire.OBJECT);
                }
                errors.add(new RemoteError(text(e, "truong", p + ".truong"), scalar(e, "ma_loi", p + ".ma_loi"),
                        text(e, "thong_bao", p + ".thong_bao")));
            }
        }
        return new SubmissionResult(httpStatus, message, checksum, errors);
    }

    private static Optional<String> text(JsonNode o, String field, String path) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new EmrException(CoreError.RX_WRONG_TYPE, path, Wire.TEXT);
        }
        return n.textValue().isBlank() ? Optional.empty() : Optional.of(n.textValue());
    }

    private static Optional<String> scalar(JsonNode o, String field, String path) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        String s = Wire.scalar(n);
        if (s == null) {
            throw new EmrException(CoreError.RX_WRONG_TYPE, path, Wire.TEXT_OR_NUMBER);
        }
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** Shows the status, the checksum's presence and the error fields and codes; no message text. */
    @Override
    public String toString() {
        return "SubmissionResult[httpStatus=" + httpStatus + ", accepted=" + accepted() + ", checksum="
                + (checksum.isPresent() ? "present" : "absent") + ", errors=" + errors + "]";
    }

    /**
     * One entry of {@code danh_sach_cac_loi}: the field ({@code truong}), the system's code ({@code ma_loi}) and
     * its message ({@code thong_bao}). {@link #toString()} leaves the message out.
     *
     * @param field the wire name of the refused field, if given
     * @param code the national system's error code, if given
     * @param message the national system's message, if given
     */
    public record RemoteError(Optional<String> field, Optional<String> code, Optional<String> message) {

        /** Absent parts are {@link Optional#empty()}, never null. */
        public RemoteError {
            field = Objects.requireNonNullElse(field, Optional.empty());
            code = Objects.requireNonNullElse(code, Optional.empty());
            message = Objects.requireNonNullElse(message, Optional.empty());
        }

        @Override
        public String toString() {
            return "RemoteError[field=" + field.map(Wire::shown).orElse("absent") + ", code="
                    + code.map(Wire::shown).orElse("absent") + "]";
        }
    }
}
