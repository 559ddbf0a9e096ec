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
import vn.emr.core.validation.constraints.PlainText;

/**
 * One technical service or examination ordered in the encounter (DVKT, a service row of claims table XML3).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param lineId the line identifier, unique in the record
 * @param serviceCode the service code (MA_DICH_VU)
 * @param serviceName the service name (TEN_DICH_VU)
 * @param quantity the quantity (SO_LUONG)
 * @param unitPrice the unit price in VND (DON_GIA_BV)
 * @param orderedAt when it was ordered (NGAY_YL)
 * @param performedAt when it was performed (NGAY_TH), if present
 * @param resultAt when the result came (NGAY_KQ), if present
 * @param departmentCode the performing department (MA_KHOA), if present
 * @param performerLicense who performed it (NGUOI_THUC_HIEN), if present
 * @param unit the unit the quantity counts (DON_VI_TINH: "Lần", "Ngày" for a bed day), if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = ServiceLine.Builder.class)
public record ServiceLine(
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 100, message = "EMR-CORE-0302")
        String lineId,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 50, message = "EMR-CORE-0302")
        String serviceCode,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 1024, message = "EMR-CORE-0302")
        String serviceName,
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
        Optional<LocalDateTime> performedAt,
        Optional<LocalDateTime> resultAt,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> departmentCode,
        Optional<@PlainText @Size(max = 255, message = "EMR-CORE-0302") String> performerLicense,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> unit) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public ServiceLine {
        Required.part(lineId, "serviceLine.lineId");
        Required.part(serviceCode, "serviceLine.serviceCode");
        Required.part(serviceName, "serviceLine.serviceName");
        Required.part(quantity, "serviceLine.quantity");
        Required.part(unitPrice, "serviceLine.unitPrice");
        Required.part(orderedAt, "serviceLine.orderedAt");
        performedAt = Objects.requireNonNullElse(performedAt, Optional.empty());
        resultAt = Objects.requireNonNullElse(resultAt, Optional.empty());
        departmentCode = Objects.requireNonNullElse(departmentCode, Optional.empty());
        performerLicense = Objects.requireNonNullElse(performerLicense, Optional.empty());
        unit = Objects.requireNonNullElse(unit, Optional.empty());
    }

    /** The line without its unit (the constructor before the unit was part of the line). */
    public ServiceLine(String lineId, String serviceCode, String serviceName, BigDecimal quantity, BigDecimal unitPrice,
            LocalDateTime orderedAt, Optional<LocalDateTime> performedAt, Optional<LocalDateTime> resultAt,
            Optional<String> departmentCode, Optional<String> performerLicense) {
        this(lineId, serviceCode, serviceName, quantity, unitPrice, orderedAt, performedAt, resultAt, departmentCode,
                performerLicense, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineId = lineId;
        b.serviceCode = serviceCode;
        b.serviceName = serviceName;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.orderedAt = orderedAt;
        b.performedAt = performedAt.orElse(null);
        b.resultAt = resultAt.orElse(null);
        b.departmentCode = departmentCode.orElse(null);
        b.performerLicense = performerLicense.orElse(null);
        b.unit = unit.orElse(null);
        return b;
    }

    /** The line amount in VND: quantity times unit price. */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "ServiceLine[" + "lineId=" + Masking.part(lineId) + ", "
                + "serviceCode=" + Masking.part(serviceCode) + ", "
                + "serviceName=" + Masking.part(serviceName) + ", "
                + "quantity=" + Masking.part(quantity) + ", "
                + "unitPrice=" + Masking.part(unitPrice) + ", "
                + "orderedAt=" + Masking.part(orderedAt) + ", "
                + "performedAt=" + Masking.part(performedAt.orElse(null)) + ", "
                + "resultAt=" + Masking.part(resultAt.orElse(null)) + ", "
                + "departmentCode=" + Masking.part(departmentCode.orElse(null)) + ", "
                + "performerLicense=" + Masking.part(performerLicense.orElse(null)) + ", "
                + "unit=" + Masking.part(unit.orElse(null)) + "]";
    }

    /** Builds a {@link ServiceLine}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String lineId;
        private String serviceCode;
        private String serviceName;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private LocalDateTime orderedAt;
        private LocalDateTime performedAt;
        private LocalDateTime resultAt;
        private String departmentCode;
        private String performerLicense;
        private String unit;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the line identifier, unique in the record. */
        public Builder lineId(String value) {
            this.lineId = value;
            return this;
        }

        /** Sets the service code (MA_DICH_VU). */
        public Builder serviceCode(String value) {
            this.serviceCode = value;
            return this;
        }

        /** Sets the service name (TEN_DICH_VU). */
        public Builder serviceName(String value) {
            this.serviceName = value;
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

        /** Sets when it was ordered (NGAY_YL). */
        public Builder orderedAt(LocalDateTime value) {
            this.orderedAt = value;
            return this;
        }

        /** Sets when it was performed (NGAY_TH). */
        public Builder performedAt(LocalDateTime value) {
            this.performedAt = value;
            return this;
        }

        /** Sets when the result came (NGAY_KQ). */
        public Builder resultAt(LocalDateTime value) {
            this.resultAt = value;
            return this;
        }

        /** Sets the performing department (MA_KHOA). */
        public Builder departmentCode(String value) {
            this.departmentCode = value;
            return this;
        }

        /** Sets who performed it (NGUOI_THUC_HIEN). */
        public Builder performerLicense(String value) {
            this.performerLicense = value;
            return this;
        }

        /** Sets the unit the quantity counts (DON_VI_TINH). */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        @JsonProperty("lineId")
        private Builder jsonLineId(String value) {
            jsonSeen.mark(0, "lineId");
            return lineId(value);
        }

        @JsonProperty("serviceCode")
        private Builder jsonServiceCode(String value) {
            jsonSeen.mark(1, "serviceCode");
            return serviceCode(value);
        }

        @JsonProperty("serviceName")
        private Builder jsonServiceName(String value) {
            jsonSeen.mark(2, "serviceName");
            return serviceName(value);
        }

        @JsonProperty("quantity")
        private Builder jsonQuantity(BigDecimal value) {
            jsonSeen.mark(3, "quantity");
            return quantity(value);
        }

        @JsonProperty("unitPrice")
        private Builder jsonUnitPrice(BigDecimal value) {
            jsonSeen.mark(4, "unitPrice");
            return unitPrice(value);
        }

        @JsonProperty("orderedAt")
        private Builder jsonOrderedAt(LocalDateTime value) {
            jsonSeen.mark(5, "orderedAt");
            return orderedAt(value);
        }

        @JsonProperty("performedAt")
        private Builder jsonPerformedAt(LocalDateTime value) {
            jsonSeen.mark(6, "performedAt");
            return performedAt(value);
        }

        @JsonProperty("resultAt")
        private Builder jsonResultAt(LocalDateTime value) {
            jsonSeen.mark(7, "resultAt");
            return resultAt(value);
        }

        @JsonProperty("departmentCode")
        private Builder jsonDepartmentCode(String value) {
            jsonSeen.mark(8, "departmentCode");
            return departmentCode(value);
        }

        @JsonProperty("performerLicense")
        private Builder jsonPerformerLicense(String value) {
            jsonSeen.mark(9, "performerLicense");
            return performerLicense(value);
        }

        @JsonProperty("unit")
        private Builder jsonUnit(String value) {
            jsonSeen.mark(10, "unit");
            return unit(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public ServiceLine build() {
            return new ServiceLine(lineId, serviceCode, serviceName, quantity, unitPrice, orderedAt, Optional.ofNullable(performedAt), Optional.ofNullable(resultAt), Optional.ofNullable(departmentCode), Optional.ofNullable(performerLicense), Optional.ofNullable(unit));
        }
    }
}
