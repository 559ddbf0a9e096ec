package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A follow-up appointment (giấy hẹn khám lại, claims table XML14).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param date the appointment date (NGAY_HEN_KL)
 * @param reason what the visit is for, if present
 * @param departmentCode the department to attend, if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = Appointment.Builder.class)
public record Appointment(
        @NotNull(message = "EMR-CORE-0005")
        LocalDate date,
        Optional<@FreeText @Size(max = 1024, message = "EMR-CORE-0302") String> reason,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> departmentCode) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public Appointment {
        Required.part(date, "appointment.date");
        reason = Objects.requireNonNullElse(reason, Optional.empty());
        departmentCode = Objects.requireNonNullElse(departmentCode, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.date = date;
        b.reason = reason.orElse(null);
        b.departmentCode = departmentCode.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Appointment[" + "date=" + Masking.part(date) + ", "
                + "reason=" + Masking.part(reason.orElse(null)) + ", "
                + "departmentCode=" + Masking.part(departmentCode.orElse(null)) + "]";
    }

    /** Builds a {@link Appointment}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private LocalDate date;
        private String reason;
        private String departmentCode;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the appointment date (NGAY_HEN_KL). */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /** Sets what the visit is for. */
        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        /** Sets the department to attend. */
        public Builder departmentCode(String value) {
            this.departmentCode = value;
            return this;
        }

        @JsonProperty("date")
        private Builder jsonDate(LocalDate value) {
            jsonSeen.mark(0, "date");
            return date(value);
        }

        @JsonProperty("reason")
        private Builder jsonReason(String value) {
            jsonSeen.mark(1, "reason");
            return reason(value);
        }

        @JsonProperty("departmentCode")
        private Builder jsonDepartmentCode(String value) {
            jsonSeen.mark(2, "departmentCode");
            return departmentCode(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Appointment build() {
            return new Appointment(date, Optional.ofNullable(reason), Optional.ofNullable(departmentCode));
        }
    }
}
