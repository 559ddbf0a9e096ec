package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.internal.Names;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A licensed practitioner: practising licence number (CCHN under the 2009 law, GPHN under Law 15/2023) and the
 * code used in claims (MA_BAC_SI).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param licenseNumber the practising licence number (CCHN/GPHN)
 * @param practitionerCode the practitioner code used in claims (MA_BAC_SI), when different from the licence number, if present
 * @param fullName the full name
 * @param title the professional title (e.g. "BS CKI"), if present
 * @param departmentCode the department code (MA_KHOA, Decision 1804/2026, e.g. K02), if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = Practitioner.Builder.class)
public record Practitioner(
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 50, message = "EMR-CORE-0302")
        String licenseNumber,
        Optional<@PlainText @Size(max = 255, message = "EMR-CORE-0302") String> practitionerCode,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 255, message = "EMR-CORE-0302")
        String fullName,
        Optional<@PlainText @Size(max = 100, message = "EMR-CORE-0302") String> title,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> departmentCode) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public Practitioner {
        Required.part(licenseNumber, "practitioner.licenseNumber");
        practitionerCode = Objects.requireNonNullElse(practitionerCode, Optional.empty());
        Required.part(fullName, "practitioner.fullName");
        title = Objects.requireNonNullElse(title, Optional.empty());
        departmentCode = Objects.requireNonNullElse(departmentCode, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.licenseNumber = licenseNumber;
        b.practitionerCode = practitionerCode.orElse(null);
        b.fullName = fullName;
        b.title = title.orElse(null);
        b.departmentCode = departmentCode.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Practitioner[" + "licenseNumber=" + Masking.part(licenseNumber) + ", "
                + "practitionerCode=" + Masking.part(practitionerCode.orElse(null)) + ", "
                + "fullName=" + Masking.part(fullName) + ", "
                + "title=" + Masking.part(title.orElse(null)) + ", "
                + "departmentCode=" + Masking.part(departmentCode.orElse(null)) + "]";
    }

    /** Builds a {@link Practitioner}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String licenseNumber;
        private String practitionerCode;
        private String fullName;
        private String title;
        private String departmentCode;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the practising licence number (CCHN/GPHN). */
        public Builder licenseNumber(String value) {
            this.licenseNumber = value;
            return this;
        }

        /** Sets the practitioner code used in claims (MA_BAC_SI), when different from the licence number. */
        public Builder practitionerCode(String value) {
            this.practitionerCode = value;
            return this;
        }

        /** Sets the full name. */
        public Builder fullName(String value) {
            this.fullName = Names.normalize(value);
            return this;
        }

        /** Sets the professional title (e.g. "BS CKI"). */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets the department code (MA_KHOA, Decision 1804/2026, e.g. K02). */
        public Builder departmentCode(String value) {
            this.departmentCode = value;
            return this;
        }

        @JsonProperty("licenseNumber")
        private Builder jsonLicenseNumber(String value) {
            jsonSeen.mark(0, "licenseNumber");
            return licenseNumber(value);
        }

        @JsonProperty("practitionerCode")
        private Builder jsonPractitionerCode(String value) {
            jsonSeen.mark(1, "practitionerCode");
            return practitionerCode(value);
        }

        @JsonProperty("fullName")
        private Builder jsonFullName(String value) {
            jsonSeen.mark(2, "fullName");
            return fullName(value);
        }

        @JsonProperty("title")
        private Builder jsonTitle(String value) {
            jsonSeen.mark(3, "title");
            return title(value);
        }

        @JsonProperty("departmentCode")
        private Builder jsonDepartmentCode(String value) {
            jsonSeen.mark(4, "departmentCode");
            return departmentCode(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Practitioner build() {
            return new Practitioner(licenseNumber, Optional.ofNullable(practitionerCode), fullName, Optional.ofNullable(title), Optional.ofNullable(departmentCode));
        }
    }
}
