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
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Appointment.Builder.class)
public final class Appointment {

    @NotNull(message = "EMR-CORE-0005")
    private final LocalDate date;
    @FreeText
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String reason;
    @PlainText
    @Size(max = 50, message = "EMR-CORE-0302")
    private final String departmentCode;

    private Appointment(Builder b) {
        this.date = Required.part(b.date, "appointment.date");
        this.reason = b.reason;
        this.departmentCode = b.departmentCode;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.date = date;
        b.reason = reason;
        b.departmentCode = departmentCode;
        return b;
    }

    /** The appointment date (NGAY_HEN_KL). */
    public LocalDate date() {
        return date;
    }

    /** What the visit is for, if present. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The department to attend, if present. */
    public Optional<String> departmentCode() {
        return Optional.ofNullable(departmentCode);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Appointment)) {
            return false;
        }
        Appointment other = (Appointment) o;
        return Objects.equals(date, other.date)
                && Objects.equals(reason, other.reason)
                && Objects.equals(departmentCode, other.departmentCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, reason, departmentCode);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Appointment[" + "date=" + Masking.part(date) + ", "
                + "reason=" + Masking.part(reason) + ", "
                + "departmentCode=" + Masking.part(departmentCode) + "]";
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
            return new Appointment(this);
        }
    }
}
