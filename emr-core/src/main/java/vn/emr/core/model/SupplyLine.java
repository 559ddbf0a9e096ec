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
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.PlainText;

/**
 * One medical supply used in the encounter (VTYT, a supply row of claims table XML3).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param lineId the line identifier, unique in the record
 * @param supplyCode the supply code (MA_VAT_TU)
 * @param supplyName the supply name (TEN_VAT_TU)
 * @param unit the unit of count (DON_VI_TINH)
 * @param quantity the quantity (SO_LUONG)
 * @param unitPrice the unit price in VND (DON_GIA_BV)
 * @param usedAt when it was ordered or used (NGAY_YL)
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = SupplyLine.Builder.class)
public record SupplyLine(
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 100, message = "EMR-CORE-0302")
        String lineId,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 255, message = "EMR-CORE-0302")
        String supplyCode,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 1024, message = "EMR-CORE-0302")
        String supplyName,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 50, message = "EMR-CORE-0302")
        String unit,
        @NotNull(message = "EMR-CORE-0005")
        @Positive(message = "EMR-CORE-0315")
        @Digits(integer = 15, fraction = 3, message = "EMR-CORE-0337")
        BigDecimal quantity,
        @NotNull(message = "EMR-CORE-0005")
        @PositiveOrZero(message = "EMR-CORE-0311")
        @Digits(integer = 15, fraction = 3, message = "EMR-CORE-0337")
        BigDecimal unitPrice,
        @NotNull(message = "EMR-CORE-0005")
        LocalDateTime usedAt) {

    /** Refuses a missing required part. */
    public SupplyLine {
        Required.part(lineId, "supplyLine.lineId");
        Required.part(supplyCode, "supplyLine.supplyCode");
        Required.part(supplyName, "supplyLine.supplyName");
        Required.part(unit, "supplyLine.unit");
        Required.part(quantity, "supplyLine.quantity");
        Required.part(unitPrice, "supplyLine.unitPrice");
        Required.part(usedAt, "supplyLine.usedAt");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineId = lineId;
        b.supplyCode = supplyCode;
        b.supplyName = supplyName;
        b.unit = unit;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.usedAt = usedAt;
        return b;
    }

    /** The line amount in VND: quantity times unit price. */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "SupplyLine[" + "lineId=" + Masking.part(lineId) + ", "
                + "supplyCode=" + Masking.part(supplyCode) + ", "
                + "supplyName=" + Masking.part(supplyName) + ", "
                + "unit=" + Masking.part(unit) + ", "
                + "quantity=" + Masking.part(quantity) + ", "
                + "unitPrice=" + Masking.part(unitPrice) + ", "
                + "usedAt=" + Masking.part(usedAt) + "]";
    }

    /** Builds a {@link SupplyLine}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String lineId;
        private String supplyCode;
        private String supplyName;
        private String unit;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private LocalDateTime usedAt;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the line identifier, unique in the record. */
        public Builder lineId(String value) {
            this.lineId = value;
            return this;
        }

        /** Sets the supply code (MA_VAT_TU). */
        public Builder supplyCode(String value) {
            this.supplyCode = value;
            return this;
        }

        /** Sets the supply name (TEN_VAT_TU). */
        public Builder supplyName(String value) {
            this.supplyName = value;
            return this;
        }

        /** Sets the unit of count (DON_VI_TINH). */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /** Sets the quantity (SO_LUONG). */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
            return this;
        }

        /** Sets the unit price in VND (DON_GIA_BV). */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = value;
            return this;
        }

        /** Sets when it was ordered or used (NGAY_YL). */
        public Builder usedAt(LocalDateTime value) {
            this.usedAt = value;
            return this;
        }

        @JsonProperty("lineId")
        private Builder jsonLineId(String value) {
            jsonSeen.mark(0, "lineId");
            return lineId(value);
        }

        @JsonProperty("supplyCode")
        private Builder jsonSupplyCode(String value) {
            jsonSeen.mark(1, "supplyCode");
            return supplyCode(value);
        }

        @JsonProperty("supplyName")
        private Builder jsonSupplyName(String value) {
            jsonSeen.mark(2, "supplyName");
            return supplyName(value);
        }

        @JsonProperty("unit")
        private Builder jsonUnit(String value) {
            jsonSeen.mark(3, "unit");
            return unit(value);
        }

        @JsonProperty("quantity")
        private Builder jsonQuantity(BigDecimal value) {
            jsonSeen.mark(4, "quantity");
            return quantity(value);
        }

        @JsonProperty("unitPrice")
        private Builder jsonUnitPrice(BigDecimal value) {
            jsonSeen.mark(5, "unitPrice");
            return unitPrice(value);
        }

        @JsonProperty("usedAt")
        private Builder jsonUsedAt(LocalDateTime value) {
            jsonSeen.mark(6, "usedAt");
            return usedAt(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public SupplyLine build() {
            return new SupplyLine(lineId, supplyCode, supplyName, unit, quantity, unitPrice, usedAt);
        }
    }
}
