package vn.emr.core.prescription;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.emr.core.CoreError;
import vn.emr.core.Severity;
import vn.emr.core.code.Icd10Code;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * The rules the national prescription system and the regulation impose on a {@code gui-don-thuoc} JSON (Decision
 * 808/QD-BYT Part V; Circular 26/2025/TT-BYT; Decision 425/QD-BYT), reported as a {@link ValidationReport} of coded
 * issues ({@code EMR-CORE-07xx}) whose paths are the wire names ({@code thong_tin_don_thuoc[1].so_luong}). Every rule
 * and its source is listed in {@code docs/e-prescription.md}.
 *
 * <p>The rules read the wire form, so a prescription built here and one received as JSON are checked alike. Inputs are
 * read tolerantly where connected clients disagree ({@code dot_dung_thuoc} as an object or a list, {@code can_nang},
 * {@code gioi_tinh}, {@code ngay_tai_kham} as text or number). Thread-safe.
 */
public final class PrescriptionValidator {

    /** Children under this age in months need their weight and the accompanying person (Circular 26/2025 art. 6). */
    public static final int CHILD_MONTHS = 72;

    static final List<String> FIELDS = List.of("loai_don_thuoc", "ma_don_thuoc", "ho_ten_benh_nhan",
            "ma_dinh_danh_y_te", "ma_dinh_danh_cong_dan", "ngay_sinh_benh_nhan", "can_nang", "gioi_tinh",
            "ma_so_the_bao_hiem_y_te", "thong_tin_nguoi_giam_ho", "dia_chi", "chan_doan", "luu_y",
            "hinh_thuc_dieu_tri", "dot_dung_thuoc", "thong_tin_don_thuoc", "loi_dan", "so_dien_thoai_nguoi_kham_benh",
            "ngay_tai_kham", "ngay_gio_ke_don", "signature");
    static final List<String> DIAGNOSIS_FIELDS = List.of("ma_chan_doan", "ten_chan_doan", "ket_luan");
    static final List<String> PERIOD_FIELDS = List.of("dot", "tu_ngay", "den_ngay", "so_thang_thuoc");
    static final List<String> ITEM_FIELDS = List.of("ma_thuoc", "biet_duoc", "ten_thuoc", "don_vi_tinh", "so_luong",
            "cach_dung");

    /** Fields that identify the patient, withheld on an HIV/AIDS prescription. */
    static final List<String> IDENTITY_FIELDS = List.of("ma_dinh_danh_y_te", "ma_dinh_danh_cong_dan",
            "ma_so_the_bao_hiem_y_te", "dia_chi", "so_dien_thoai_nguoi_kham_benh");

    /** The code with the type letter in either case (upper case is reported, not refused). */
    private static final Pattern CODE = Pattern.compile("([0-9A-Za-z]{5})([0-9a-z]{7})-([cnhytCNHYT])");

    private static final PrescriptionValidator DEFAULT = new PrescriptionValidator(PrescriptionPolicy.defaults());

    private final PrescriptionPolicy policy;

