package vn.emr.core.prescription;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.internal.Masking;

/**
 * One drug of an e-prescription, an entry of {@code thong_tin_don_thuoc} (Decision 808/QD-BYT Part V): the national
 * drug code {@code ma_thuoc}, the brand name {@code biet_duoc}, the drug name {@code ten_thuoc}, the unit
 * {@code don_vi_tinh}, the quantity {@code so_luong} and the instructions {@code cach_dung}.
 * {@link #toString()} masks health data.
 *
 * @param drugCode the national drug code, if present
 * @param brandName the brand name (must not be empty on the wire)
 * @param drugName the drug name with its strength (must not be empty on the wire)
 * @param unit the unit of count, if present
 * @param quantity the quantity, positive
 * @param usage how to use it (dose, times a day, route, days), if present
 */
public record PrescriptionItem(Optional<String> drugCode, String brandName, String drugName, Optional<String> unit,
        BigDecimal quantity, Optional<String> usage) {

    /** Refuses missing names or quantity; absent parts are {@link Optional#empty()}, never null. */
    public PrescriptionItem {
        drugCode = Objects.requireNonNullElse(drugCode, Optional.empty());
        Objects.requireNonNull(brandName, "brandName");
        Objects.requireNonNull(drugName, "drugName");
        unit = Objects.requireNonNullElse(unit, Optional.empty());
        Objects.requireNonNull(quantity, "quantity");
        usage = Objects.requireNonNullElse(usage, Optional.empty());
    }

    /** Shows the structure with health data masked; safe to log. */
    @Override
    public String toString() {
        return "PrescriptionItem[drugCode=" + Masking.part(drugCode) + ", brandName=" + Masking.part(brandName)
                + ", drugName=" + Masking.part(drugName) + ", unit=" + Masking.part(unit) + ", quantity="
                + Masking.part(quantity) + ", usage=" + Masking.part(usage) + "]";
    }
}
