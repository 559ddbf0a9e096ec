package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * One drug given or prescribed in the encounter (a row of claims table XML2): the drug, dose, quantity and unit
 * price in VND.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = MedicationLine.Builder.class)
public final class MedicationLine {

    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 100, message = "EMR-CORE-0302")
    private final String lineId;
    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 255, message = "EMR-CORE-0302")
    private final String drugCode;
    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String drugName;
    @PlainText
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String strength;
    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 50, message = "EMR-CORE-0302")
    private final String unit;
    @PlainText
    @Size(max = 4, message = "EMR-CORE-0302")
    private final String routeCode;
    @FreeText
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String dosage;
    @PlainText
    @Size(max = 255, message = "EMR-CORE-0302")
    private final String registrationNumber;
    @NotNull(message = "EMR-CORE-0005")
    @Positive(message = "EMR-CORE-0315")
    @Digits(integer = 15, fraction = 3, message = "EMR-CORE-0337")
    private final BigDecimal quantity;
    @NotNull(message = "EMR-CORE-0005")
    @PositiveOrZero(message = "EMR-CORE-0311")
    @Digits(integer = 15, fraction = 3, message = "EMR-CORE-0337")
    private final BigDecimal unitPrice;
    @NotNull(message = "EMR-CORE-0005")
    private final LocalDateTime orderedAt;
    @PlainText
    @Size(max = 255, message = "EMR-CORE-0302")
    private final String prescriberLicense;

    private MedicationLine(Builder b) {
        this.lineId = Required.part(b.lineId, "medicationLine.lineId");
        this.drugCode = Required.part(b.drugCode, "medicationLine.drugCode");
        this.drugName = Required.part(b.drugName, "medicationLine.drugName");
        this.strength = b.strength;
        this.unit = Required.part(b.unit, "medicationLine.unit");
        this.routeCode = b.routeCode;
        this.dosage = b.dosage;
        this.registrationNumber = b.registrationNumber;
        this.quantity = Required.part(b.quantity, "medicationLine.quantity");
        this.unitPrice = Required.part(b.unitPrice, "medicationLine.unitPrice");
        this.orderedAt = Required.part(b.orderedAt, "medicationLine.orderedAt");
        this.prescriberLicense = b.prescriberLicense;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineId = lineId;
        b.drugCode = drugCode;
        b.drugName = drugName;
        b.strength = strength;
        b.unit = unit;
        b.routeCode = routeCode;
        b.dosage = dosage;
        b.registrationNumber = registrationNumber;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.orderedAt = orderedAt;
        b.prescriberLicense = prescriberLicense;
        return b;
    }

    /** The line identifier, unique in the record. */
    public String lineId() {
        return lineId;
    }

    /** The drug code (MA_THUOC, active-ingredient code of the shared catalogue). */
    public String drugCode() {
        return drugCode;
    }

    /** The drug name (TEN_THUOC). */
    public String drugName() {
        return drugName;
    }

    /** The strength (HAM_LUONG), if present. */
    public Optional<String> strength() {
        return Optional.ofNullable(strength);
    }

    /** The unit of count (DON_VI_TINH). */
    public String unit() {
        return unit;
    }

    /** The route code (DUONG_DUNG), if present. */
    public Optional<String> routeCode() {
        return Optional.ofNullable(routeCode);
    }

    /** The dosage instruction (LIEU_DUNG), if present. */
    public Optional<String> dosage() {
        return Optional.ofNullable(dosage);
    }

    /** The registration number (SO_DANG_KY), without spaces, if present. */
    public Optional<String> registrationNumber() {
        return Optional.ofNullable(registrationNumber);
    }

    /** The quantity (SO_LUONG). */
    public BigDecimal quantity() {
        return quantity;
    }

    /** The unit price in VND (DON_GIA). */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** When it was ordered (NGAY_YL). */
    public LocalDateTime orderedAt() {
        return orderedAt;
    }

    /** The prescriber's licence or code (MA_BAC_SI), if present. */
    public Optional<String> prescriberLicense() {
        return Optional.ofNullable(prescriberLicense);
    }

    /** The line amount in VND: quantity times unit price (THANH_TIEN_BV before rounding rules of the claims profile). */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MedicationLine)) {
            return false;
        }
        MedicationLine other = (MedicationLine) o;
        return Objects.equals(lineId, other.lineId)
                && Objects.equals(drugCode, other.drugCode)
                && Objects.equals(drugName, other.drugName)
                && Objects.equals(strength, other.strength)
                && Objects.equals(unit, other.unit)
                && Objects.equals(routeCode, other.routeCode)
                && Objects.equals(dosage, other.dosage)
                && Objects.equals(registrationNumber, other.registrationNumber)
                && Objects.equals(quantity, other.quantity)
                && Objects.equals(unitPrice, other.unitPrice)
                && Objects.equals(orderedAt, other.orderedAt)
                && Objects.equals(prescriberLicense, other.prescriberLicense);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineId, drugCode, drugName, strength, unit, routeCode, dosage, registrationNumber, quantity, unitPrice, orderedAt, prescriberLicense);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "MedicationLine[" + "lineId=" + Masking.part(lineId) + ", "
                + "drugCode=" + Masking.part(drugCode) + ", "
                + "drugName=" + Masking.part(drugName) + ", "
                + "strength=" + Masking.part(strength) + ", "
                + "unit=" + Masking.part(unit) + ", "
                + "routeCode=" + Masking.part(routeCode) + ", "
                + "dosage=" + Masking.part(dosage) + ", "
                + "registrationNumber=" + Masking.part(registrationNumber) + ", "
                + "quantity=" + Masking.part(quantity) + ", "
                + "unitPrice=" + Masking.part(unitPrice) + ", "
                + "orderedAt=" + Masking.part(orderedAt) + ", "
                + "prescriberLicense=" + Masking.part(prescriberLicense) + "]";
    }

    /** Builds a {@link MedicationLine}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String lineId;
        private String drugCode;
        private String drugName;
        private String strength;
        private String unit;
        private String routeCode;
        private String dosage;
        private String registrationNumber;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private LocalDateTime orderedAt;
        private String prescriberLicense;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the line identifier, unique in the record. */
        public Builder lineId(String value) {
            this.lineId = value;
            return this;
        }

        /** Sets the drug code (MA_THUOC, active-ingredient code of the shared catalogue). */
        public Builder drugCode(String value) {
            this.drugCode = value;
            return this;
        }

        /** Sets the drug name (TEN_THUOC). */
        public Builder drugName(String value) {
            this.drugName = value;
            return this;
        }

        /** Sets the strength (HAM_LUONG). */
        public Builder strength(String value) {
            this.strength = value;
            return this;
        }

        /** Sets the unit of count (DON_VI_TINH). */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /** Sets the route code (DUONG_DUNG). */
        public Builder routeCode(String value) {
            this.routeCode = value;
            return this;
        }

        /** Sets the dosage instruction (LIEU_DUNG). */
        public Builder dosage(String value) {
            this.dosage = value;
            return this;
        }

        /** Sets the registration number (SO_DANG_KY), without spaces. */
        public Builder registrationNumber(String value) {
            this.registrationNumber = value;
            return this;
        }

        /** Sets the quantity (SO_LUONG). */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
            return this;
        }

        /** Sets the unit price in VND (DON_GIA). */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = value;
            return this;
        }

        /** Sets when it was ordered (NGAY_YL). */
        public Builder orderedAt(LocalDateTime value) {
            this.orderedAt = value;
            return this;
        }

        /** Sets the prescriber's licence or code (MA_BAC_SI). */
        public Builder prescriberLicense(String value) {
            this.prescriberLicense = value;
            return this;
        }

        @JsonProperty("lineId")
        private Builder jsonLineId(String value) {
            jsonSeen.mark(0, "lineId");
            return lineId(value);
        }

        @JsonProperty("drugCode")
        private Builder jsonDrugCode(String value) {
            jsonSeen.mark(1, "drugCode");
            return drugCode(value);
        }

        @JsonProperty("drugName")
        private Builder jsonDrugName(String value) {
            jsonSeen.mark(2, "drugName");
            return drugName(value);
        }

        @JsonProperty("strength")
        private Builder jsonStrength(String value) {
            jsonSeen.mark(3, "strength");
            return strength(value);
        }

        @JsonProperty("unit")
        private Builder jsonUnit(String value) {
            jsonSeen.mark(4, "unit");
            return unit(value);
        }

        @JsonProperty("routeCode")
        private Builder jsonRouteCode(String value) {
            jsonSeen.mark(5, "routeCode");
            return routeCode(value);
        }

        @JsonProperty("dosage")
        private Builder jsonDosage(String value) {
            jsonSeen.mark(6, "dosage");
            return dosage(value);
        }

        @JsonProperty("registrationNumber")
        private Builder jsonRegistrationNumber(String value) {
            jsonSeen.mark(7, "registrationNumber");
            return registrationNumber(value);
        }

        @JsonProperty("quantity")
        private Builder jsonQuantity(BigDecimal value) {
            jsonSeen.mark(8, "quantity");
            return quantity(value);
        }

        @JsonProperty("unitPrice")
        private Builder jsonUnitPrice(BigDecimal value) {
            jsonSeen.mark(9, "unitPrice");
            return unitPrice(value);
        }

        @JsonProperty("orderedAt")
        private Builder jsonOrderedAt(LocalDateTime value) {
            jsonSeen.mark(10, "orderedAt");
            return orderedAt(value);
        }

        @JsonProperty("prescriberLicense")
        private Builder jsonPrescriberLicense(String value) {
            jsonSeen.mark(11, "prescriberLicense");
            return prescriberLicense(value);
        }


        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public MedicationLine build() {
            return new MedicationLine(this);
        }
    }
}
