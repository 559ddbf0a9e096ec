package vn.emr.core.prescription;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.Issue;

/**
 * A pharmacy's report of what it sold against an e-prescription, the body of {@code POST /api/v1/cap-nhat-don-thuoc}
 * (Decision 228/QD-QLD; {@code data/core/dtqg-cap-nhat-don-thuoc.pharmacy.sample.json}): the prescription code, the
 * drugs sold ({@code thong_tin_thuoc}), the supplying pharmacy and the invoice number.
 *
 * <p>{@link #toString()} masks the pharmacy's and the drugs' details.
 *
 * @param prescriptionCode {@code ma_don_thuoc}
 * @param items {@code thong_tin_thuoc}
 * @param supplierId {@code ma_dinh_danh_co_so_cung_ung_thuoc}
 * @param supplierName {@code ten_co_so_cung_ung_thuoc}, if present
 * @param supplierPhone {@code so_dien_thoai_co_so_cung_ung_thuoc}, if present
 * @param supplierAddress {@code dia_chi_co_so_cung_ung_thuoc}, if present
 * @param invoiceNumber {@code ma_hoa_don}, if present
 */
public record PharmacyUpdate(PrescriptionCode prescriptionCode, List<DispensedItem> items, String supplierId,
        Optional<String> supplierName, Optional<String> supplierPhone, Optional<String> supplierAddress,
        Optional<String> invoiceNumber) {

    private static final Set<String> FIELDS = Set.of("ma_don_thuoc", "thong_tin_thuoc",
            "ma_dinh_danh_co_so_cung_ung_thuoc", "ten_co_so_cung_ung_thuoc", "so_dien_thoai_co_so_cung_ung_thuoc",
            "dia_chi_co_so_cung_ung_thuoc", "ma_hoa_don");
    private static final Set<String> ITEM_FIELDS = Set.of("ma_thuoc_da_ke_don", "ma_thuoc", "biet_duoc", "ten_thuoc",
            "don_vi_tinh", "so_luong", "cach_dung", "so_luong_ban");

    /** Refuses missing parts; copies the items. */
    public PharmacyUpdate {
        Objects.requireNonNull(prescriptionCode, "prescriptionCode");
        items = List.copyOf(items);
        Objects.requireNonNull(supplierId, "supplierId");
        supplierName = Objects.requireNonNullElse(supplierName, Optional.empty());
        supplierPhone = Objects.requireNonNullElse(supplierPhone, Optional.empty());
        supplierAddress = Objects.requireNonNullElse(supplierAddress, Optional.empty());
        invoiceNumber = Objects.requireNonNullElse(invoiceNumber, Optional.empty());
    }

    /**
     * Reads an update strictly: unreadable JSON has the codes of {@link PrescriptionValidator#validate(byte[])};
     * otherwise every fault found is one issue of the thrown {@link EmrException}: an unknown field
     * {@code EMR-CORE-0725}, a missing {@code ma_don_thuoc}, {@code thong_tin_thuoc}, {@code ma_thuoc},
     * {@code so_luong_ban} or supplier code {@code EMR-CORE-0700}, a wrong type {@code EMR-CORE-0701}, a bad code
     * {@code EMR-CORE-0703}, a quantity that is not positive {@code EMR-CORE-0721}, more sold than prescribed
     * ({@code so_luong_ban} above {@code so_luong}) {@code EMR-CORE-0733}.
     */
    public static PharmacyUpdate parse(byte[] json) {
        JsonNode o = Wire.readObject(json);
        List<Issue> issues = new ArrayList<>();
        unknown(o, FIELDS, "", issues);
        String code = text(o, "ma_don_thuoc", "ma_don_thuoc", true, issues);
        PrescriptionCode parsed = null;
        if (code != null) {
            if (PrescriptionCode.SHAPE.matcher(code).matches()) {
                parsed = new PrescriptionCode(code);
            } else {
                issues.add(Issue.error("ma_don_thuoc", CoreError.RX_CODE_FORMAT));
            }
        }
        List<DispensedItem> items = new ArrayList<>();
        JsonNode list = o.get("thong_tin_thuoc");
        if (list == null || list.isNull() || (list.isArray() && list.isEmpty())) {
            issues.add(Issue.error("thong_tin_thuoc", CoreError.RX_REQUIRED));
        } else if (!list.isArray()) {
            issues.add(Issue.error("thong_tin_thuoc", CoreError.RX_WRONG_TYPE, Wire.LIST));
        } else {
            for (int i = 0; i < list.size(); i++) {
                DispensedItem item = item(list.get(i), "thong_tin_thuoc[" + i + "]", issues);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        String supplier = text(o, "ma_dinh_danh_co_so_cung_ung_thuoc", "ma_dinh_danh_co_so_cung_ung_thuoc", true,
                issues);
        Optional<String> name = Optional.ofNullable(text(o, "ten_co_so_cung_ung_thuoc", "ten_co_so_cung_ung_thuoc",
                false, issues));
        Optional<String> phone = Optional.ofNullable(text(o, "so_dien_thoai_co_so_cung_ung_thuoc",
                "so_dien_thoai_co_so_cung_ung_thuoc", false, issues));
        Optional<String> address = Optional.ofNullable(text(o, "dia_chi_co_so_cung_ung_thuoc",
                "dia_chi_co_so_cung_ung_thuoc", false, issues));
        Optional<String> invoice = Optional.ofNullable(text(o, "ma_hoa_don", "ma_hoa_don", false, issues));
        if (!issues.isEmpty()) {
            throw new EmrException(issues);
        }
        return new PharmacyUpdate(parsed, items, supplier, name, phone, address, invoice);
    }

    private static DispensedItem item(JsonNode d, String p, List<Issue> issues) {
        if (!d.isObject()) {
            issues.add(Issue.error(p, CoreError.RX_WRONG_TYPE, Wire.OBJECT));
            return null;
        }
        unknown(d, ITEM_FIELDS, p, issues);
        int before = issues.size();
        String prescribedCode = text(d, "ma_thuoc_da_ke_don", p + ".ma_thuoc_da_ke_don", false, issues);
        String drugCode = text(d, "ma_thuoc", p + ".ma_thuoc", true, issues);
        String brand = text(d, "biet_duoc", p + ".biet_duoc", false, issues);
        String name = text(d, "ten_thuoc", p + ".ten_thuoc", false, issues);
        String unit = text(d, "don_vi_tinh", p + ".don_vi_tinh", false, issues);
        BigDecimal prescribed = quantity(d, "so_luong", p + ".so_luong", false, issues);
        String usage = text(d, "cach_dung", p + ".cach_dung", false, issues);
        BigDecimal sold = quantity(d, "so_luong_ban", p + ".so_luong_ban", true, issues);
        if (prescribed != null && sold != null && sold.compareTo(prescribed) > 0) {
            issues.add(Issue.error(p + ".so_luong_ban", CoreError.RX_DISPENSED_MORE));
        }
        if (issues.size() > before) {
            return null;
        }
        return new DispensedItem(Optional.ofNullable(prescribedCode), drugCode, Optional.ofNullable(brand),
                Optional.ofNullable(name), Optional.ofNullable(unit), Optional.ofNullable(prescribed),
                Optional.ofNullable(usage), sold);
    }

    private static String text(JsonNode o, String field, String path, boolean required, List<Issue> issues) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
            if (required) {
                issues.add(Issue.error(path, CoreError.RX_REQUIRED));
            }
            return null;
        }
        if (!n.isTextual()) {
            issues.add(Issue.error(path, CoreError.RX_WRONG_TYPE, Wire.TEXT));
            return null;
        }
        return n.textValue().strip();
    }

    private static BigDecimal quantity(JsonNode o, String field, String path, boolean required, List<Issue> issues) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
            if (required) {
                issues.add(Issue.error(path, CoreError.RX_REQUIRED));
            }
            return null;
        }
        String s = Wire.scalar(n);
        if (s == null) {
            issues.add(Issue.error(path, CoreError.RX_WRONG_TYPE, Wire.TEXT_OR_NUMBER));
            return null;
        }
        BigDecimal q = Wire.decimal(s.strip());
        if (q == null || q.signum() <= 0) {
            issues.add(Issue.error(path, CoreError.RX_QUANTITY));
            return null;
        }
        return q;
    }

    private static void unknown(JsonNode o, Set<String> known, String base, List<Issue> issues) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                String shown = Wire.shown(f);
                issues.add(Issue.error(base.isEmpty() ? shown : base + "." + shown, CoreError.RX_UNKNOWN_FIELD));
            }
        }
    }

    /** Shows the structure with the details masked. */
    @Override
    public String toString() {
        return "PharmacyUpdate[prescriptionCode=" + prescriptionCode + ", items=" + Masking.part(items)
                + ", supplierId=" + Masking.part(supplierId) + ", invoiceNumber=" + Masking.part(invoiceNumber) + "]";
    }

    /**
     * One drug sold, an entry of {@code thong_tin_thuoc}: the drug prescribed ({@code ma_thuoc_da_ke_don}) and the
     * drug sold ({@code ma_thuoc}, which differs when a pharmacist substituted one), their names, unit, the quantity
     * prescribed ({@code so_luong}) and sold ({@code so_luong_ban}).
     *
     * @param prescribedDrugCode {@code ma_thuoc_da_ke_don}, if present
     * @param drugCode {@code ma_thuoc}
     * @param brandName {@code biet_duoc}, if present
     * @param drugName {@code ten_thuoc}, if present
     * @param unit {@code don_vi_tinh}, if present
     * @param quantityPrescribed {@code so_luong}, if present
     * @param usage {@code cach_dung}, if present
     * @param quantitySold {@code so_luong_ban}
     */
    public record DispensedItem(Optional<String> prescribedDrugCode, String drugCode, Optional<String> brandName,
            Optional<String> drugName, Optional<String> unit, Optional<BigDecimal> quantityPrescribed,
            Optional<String> usage, BigDecimal quantitySold) {

        /** Refuses missing parts; absent parts are {@link Optional#empty()}. */
        public DispensedItem {
            prescribedDrugCode = Objects.requireNonNullElse(prescribedDrugCode, Optional.empty());
            Objects.requireNonNull(drugCode, "drugCode");
            brandName = Objects.requireNonNullElse(brandName, Optional.empty());
            drugName = Objects.requireNonNullElse(drugName, Optional.empty());
            unit = Objects.requireNonNullElse(unit, Optional.empty());
            quantityPrescribed = Objects.requireNonNullElse(quantityPrescribed, Optional.empty());
            usage = Objects.requireNonNullElse(usage, Optional.empty());
            Objects.requireNonNull(quantitySold, "quantitySold");
        }

        /** Whether the pharmacist sold another drug than the one prescribed. */
        public boolean substituted() {
            return prescribedDrugCode.isPresent() && !prescribedDrugCode.get().equals(drugCode);
        }

        @Override
        public String toString() {
            return "DispensedItem[drugCode=" + Masking.part(drugCode) + ", quantitySold=" + Masking.part(quantitySold)
                    + "]";
        }
    }
}
