package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * One paraclinical result (laboratory, imaging or function test indicator; a row of claims table XML4).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param lineId the line identifier, unique in the record
 * @param serviceCode the ordered service (MA_DICH_VU)
 * @param indicatorCode the indicator code (MA_CHI_SO; Decision 1227/2025 7-digit code), if present
 * @param indicatorName the indicator name (TEN_CHI_SO)
 * @param value the result value (GIA_TRI)
 * @param unit the unit of measure (DON_VI_DO), if present
 * @param referenceRange the reference range as printed, if present
 * @param abnormal whether the value is outside the reference range
 * @param orderedAt when it was ordered, if present
 * @param resultAt when the result came (NGAY_KQ)
 * @param performerLicense who produced or signed the result, if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = LabResult.Builder.class)
public record LabResult(
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 100, message = "EMR-CORE-0302")
        String lineId,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 50, message = "EMR-CORE-0302")
        String serviceCode,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> indicatorCode,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 255, message = "EMR-CORE-0302")
        String indicatorName,
        @PlainText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 50, message = "EMR-CORE-0302")
        String value,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> unit,
        Optional<@FreeText @Size(max = 255, message = "EMR-CORE-0302") String> referenceRange,
        boolean abnormal,
        Optional<LocalDateTime> orderedAt,
        @NotNull(message = "EMR-CORE-0005")
        LocalDateTime resultAt,
        Optional<@PlainText @Size(max = 255, message = "EMR-CORE-0302") String> performerLicense) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public LabResult {
        Required.part(lineId, "labResult.lineId");
        Required.part(serviceCode, "labResult.serviceCode");
        indicatorCode = Objects.requireNonNullElse(indicatorCode, Optional.empty());
        Required.part(indicatorName, "labResult.indicatorName");
        Required.part(value, "labResult.value");
        unit = Objects.requireNonNullElse(unit, Optional.empty());
        referenceRange = Objects.requireNonNullElse(referenceRange, Optional.empty());
        orderedAt = Objects.requireNonNullElse(orderedAt, Optional.empty());
        Required.part(resultAt, "labResult.resultAt");
        performerLicense = Objects.requireNonNullElse(performerLicense, Optional.empty());
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
        b.indicatorCode = indicatorCode.orElse(null);
        b.indicatorName = indicatorName;
        b.value = value;
        b.unit = unit.orElse(null);
        b.referenceRange = referenceRange.orElse(null);
        b.abnormal = abnormal;
        b.orderedAt = orderedAt.orElse(null);
        b.resultAt = resultAt;
        b.performerLicense = performerLicense.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "LabResult[" + "lineId=" + Masking.part(lineId) + ", "
                + "serviceCode=" + Masking.part(serviceCode) + ", "
                + "indicatorCode=" + Masking.part(indicatorCode.orElse(null)) + ", "
                + "indicatorName=" + Masking.part(indicatorName) + ", "
                + "value=" + Masking.part(value) + ", "
                + "unit=" + Masking.part(unit.orElse(null)) + ", "
                + "referenceRange=" + Masking.part(referenceRange.orElse(null)) + ", "
                + "abnormal=" + Masking.part(abnormal) + ", "
                + "orderedAt=" + Masking.part(orderedAt.orElse(null)) + ", "
                + "resultAt=" + Masking.part(resultAt) + ", "
                + "performerLicense=" + Masking.part(performerLicense.orElse(null)) + "]";
    }

    /** Builds a {@link LabResult}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String lineId;
        private String serviceCode;
        private String indicatorCode;
        private String indicatorName;
        private String value;
        private String unit;
        private String referenceRange;
        private boolean abnormal;
        private LocalDateTime orderedAt;
        private LocalDateTime resultAt;
        private String performerLicense;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the line identifier, unique in the record. */
        public Builder lineId(String value) {
            this.lineId = value;
            return this;
        }

        /** Sets the ordered service (MA_DICH_VU). */
        public Builder serviceCode(String value) {
            this.serviceCode = value;
            return this;
        }

        /** Sets the indicator code (MA_CHI_SO; Decision 1227/2025 7-digit code). */
        public Builder indicatorCode(String value) {
            this.indicatorCode = value;
            return this;
        }

        /** Sets the indicator name (TEN_CHI_SO). */
        public Builder indicatorName(String value) {
            this.indicatorName = value;
            return this;
        }

        /** Sets the result value (GIA_TRI). */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /** Sets the unit of measure (DON_VI_DO). */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /** Sets the reference range as printed. */
        public Builder referenceRange(String value) {
            this.referenceRange = value;
            return this;
        }

        /** Sets whether the value is outside the reference range. */
        public Builder abnormal(boolean value) {
            this.abnormal = value;
            return this;
        }

        /** Sets when it was ordered. */
        public Builder orderedAt(LocalDateTime value) {
            this.orderedAt = value;
            return this;
        }

        /** Sets when the result came (NGAY_KQ). */
        public Builder resultAt(LocalDateTime value) {
            this.resultAt = value;
            return this;
        }

        /** Sets who produced or signed the result. */
        public Builder performerLicense(String value) {
            this.performerLicense = value;
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

        @JsonProperty("indicatorCode")
        private Builder jsonIndicatorCode(String value) {
            jsonSeen.mark(2, "indicatorCode");
            return indicatorCode(value);
        }

        @JsonProperty("indicatorName")
        private Builder jsonIndicatorName(String value) {
            jsonSeen.mark(3, "indicatorName");
            return indicatorName(value);
        }

        @JsonProperty("value")
        private Builder jsonValue(String value) {
            jsonSeen.mark(4, "value");
            return value(value);
        }

        @JsonProperty("unit")
        private Builder jsonUnit(String value) {
            jsonSeen.mark(5, "unit");
            return unit(value);
        }

        @JsonProperty("referenceRange")
        private Builder jsonReferenceRange(String value) {
            jsonSeen.mark(6, "referenceRange");
            return referenceRange(value);
        }

        @JsonProperty("abnormal")
        private Builder jsonAbnormal(boolean value) {
            jsonSeen.mark(7, "abnormal");
            return abnormal(value);
        }

        @JsonProperty("orderedAt")
        private Builder jsonOrderedAt(LocalDateTime value) {
            jsonSeen.mark(8, "orderedAt");
            return orderedAt(value);
        }

        @JsonProperty("resultAt")
        private Builder jsonResultAt(LocalDateTime value) {
            jsonSeen.mark(9, "resultAt");
            return resultAt(value);
        }

        @JsonProperty("performerLicense")
        private Builder jsonPerformerLicense(String value) {
            jsonSeen.mark(10, "performerLicense");
            return performerLicense(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public LabResult build() {
            return new LabResult(lineId, serviceCode, Optional.ofNullable(indicatorCode), indicatorName, value, Optional.ofNullable(unit), Optional.ofNullable(referenceRange), abnormal, Optional.ofNullable(orderedAt), resultAt, Optional.ofNullable(performerLicense));
        }
    }
}