    private PrescriptionValidator(PrescriptionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A validator with {@link PrescriptionPolicy#defaults()}. */
    public static PrescriptionValidator create() {
        return DEFAULT;
    }

    /** A validator with the policy (long-term list, facility code, known drug types). */
    public static PrescriptionValidator of(PrescriptionPolicy policy) {
        return new PrescriptionValidator(policy);
    }

    /** Validates a prescription value through its wire form. */
    public ValidationReport validate(Prescription prescription) {
        return validate(prescription.toJsonTree());
    }

    /**
     * Validates UTF-8 JSON bytes. JSON that cannot be read at all is a coded {@link vn.emr.core.EmrException}, not a
     * report: more than 1 MiB {@code EMR-CORE-0020}, bad encoding {@code EMR-CORE-0023}, malformed
     * {@code EMR-CORE-0002}, a repeated key {@code EMR-CORE-0011}, too deep {@code EMR-CORE-0022}, not an object
     * {@code EMR-CORE-0701}.
     */
    public ValidationReport validate(byte[] json) {
        return validate(Wire.readObject(json));
    }

    /** Validates a JSON tree (an object; anything else is one {@code EMR-CORE-0701} error). */
    public ValidationReport validate(JsonNode json) {
        return validate(json, false);
    }

    private ValidationReport validate(JsonNode json, boolean duplicateCode) {
        List<Issue> out = new ArrayList<>();
        if (json == null || !json.isObject()) {
            out.add(Issue.error("", CoreError.RX_WRONG_TYPE, Wire.OBJECT));
        } else {
            new Check(json, policy, out).run();
        }
        if (duplicateCode) {
            out.add(Issue.error("ma_don_thuoc", CoreError.RX_CODE_DUPLICATE));
        }
        return ValidationReport.of(out);
    }

    /**
     * Validates prescriptions sent together (a file of several, as {@code emr prescription build} writes for an
     * encounter that needs several types): each as {@link #validate(JsonNode)}, and a well-formed code that an earlier
     * prescription of the batch already uses is one more error {@code EMR-CORE-0737} at {@code ma_don_thuoc}. Codes
     * are compared on the facility code and the 7 random characters, whatever the type letter: the code is unique per
     * facility ({@code domain/emr-model.md} §4.2) and the national system refuses a code used before (§4.3). The
     * reports are in the batch's order.
     */
    public List<ValidationReport> validateAll(List<? extends JsonNode> prescriptions) {
        List<ValidationReport> reports = new ArrayList<>(prescriptions.size());
        Set<String> seen = new java.util.HashSet<>();
        for (JsonNode p : prescriptions) {
            boolean duplicate = false;
            JsonNode c = p == null ? null : p.get("ma_don_thuoc");
            if (c != null && c.isTextual()) {
                Matcher m = CODE.matcher(c.textValue());
                duplicate = m.matches() && !seen.add(m.group(1) + m.group(2));
            }
            reports.add(validate(p, duplicate));
        }
        return reports;
    }

    /** How much a field must be filled. */
    private enum Need {
        REQUIRED, RECOMMENDED, OPTIONAL
    }

    /** One run of the rules over one prescription. */
    private static final class Check {

        private final JsonNode root;
        private final PrescriptionPolicy policy;
        private final List<Issue> out;
        /** Whether the code ends in T, Circular 55's decoction letter (then the decoction limit of 30 days holds). */
        private boolean decoction;

        Check(JsonNode root, PrescriptionPolicy policy, List<Issue> out) {
            this.root = root;
            this.policy = policy;
            this.out = out;
        }

        void run() {
            unknownFields(root, FIELDS, "");
            boolean hiv = diagnosisCodes().stream().anyMatch(policy::isHiv);
            PrescriptionType type = type();
            String code = text(root, "ma_don_thuoc", "ma_don_thuoc", Need.REQUIRED);
            if (code != null) {
                code(code, type);
            }
            text(root, "ho_ten_benh_nhan", "ho_ten_benh_nhan", Need.REQUIRED);
            text(root, "ma_dinh_danh_y_te", "ma_dinh_danh_y_te", Need.OPTIONAL);
            String citizenId = text(root, "ma_dinh_danh_cong_dan", "ma_dinh_danh_cong_dan", Need.OPTIONAL);
            if (citizenId != null && !citizenId.matches("[0-9]{12}")) {
                out.add(Issue.error("ma_dinh_danh_cong_dan", CoreError.RX_CITIZEN_ID));
            }
            LocalDate birth = date(root, "ngay_sinh_benh_nhan", "ngay_sinh_benh_nhan", Need.REQUIRED);
            String weight = weight();
            sex();
            text(root, "ma_so_the_bao_hiem_y_te", "ma_so_the_bao_hiem_y_te", Need.OPTIONAL);
            String guardian = text(root, "thong_tin_nguoi_giam_ho", "thong_tin_nguoi_giam_ho", Need.OPTIONAL);
            text(root, "dia_chi", "dia_chi", hiv ? Need.OPTIONAL : Need.REQUIRED);
            List<String> diagnoses = diagnoses();
            text(root, "luu_y", "luu_y", Need.OPTIONAL);
            treatmentForm();
            List<Located> periods = periods();
            items(type);
            text(root, "loi_dan", "loi_dan", Need.OPTIONAL);
            text(root, "so_dien_thoai_nguoi_kham_benh", "so_dien_thoai_nguoi_kham_benh", Need.OPTIONAL);
            followUp();
            LocalDateTime prescribedAt = prescribedAt();
            text(root, "signature", "signature", Need.OPTIONAL);

            if (hiv) {
                for (String f : IDENTITY_FIELDS) {
                    JsonNode n = root.get(f);
                    if (n != null && n.isTextual() && !n.textValue().isBlank()) {
                        out.add(Issue.error(f, CoreError.RX_HIV_IDENTITY));
                    }
                }
            }
            if (birth != null && prescribedAt != null) {
                child(birth, prescribedAt.toLocalDate(), weight, guardian);
            }
            days(type, periods, diagnoses);
        }

        private PrescriptionType type() {
            String t = text(root, "loai_don_thuoc", "loai_don_thuoc", Need.REQUIRED);
            if (t == null) {
                return null;
            }
            Optional<PrescriptionType> type = PrescriptionType.lookup(t);
            if (type.isEmpty()) {
                out.add(Issue.error("loai_don_thuoc", CoreError.RX_TYPE_UNKNOWN));
            } else if (type.get() == PrescriptionType.NARCOTIC && policy.facilityWithoutBeds()) {
                out.add(Issue.error("loai_don_thuoc", CoreError.RX_NARCOTIC_WITHOUT_BEDS));
            }
            return type.orElse(null);
        }

        private void code(String code, PrescriptionType type) {
            Matcher m = CODE.matcher(code);
            if (!m.matches()) {
                out.add(Issue.error("ma_don_thuoc", CoreError.RX_CODE_FORMAT));
                return;
            }
            String letter = m.group(3);
            if (!letter.equals(letter.toLowerCase(java.util.Locale.ROOT))) {
                out.add(Issue.warning("ma_don_thuoc", CoreError.RX_CODE_LETTER_CASE));
            }
            String lower = letter.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals(PrescriptionCode.DECOCTION_LETTER)) {
                // TT 55's decoction letter: a traditional-medicine prescription only; its reception is unverified
                if (type != null && type != PrescriptionType.TRADITIONAL) {
                    out.add(Issue.error("ma_don_thuoc", CoreError.RX_CODE_TYPE_MISMATCH));
                } else {
                    out.add(Issue.warning("ma_don_thuoc", CoreError.RX_CODE_DECOCTION_LETTER));
                    decoction = true;
                }
            } else if (type != null && !lower.equals(type.code())) {
                out.add(Issue.error("ma_don_thuoc", CoreError.RX_CODE_TYPE_MISMATCH));
            }
            if (policy.facilityCode().isPresent() && !policy.facilityCode().get().equals(m.group(1))) {
                out.add(Issue.error("ma_don_thuoc", CoreError.RX_CODE_FACILITY));
            }
        }

        private String weight() {
            String w = scalar(root, "can_nang", "can_nang", Need.OPTIONAL);
            if (w != null) {
                BigDecimal kg = Wire.decimal(w);
                if (kg == null || kg.signum() <= 0) {
                    out.add(Issue.error("can_nang", CoreError.RX_WEIGHT_VALUE));
                }
            }
            return w;
        }

        private void sex() {
            String s = scalar(root, "gioi_tinh", "gioi_tinh", Need.REQUIRED);
            if (s != null && (!s.matches("[123]"))) {
                out.add(Issue.error("gioi_tinh", CoreError.RX_SEX_CODE));
            }
        }

        private void treatmentForm() {
            String s = scalar(root, "hinh_thuc_dieu_tri", "hinh_thuc_dieu_tri", Need.OPTIONAL);
            if (s != null && !s.matches("[0-9]{1,9}")) {
                out.add(Issue.error("hinh_thuc_dieu_tri", CoreError.RX_TREATMENT_FORM));
            }
        }

        private void followUp() {
            String s = scalar(root, "ngay_tai_kham", "ngay_tai_kham", Need.OPTIONAL);
            if (s != null && !s.matches("[0-9]{1,5}")) {
                out.add(Issue.error("ngay_tai_kham", CoreError.RX_FOLLOW_UP_DAYS));
            }
        }

        private LocalDateTime prescribedAt() {
            String s = text(root, "ngay_gio_ke_don", "ngay_gio_ke_don", Need.REQUIRED);
            if (s == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(s, Wire.DATE_TIME);
            } catch (DateTimeParseException e) {
                out.add(Issue.error("ngay_gio_ke_don", CoreError.RX_DATETIME_FORMAT));
                return null;
            }
        }

        /** The textual diagnosis codes, read before the rules (HIV changes what identity fields may hold). */
        private List<String> diagnosisCodes() {
            List<String> codes = new ArrayList<>();
            JsonNode list = root.get("chan_doan");
            if (list != null && list.isArray()) {
                for (JsonNode d : list) {
                    JsonNode c = d.get("ma_chan_doan");
                    if (c != null && c.isTextual()) {
                        codes.add(c.textValue().strip());
                    }
                }
            }
            return codes;
        }

        private List<String> diagnoses() {
            List<String> codes = new ArrayList<>();
            List<JsonNode> list = list(root, "chan_doan", "chan_doan");
            for (int i = 0; i < list.size(); i++) {
                String p = "chan_doan[" + i + "]";
                JsonNode d = list.get(i);
                if (!d.isObject()) {
                    out.add(Issue.error(p, CoreError.RX_WRONG_TYPE, Wire.OBJECT));
                    continue;
                }
                unknownFields(d, DIAGNOSIS_FIELDS, p);
                String code = text(d, "ma_chan_doan", p + ".ma_chan_doan", Need.REQUIRED);
                if (code != null) {
                    if (Icd10Code.isWellFormed(code)) {
                        codes.add(code);
                    } else {
                        out.add(Issue.error(p + ".ma_chan_doan", CoreError.RX_DIAGNOSIS_CODE));
                    }
                }
                text(d, "ten_chan_doan", p + ".ten_chan_doan", Need.OPTIONAL);
                text(d, "ket_luan", p + ".ket_luan", Need.OPTIONAL);
            }
            return codes;
        }

        /** A dispensing period read, with the path of its entry; null days when a day is missing or bad. */
        private record Located(String path, LocalDate from, LocalDate to) {
        }

        private List<Located> periods() {
            List<Located> periods = new ArrayList<>();
            JsonNode node = root.get("dot_dung_thuoc");
            if (node == null || node.isNull()) {
                return periods;
            }
            List<JsonNode> entries = new ArrayList<>();
            boolean single = node.isObject();
            if (single) {
                entries.add(node);
            } else if (node.isArray()) {
                node.forEach(entries::add);
            } else {
                out.add(Issue.error("dot_dung_thuoc", CoreError.RX_WRONG_TYPE, Wire.OBJECT_OR_LIST));
                return null;
            }
            for (int i = 0; i < entries.size(); i++) {
                String p = single ? "dot_dung_thuoc" : "dot_dung_thuoc[" + i + "]";
                JsonNode e = entries.get(i);
                if (!e.isObject()) {
                    out.add(Issue.error(p, CoreError.RX_WRONG_TYPE, Wire.OBJECT));
                    periods.add(new Located(p, null, null));
                    continue;
                }
                unknownFields(e, PERIOD_FIELDS, p);
                scalar(e, "dot", p + ".dot", Need.OPTIONAL);
                LocalDate from = date(e, "tu_ngay", p + ".tu_ngay", Need.REQUIRED);
                LocalDate to = date(e, "den_ngay", p + ".den_ngay", Need.REQUIRED);
                scalar(e, "so_thang_thuoc", p + ".so_thang_thuoc", Need.OPTIONAL);
                if (from != null && to != null && to.isBefore(from)) {
                    out.add(Issue.error(p + ".den_ngay", CoreError.RX_PERIOD_ORDER));
                    periods.add(new Located(p, null, null));
                } else {
                    periods.add(new Located(p, from, to));
                }
            }
            return periods;
        }

        private void items(PrescriptionType type) {
            List<JsonNode> list = list(root, "thong_tin_don_thuoc", "thong_tin_don_thuoc");
            for (int i = 0; i < list.size(); i++) {
                String p = "thong_tin_don_thuoc[" + i + "]";
                JsonNode d = list.get(i);
                if (!d.isObject()) {
                    out.add(Issue.error(p, CoreError.RX_WRONG_TYPE, Wire.OBJECT));
                    continue;
                }
                unknownFields(d, ITEM_FIELDS, p);
                String drug = text(d, "ma_thuoc", p + ".ma_thuoc", Need.RECOMMENDED);
                text(d, "biet_duoc", p + ".biet_duoc", Need.REQUIRED);
                text(d, "ten_thuoc", p + ".ten_thuoc", Need.REQUIRED);
                text(d, "don_vi_tinh", p + ".don_vi_tinh", Need.RECOMMENDED);
                String q = scalar(d, "so_luong", p + ".so_luong", Need.REQUIRED);
                if (q != null) {
                    BigDecimal n = Wire.decimal(q);
                    if (n == null || n.signum() <= 0) {
                        out.add(Issue.error(p + ".so_luong", CoreError.RX_QUANTITY));
                    } else if (n.compareTo(BigDecimal.TEN) < 0 && n.stripTrailingZeros().scale() <= 0
                            && !(d.get("so_luong").isTextual() && q.startsWith("0"))) {
                        out.add(Issue.warning(p + ".so_luong", CoreError.RX_QUANTITY_LEADING_ZERO));
                    }
                }
                text(d, "cach_dung", p + ".cach_dung", Need.RECOMMENDED);
                if (type != null && drug != null) {
                    policy.drugType(drug).filter(t -> t != type).ifPresent(t -> out.add(Issue.error(
                            p + ".ma_thuoc", CoreError.RX_LINE_TYPE_MISMATCH, t.code(), type.code())));
                }
            }
        }

        private void child(LocalDate birth, LocalDate prescribed, String weight, String guardian) {
            if (birth.isAfter(prescribed)) {
                out.add(Issue.error("ngay_sinh_benh_nhan", CoreError.RX_BIRTH_AFTER_PRESCRIBING));
                return;
            }
            long months = ChronoUnit.MONTHS.between(birth, prescribed);
            if (months < CHILD_MONTHS) {
                if (weight == null) {
                    out.add(Issue.error("can_nang", CoreError.RX_CHILD_WEIGHT, months));
                }
                if (guardian == null) {
                    out.add(Issue.error("thong_tin_nguoi_giam_ho", CoreError.RX_CHILD_GUARDIAN, months));
                }
            }
        }

        private void days(PrescriptionType type, List<Located> periods, List<String> diagnoses) {
            if (periods == null || type == null) {
                return; // a wrong shape or type is reported already
            }
            if (periods.isEmpty()) {
                if (type == PrescriptionType.CONVENTIONAL) {
                    out.add(Issue.warning("dot_dung_thuoc", CoreError.RX_DAYS_WITHOUT_PERIOD));
                } else {
                    out.add(Issue.error("dot_dung_thuoc", CoreError.RX_PERIOD_MISSING));
                }
                return;
            }
            if (periods.stream().anyMatch(p -> p.from() == null || p.to() == null)) {
                return; // a missing or bad day is reported already; a total would mislead
            }
            long total = 0;
            for (Located p : periods) {
                total += ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
            }
            boolean longTerm = diagnoses.stream().anyMatch(policy::isLongTerm);
            boolean cancer = diagnoses.stream().anyMatch(policy::isCancer);
            switch (type) {
                case CONVENTIONAL -> limit(total, longTerm ? 90 : 30);
                case PSYCHOTROPIC -> limit(total, longTerm ? 30 : 10);
                case NARCOTIC -> {
                    if (!cancer) {
                        limit(total, 7);
                        return;
                    }
                    if (periods.size() > 3) {
                        out.add(Issue.error("dot_dung_thuoc", CoreError.RX_NARCOTIC_ROUNDS, periods.size()));
                    }
                    for (Located p : periods) {
                        long d = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
                        if (d > 10) {
                            out.add(Issue.error(p.path(), CoreError.RX_DAYS_EXCEEDED, d, 10));
                        }
                    }
                    limit(total, 30);
                }
                case TRADITIONAL -> {
                    if (decoction) {
                        limit(total, 30); // a decoction prescription (code letter T): TT 55 art. 8.7 a
                    } else if (total > 90) {
                        limit(total, 90);
                    } else if (total > 30) {
                        out.add(Issue.warning("dot_dung_thuoc", CoreError.RX_DECOCTION_DAYS, total));
                    }
                }
                default -> throw new IllegalStateException("unhandled type");
            }
        }

        private void limit(long total, int max) {
            if (total > max) {
                out.add(Issue.error("dot_dung_thuoc", CoreError.RX_DAYS_EXCEEDED, total, max));
            }
        }

        // --- reading helpers: each reports a missing or mistyped value once, at its path

        private String text(JsonNode parent, String field, String path, Need need) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                missing(path, need);
                return null;
            }
            if (!n.isTextual()) {
                out.add(Issue.error(path, CoreError.RX_WRONG_TYPE, Wire.TEXT));
                return null;
            }
            if (n.textValue().isBlank()) {
                missing(path, need);
                return null;
            }
            return n.textValue();
        }

