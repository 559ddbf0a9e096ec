package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.internal.Names;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.identity.Sex;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.constraints.BhytNumber;
import vn.emr.core.validation.constraints.CitizenIdNumber;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A patient as identified at check-in: the personal ID (Circular 13/2025 art. 1.3 links the record to it), name,
 * birth date, sex and contact, with the BHYT card number when insured.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Patient.Builder.class)
public final class Patient {

    @PlainText
    @Size(max = 100, message = "EMR-CORE-0302")
    private final String patientCode;
    @PlainText
    @CitizenIdNumber
    private final String citizenId;
    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 255, message = "EMR-CORE-0302")
    private final String fullName;
    @NotNull(message = "EMR-CORE-0005")
    @PastOrPresent(message = "EMR-CORE-0312")
    private final LocalDate birthDate;
    @NotNull(message = "EMR-CORE-0005")
    private final Sex sex;
    @FreeText
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String address;
    @PlainText
    @Pattern(regexp = "\\+?[0-9]{8,15}", message = "EMR-CORE-0331")
    private final String phone;
    @PlainText
    @BhytNumber
    private final String insuranceCardNumber;
    @PlainText
    @Pattern(regexp = "[0-9]{2}", message = "EMR-CORE-0332")
    private final String ethnicityCode;
    @PlainText
    @Pattern(regexp = "[0-9]{3}", message = "EMR-CORE-0333")
    private final String nationalityCode;
    @PlainText
    @Pattern(regexp = "[0-9]{5}", message = "EMR-CORE-0334")
    private final String occupationCode;
    @PlainText
    @Pattern(regexp = "[0-9]{2,3}", message = "EMR-CORE-0338")
    private final String residenceProvinceCode;
    @PlainText
    @Pattern(regexp = "[0-9]{3}", message = "EMR-CORE-0339")
    private final String residenceDistrictCode;
    @PlainText
    @Pattern(regexp = "[0-9]{5}", message = "EMR-CORE-0340")
    private final String residenceCommuneCode;

    private Patient(Builder b) {
        this.patientCode = b.patientCode;
        this.citizenId = b.citizenId;
        this.fullName = Required.part(b.fullName, "patient.fullName");
        this.birthDate = Required.part(b.birthDate, "patient.birthDate");
        this.sex = Required.part(b.sex, "patient.sex");
        this.address = b.address;
        this.phone = b.phone;
        this.insuranceCardNumber = b.insuranceCardNumber;
        this.ethnicityCode = b.ethnicityCode;
        this.nationalityCode = b.nationalityCode;
        this.occupationCode = b.occupationCode;
        this.residenceProvinceCode = b.residenceProvinceCode;
        this.residenceDistrictCode = b.residenceDistrictCode;
        this.residenceCommuneCode = b.residenceCommuneCode;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.patientCode = patientCode;
        b.citizenId = citizenId;
        b.fullName = fullName;
        b.birthDate = birthDate;
        b.sex = sex;
        b.address = address;
        b.phone = phone;
        b.insuranceCardNumber = insuranceCardNumber;
        b.ethnicityCode = ethnicityCode;
        b.nationalityCode = nationalityCode;
        b.occupationCode = occupationCode;
        b.residenceProvinceCode = residenceProvinceCode;
        b.residenceDistrictCode = residenceDistrictCode;
        b.residenceCommuneCode = residenceCommuneCode;
        return b;
    }

    /** The facility's own patient number (MA_BN), if present. */
    public Optional<String> patientCode() {
        return Optional.ofNullable(patientCode);
    }

    /** The 12-digit personal identification number (SO_CCCD); absent for newborns and unknown emergency patients, if present. */
    public Optional<String> citizenId() {
        return Optional.ofNullable(citizenId);
    }

    /** The full name as printed on the ID card (HO_TEN), NFC-normalised. */
    public String fullName() {
        return fullName;
    }

    /** The birth date (NGAY_SINH). */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The sex (GIOI_TINH: 1 male, 2 female, 3 undetermined). */
    public Sex sex() {
        return sex;
    }

    /** The address of residence (DIA_CHI), if present. */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** The phone number (DIEN_THOAI), digits only, if present. */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** The health-insurance card number (MA_THE_BHYT): 15-character card, 10-digit social insurance number or 12-digit personal ID, if present. */
    public Optional<String> insuranceCardNumber() {
        return Optional.ofNullable(insuranceCardNumber);
    }

    /** The ethnicity code (MA_DANTOC, 2 digits, "01" = Kinh), if present. */
    public Optional<String> ethnicityCode() {
        return Optional.ofNullable(ethnicityCode);
    }

    /** The nationality code (MA_QUOCTICH, 3 digits, "000" = Vietnam), if present. */
    public Optional<String> nationalityCode() {
        return Optional.ofNullable(nationalityCode);
    }

    /** The occupation code (MA_NGHE_NGHIEP, 5 digits), if present. */
    public Optional<String> occupationCode() {
        return Optional.ofNullable(occupationCode);
    }

    /** The province of residence (MATINH_CU_TRU: the last 2 digits of the province's administrative code), if present. */
    public Optional<String> residenceProvinceCode() {
        return Optional.ofNullable(residenceProvinceCode);
    }

    /** The district of residence (MAHUYEN_CU_TRU, 3 digits), if present. */
    public Optional<String> residenceDistrictCode() {
        return Optional.ofNullable(residenceDistrictCode);
    }

    /** The commune of residence (MAXA_CU_TRU, 5 digits), if present. */
    public Optional<String> residenceCommuneCode() {
        return Optional.ofNullable(residenceCommuneCode);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Patient)) {
            return false;
        }
        Patient other = (Patient) o;
        return Objects.equals(patientCode, other.patientCode)
                && Objects.equals(citizenId, other.citizenId)
                && Objects.equals(fullName, other.fullName)
                && Objects.equals(birthDate, other.birthDate)
                && Objects.equals(sex, other.sex)
                && Objects.equals(address, other.address)
                && Objects.equals(phone, other.phone)
                && Objects.equals(insuranceCardNumber, other.insuranceCardNumber)
                && Objects.equals(ethnicityCode, other.ethnicityCode)
                && Objects.equals(nationalityCode, other.nationalityCode)
                && Objects.equals(occupationCode, other.occupationCode)
                && Objects.equals(residenceProvinceCode, other.residenceProvinceCode)
                && Objects.equals(residenceDistrictCode, other.residenceDistrictCode)
                && Objects.equals(residenceCommuneCode, other.residenceCommuneCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(patientCode, citizenId, fullName, birthDate, sex, address, phone, insuranceCardNumber, ethnicityCode, nationalityCode, occupationCode, residenceProvinceCode, residenceDistrictCode, residenceCommuneCode);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Patient[" + "patientCode=" + Masking.part(patientCode) + ", "
                + "citizenId=" + Masking.part(citizenId) + ", "
                + "fullName=" + Masking.part(fullName) + ", "
                + "birthDate=" + Masking.part(birthDate) + ", "
                + "sex=" + Masking.part(sex) + ", "
                + "address=" + Masking.part(address) + ", "
                + "phone=" + Masking.part(phone) + ", "
                + "insuranceCardNumber=" + Masking.part(insuranceCardNumber) + ", "
                + "ethnicityCode=" + Masking.part(ethnicityCode) + ", "
                + "nationalityCode=" + Masking.part(nationalityCode) + ", "
                + "occupationCode=" + Masking.part(occupationCode) + ", "
                + "residenceProvinceCode=" + Masking.part(residenceProvinceCode) + ", "
                + "residenceDistrictCode=" + Masking.part(residenceDistrictCode) + ", "
                + "residenceCommuneCode=" + Masking.part(residenceCommuneCode) + "]";
    }

    /** Builds a {@link Patient}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String patientCode;
        private String citizenId;
        private String fullName;
        private LocalDate birthDate;
        private Sex sex;
        private String address;
        private String phone;
        private String insuranceCardNumber;
        private String ethnicityCode;
        private String nationalityCode;
        private String occupationCode;
        private String residenceProvinceCode;
        private String residenceDistrictCode;
        private String residenceCommuneCode;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the facility's own patient number (MA_BN). */
        public Builder patientCode(String value) {
            this.patientCode = value;
            return this;
        }

        /** Sets the 12-digit personal identification number (SO_CCCD); absent for newborns and unknown emergency patients. */
        public Builder citizenId(String value) {
            this.citizenId = value;
            return this;
        }

        /** Sets the full name as printed on the ID card (HO_TEN), NFC-normalised. */
        public Builder fullName(String value) {
            this.fullName = Names.normalize(value);
            return this;
        }

        /** Sets the birth date (NGAY_SINH). */
        public Builder birthDate(LocalDate value) {
            this.birthDate = value;
            return this;
        }

        /** Sets the sex (GIOI_TINH: 1 male, 2 female, 3 undetermined). */
        public Builder sex(Sex value) {
            this.sex = value;
            return this;
        }

        /** Sets the address of residence (DIA_CHI). */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Sets the phone number (DIEN_THOAI), digits only. */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /** Sets the health-insurance card number (MA_THE_BHYT): 15-character card, 10-digit social insurance number or 12-digit personal ID. */
        public Builder insuranceCardNumber(String value) {
            this.insuranceCardNumber = value;
            return this;
        }

        /** Sets the ethnicity code (MA_DANTOC, 2 digits, "01" = Kinh). */
        public Builder ethnicityCode(String value) {
            this.ethnicityCode = value;
            return this;
        }

        /** Sets the nationality code (MA_QUOCTICH, 3 digits, "000" = Vietnam). */
        public Builder nationalityCode(String value) {
            this.nationalityCode = value;
            return this;
        }

        /** Sets the occupation code (MA_NGHE_NGHIEP, 5 digits). */
        public Builder occupationCode(String value) {
            this.occupationCode = value;
            return this;
        }

        @JsonProperty("patientCode")
        private Builder jsonPatientCode(String value) {
            jsonSeen.mark(0, "patientCode");
            return patientCode(value);
        }

        @JsonProperty("citizenId")
        private Builder jsonCitizenId(String value) {
            jsonSeen.mark(1, "citizenId");
            return citizenId(value);
        }

        @JsonProperty("fullName")
        private Builder jsonFullName(String value) {
            jsonSeen.mark(2, "fullName");
            return fullName(value);
        }

        @JsonProperty("birthDate")
        private Builder jsonBirthDate(LocalDate value) {
            jsonSeen.mark(3, "birthDate");
            return birthDate(value);
        }

        @JsonProperty("sex")
        private Builder jsonSex(Sex value) {
            jsonSeen.mark(4, "sex");
            return sex(value);
        }

        @JsonProperty("address")
        private Builder jsonAddress(String value) {
            jsonSeen.mark(5, "address");
            return address(value);
        }

        @JsonProperty("phone")
        private Builder jsonPhone(String value) {
            jsonSeen.mark(6, "phone");
            return phone(value);
        }

        @JsonProperty("insuranceCardNumber")
        private Builder jsonInsuranceCardNumber(String value) {
            jsonSeen.mark(7, "insuranceCardNumber");
            return insuranceCardNumber(value);
        }

        @JsonProperty("ethnicityCode")
        private Builder jsonEthnicityCode(String value) {
            jsonSeen.mark(8, "ethnicityCode");
            return ethnicityCode(value);
        }

        @JsonProperty("nationalityCode")
        private Builder jsonNationalityCode(String value) {
            jsonSeen.mark(9, "nationalityCode");
            return nationalityCode(value);
        }

        @JsonProperty("occupationCode")
        private Builder jsonOccupationCode(String value) {
            jsonSeen.mark(10, "occupationCode");
            return occupationCode(value);
        }


        /** Sets the province of residence (MATINH_CU_TRU). */
        public Builder residenceProvinceCode(String value) {
            this.residenceProvinceCode = value;
            return this;
        }

        @JsonProperty("residenceProvinceCode")
        private Builder jsonResidenceProvinceCode(String value) {
            jsonSeen.mark(11, "residenceProvinceCode");
            return residenceProvinceCode(value);
        }

        /** Sets the district of residence (MAHUYEN_CU_TRU). */
        public Builder residenceDistrictCode(String value) {
            this.residenceDistrictCode = value;
            return this;
        }

        @JsonProperty("residenceDistrictCode")
        private Builder jsonResidenceDistrictCode(String value) {
            jsonSeen.mark(12, "residenceDistrictCode");
            return residenceDistrictCode(value);
        }

        /** Sets the commune of residence (MAXA_CU_TRU). */
        public Builder residenceCommuneCode(String value) {
            this.residenceCommuneCode = value;
            return this;
        }

        @JsonProperty("residenceCommuneCode")
        private Builder jsonResidenceCommuneCode(String value) {
            jsonSeen.mark(13, "residenceCommuneCode");
            return residenceCommuneCode(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Patient build() {
            return new Patient(this);
        }
    }
}
