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
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param lineId the line identifier, unique in the record
 * @param drugCode the drug code (MA_THUOC, active-ingredient code of the shared catalogue)
 * @param drugName the drug name (TEN_THUOC)
 * @param strength the strength (HAM_LUONG), if present
 * @param unit the unit of count (DON_VI_TINH)
 * @param routeCode the route code (DUONG_DUNG), if present
 * @param dosage the dosage instruction (LIEU_DUNG), if present
 * @param registrationNumber the registration number (SO_DANG_KY), without spaces, if present
 * @param quantity the quantity (SO_LUONG)
 * @param unitPrice the unit price in VND (DON_GIA)
 * @param orderedAt when it was ordered (NGAY_YL)
 * @param prescriberLicense the prescriber's licence or code (MA_BAC_SI), if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = MedicationLine.Builder.class)
public record MedicationLine(
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 100, message = "EMR-CORE-0302")
        String lineId,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 255, message = "EMR-CORE-0302")
        String drugCode,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 1024, message = "EMR-CORE-0302")
        String drugName,
        Optional<@PlainText @Size(max = 1024, message = "EMR-CORE-0302") String> strength,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 50, message = "EMR-CORE-0302")
        String unit,
        Optional<@PlainText @Size(max = 4, message = "EMR-CORE-0302") String> routeCode,
        Optional<@FreeText @Size(max = 1024, message = "EMR-CORE-0302") String> dosage,
        Optional<@PlainText @Size(max = 255, message = "EMR-CORE-0302") String> registrationNumber,
        @NotNull(message = "EMR-CORE-0005")
        @Positive(message = "EMR-CORE-0315")
        @Digits(integer = 15, fraction = 3, message = "EMR-CORE-0337")
        BigDecimal quantity,
        @NotNull(message = "EMR-CORE-0005")
        @PositiveOrZero(message = "EMR-CORE-0311")
        @Digits(integer = 15, fraction = 3, message = "EMR-CORE-0337")
        BigDecimal unitPrice,
        @NotNull(message = "EMR-CORE-0005")
        LocalDateTime orderedAt,
        Optional<@PlainText @Size(max = 255, message = "EMR-CORE-0302") String> prescriberLicense) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public MedicationLine {
        Required.part(lineId, "medicationLine.lineId");
        Required.part(drugCode, "medicationLine.drugCode");
        Required.part(drugName, "medicationLine.drugName");
        strength = Objects.requireNonNullElse(strength, Optional.empty());
        Required.part(unit, "medicationLine.unit");
        routeCode = Objects.requireNonNullElse(routeCode, Optional.empty());
        dosage = Objects.requireNonNullElse(dosage, Optional.empty());
        registrationNumber = Objects.requireNonNullElse(registrationNumber, Optional.empty());
        Required.part(quantity, "medicationLine.quantity");
        Required.part(unitPrice, "medicationLine.unitPrice");
        Required.part(orderedAt, "medicationLine.orderedAt");
        prescriberLicense = Objects.requireNonNullElse(prescriberLicense, Optional.empty());
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
        b.strength = strength.orElse(null);
        b.unit = unit;
        b.routeCode = routeCode.orElse(null);
        b.dosage = dosage.orElse(null);
        b.registrationNumber = registrationNumber.orElse(null);
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.orderedAt = orderedAt;
        b.prescriberLicense = prescriberLicense.orElse(null);
        return b;
    }

    /** The line amount in VND: quantity times unit price (THANH_TIEN_BV before rounding rules of the claims profile). */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "MedicationLine[" + "lineId=" + Masking.part(lineId) + ", "
                + "drugCode=" + Masking.part(drugCode) + ", "
                + "drugName=" + Masking.part(drugName) + ", "
                + "strength=" + Masking.part(strength.orElse(null)) + ", "
                + "unit=" + Masking.part(unit) + ", "
                + "routeCode=" + Masking.part(routeCode.orElse(null)) + ", "
                + "dosage=" + Masking.part(dosage.orElse(null)) + ", "
                + "registrationNumber=" + Masking.part(registrationNumber.orElse(null)) + ", "
                + "quantity=" + Masking.part(quantity) + ", "
                + "unitPrice=" + Masking.part(unitPrice) + ", "
                + "orderedAt=" + Masking.part(orderedAt) + ", "
                + "prescriberLicense=" + Masking.part(prescriberLicense.orElse(null)) + "]";
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
            return new MedicationLine(lineId, drugCode, drugName, Optional.ofNullable(strength), unit, Optional.ofNullable(routeCode), Optional.ofNullable(dosage), Optional.ofNullable(registrationNumber), quantity, unitPrice, orderedAt, Optional.ofNullable(prescriberLicense));
        }
    }
}