        private String scalar(JsonNode parent, String field, String path, Need need) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                missing(path, need);
                return null;
            }
            String s = Wire.scalar(n);
            if (s == null) {
                out.add(Issue.error(path, CoreError.RX_WRONG_TYPE, Wire.TEXT_OR_NUMBER));
                return null;
            }
            if (s.isBlank()) {
                missing(path, need);
                return null;
            }
            return s;
        }

        private LocalDate date(JsonNode parent, String field, String path, Need need) {
            String s = text(parent, field, path, need);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s, Wire.DATE);
            } catch (DateTimeParseException e) {
                out.add(Issue.error(path, CoreError.RX_DATE_FORMAT, "dd/MM/yyyy"));
                return null;
            }
        }

        private List<JsonNode> list(JsonNode parent, String field, String path) {
            List<JsonNode> items = new ArrayList<>();
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                missing(path, Need.REQUIRED);
            } else if (!n.isArray()) {
                out.add(Issue.error(path, CoreError.RX_WRONG_TYPE, Wire.LIST));
            } else if (n.isEmpty()) {
                missing(path, Need.REQUIRED);
            } else {
                n.forEach(items::add);
            }
            return items;
        }

        private void missing(String path, Need need) {
            if (need == Need.REQUIRED) {
                out.add(Issue.error(path, CoreError.RX_REQUIRED));
            } else if (need == Need.RECOMMENDED) {
                out.add(new Issue(Severity.WARNING, path, CoreError.RX_RECOMMENDED, List.of()));
            }
        }

        private void unknownFields(JsonNode node, List<String> known, String base) {
            Set<String> names = Set.copyOf(known);
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!names.contains(f)) {
                    String shown = Wire.shown(f);
                    out.add(Issue.warning(base.isEmpty() ? shown : base + "." + shown, CoreError.RX_UNKNOWN_FIELD));
                }
            }
        }
    }
}
