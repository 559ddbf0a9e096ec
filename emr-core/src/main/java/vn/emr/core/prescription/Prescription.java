package vn.emr.core.prescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.identity.Sex;
import vn.emr.core.internal.Masking;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.internal.Required;
import vn.emr.core.validation.ValidationReport;

/**
 * One national e-prescription, the body of {@code POST /api/v1/gui-don-thuoc} (Decision 808/QD-BYT Part V; field
 * names as in {@code data/core/dtqg-gui-don-thuoc.request.sample.json}). Each component's Javadoc names its wire field.
 *
 * <p>Immutable, and deliberately without {@code toBuilder()}: a prescription once sent is never changed (Decision
 * 425/QD-BYT art. 9.3 c); a change is a new prescription with a new code that names the one it replaces, made with
 * {@link #replace(PrescriptionCodes)}. The replaced code ({@link #replaces()}) is kept by the host: the wire format
 * has no field for it. {@link #toString()} masks personal and health data.
 *
 * @param type {@code loai_don_thuoc}
 * @param code {@code ma_don_thuoc}
 * @param patientName {@code ho_ten_benh_nhan} (a pseudonym given by the facility on an HIV/AIDS prescription)
 * @param healthId {@code ma_dinh_danh_y_te}, the legacy health ID, if present
 * @param citizenId {@code ma_dinh_danh_cong_dan}, the 12-digit personal ID, if present
 * @param birthDate {@code ngay_sinh_benh_nhan}
 * @param weightKg {@code can_nang} in kilograms, if present (required under 72 months)
 * @param sex {@code gioi_tinh}
 * @param insuranceCardNumber {@code ma_so_the_bao_hiem_y_te}, if present
 * @param guardian {@code thong_tin_nguoi_giam_ho}, "name, phone, address" of the accompanying person, if present
 * @param address {@code dia_chi}, if present (required except on an HIV/AIDS prescription)
 * @param diagnoses {@code chan_doan}
 * @param caution {@code luu_y}, if present
 * @param treatmentForm {@code hinh_thuc_dieu_tri}, a Ministry of Health catalogue code, if present
 * @param periods {@code dot_dung_thuoc}
 * @param items {@code thong_tin_don_thuoc}
 * @param advice {@code loi_dan}, advice including the follow-up, if present
 * @param contactPhone {@code so_dien_thoai_nguoi_kham_benh}, if present
 * @param followUpDays {@code ngay_tai_kham}, a number of days (not a date), if present
 * @param prescribedAt {@code ngay_gio_ke_don}
 * @param signature {@code signature}, if present
 * @param replaces the code of the prescription this one replaces, if any (not on the wire)
 */
public record Prescription(PrescriptionType type, PrescriptionCode code, String patientName, Optional<String> healthId,
        Optional<String> citizenId, LocalDate birthDate, Optional<BigDecimal> weightKg, Sex sex,
        Optional<String> insuranceCardNumber, Optional<String> guardian, Optional<String> address,
        List<PrescriptionDiagnosis> diagnoses, Optional<String> caution, Optional<Integer> treatmentForm,
        List<DispensingPeriod> periods, List<PrescriptionItem> items, Optional<String> advice,
        Optional<String> contactPhone, Optional<Integer> followUpDays, LocalDateTime prescribedAt,
        Optional<String> signature, Optional<PrescriptionCode> replaces) {

    /**
     * Refuses a missing required part ({@code EMR-CORE-0005} at its wire name) and a replacement that keeps the code it
     * replaces ({@code EMR-CORE-0732}); lists are copied, absent parts are {@link Optional#empty()}. The rules of the
     * national system are checked by {@link PrescriptionValidator}, not here.
     */
    public Prescription {
        Required.part(type, "loai_don_thuoc");
        Required.part(code, "ma_don_thuoc");
        Required.part(patientName, "ho_ten_benh_nhan");
        healthId = Objects.requireNonNullElse(healthId, Optional.empty());
        citizenId = Objects.requireNonNullElse(citizenId, Optional.empty());
        Required.part(birthDate, "ngay_sinh_benh_nhan");
        weightKg = Objects.requireNonNullElse(weightKg, Optional.empty());
        Required.part(sex, "gioi_tinh");
        insuranceCardNumber = Objects.requireNonNullElse(insuranceCardNumber, Optional.empty());
        guardian = Objects.requireNonNullElse(guardian, Optional.empty());
        address = Objects.requireNonNullElse(address, Optional.empty());
        diagnoses = List.copyOf(Required.part(diagnoses, "chan_doan"));
        caution = Objects.requireNonNullElse(caution, Optional.empty());
        treatmentForm = Objects.requireNonNullElse(treatmentForm, Optional.empty());
        periods = List.copyOf(Required.part(periods, "dot_dung_thuoc"));
        items = List.copyOf(Required.part(items, "thong_tin_don_thuoc"));
        advice = Objects.requireNonNullElse(advice, Optional.empty());
        contactPhone = Objects.requireNonNullElse(contactPhone, Optional.empty());
        followUpDays = Objects.requireNonNullElse(followUpDays, Optional.empty());
        Required.part(prescribedAt, "ngay_gio_ke_don");
        signature = Objects.requireNonNullElse(signature, Optional.empty());
        replaces = Objects.requireNonNullElse(replaces, Optional.empty());
        if (replaces.isPresent() && replaces.get().randomPart().equals(code.randomPart())
                && replaces.get().facilityCode().equals(code.facilityCode())) {
            throw new EmrException(CoreError.RX_REPLACES_ITSELF, "ma_don_thuoc");
        }
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for the prescription that replaces this one: the same content, a new code of the same facility and
     * type from the generator, and {@link #replaces()} naming this code. This prescription itself stays as it is.
     */
    public Builder replace(PrescriptionCodes codes) {
        Builder b = new Builder();
        b.type = type;
        b.code = codes.next(code.facilityCode(), type);
        b.patientName = patientName;
        b.healthId = healthId.orElse(null);
        b.citizenId = citizenId.orElse(null);
        b.birthDate = birthDate;
        b.weightKg = weightKg.orElse(null);
        b.sex = sex;
        b.insuranceCardNumber = insuranceCardNumber.orElse(null);
        b.guardian = guardian.orElse(null);
        b.address = address.orElse(null);
        b.diagnoses.addAll(diagnoses);
        b.caution = caution.orElse(null);
        b.treatmentForm = treatmentForm.orElse(null);
        b.periods.addAll(periods);
        b.items.addAll(items);
        b.advice = advice.orElse(null);
        b.contactPhone = contactPhone.orElse(null);
        b.followUpDays = followUpDays.orElse(null);
        b.prescribedAt = prescribedAt;
        b.signature = null; // a signature covers the old content, never the new
        b.replaces = code;
        return b;
    }

    /** The patient's age in whole months on the prescribing day (under 72: weight and guardian are required). */
    public long ageInMonths() {
        return ChronoUnit.MONTHS.between(birthDate, prescribedAt.toLocalDate());
    }

    /**
     * The wire form: every field of the sample in its order, absent text as {@code ""}, dates {@code dd/MM/yyyy},
     * the time {@code yyyy-MM-dd HH:mm:ss}, {@code gioi_tinh} 1/2/3 as a number, {@code can_nang}, {@code so_luong}
     * and {@code ngay_tai_kham} as text (quantities under 10 with a leading zero), {@code dot_dung_thuoc} as one object
     * when there is one period (as the sample, and the client that says the national validator refused a list) and
     * as a list otherwise; {@code hinh_thuc_dieu_tri} is left out when absent (its catalogue is not known).
     */
    public ObjectNode toJsonTree() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("loai_don_thuoc", type.code());
        o.put("ma_don_thuoc", code.value());
        o.put("ho_ten_benh_nhan", patientName);
        o.put("ma_dinh_danh_y_te", healthId.orElse(""));
        o.put("ma_dinh_danh_cong_dan", citizenId.orElse(""));
        o.put("ngay_sinh_benh_nhan", Wire.DATE.format(birthDate));
        o.put("can_nang", weightKg.map(Wire::plain).orElse(""));
        o.put("gioi_tinh", Wire.sexCode(sex));
        o.put("ma_so_the_bao_hiem_y_te", insuranceCardNumber.orElse(""));
        o.put("thong_tin_nguoi_giam_ho", guardian.orElse(""));
        o.put("dia_chi", address.orElse(""));
        ArrayNode dx = o.putArray("chan_doan");
        for (PrescriptionDiagnosis d : diagnoses) {
            ObjectNode n = dx.addObject();
            n.put("ma_chan_doan", d.code());
            n.put("ten_chan_doan", d.name().orElse(""));
            n.put("ket_luan", d.conclusion().orElse(""));
        }
        o.put("luu_y", caution.orElse(""));
        treatmentForm.ifPresent(t -> o.put("hinh_thuc_dieu_tri", t));
        if (periods.size() == 1) {
            o.set("dot_dung_thuoc", period(periods.get(0)));
        } else {
            ArrayNode list = o.putArray("dot_dung_thuoc");
            periods.forEach(p -> list.add(period(p)));
        }
        ArrayNode items = o.putArray("thong_tin_don_thuoc");
        for (PrescriptionItem i : this.items) {
            ObjectNode n = items.addObject();
            n.put("ma_thuoc", i.drugCode().orElse(""));
            n.put("biet_duoc", i.brandName());
            n.put("ten_thuoc", i.drugName());
            n.put("don_vi_tinh", i.unit().orElse(""));
            n.put("so_luong", Wire.quantity(i.quantity()));
            n.put("cach_dung", i.usage().orElse(""));
        }
        o.put("loi_dan", advice.orElse(""));
        o.put("so_dien_thoai_nguoi_kham_benh", contactPhone.orElse(""));
        o.put("ngay_tai_kham", followUpDays.map(String::valueOf).orElse(""));
        o.put("ngay_gio_ke_don", Wire.DATE_TIME.format(prescribedAt));
        o.put("signature", signature.orElse(""));
        return o;
    }

    private static ObjectNode period(DispensingPeriod p) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("dot", String.valueOf(p.round()));
        n.put("tu_ngay", Wire.DATE.format(p.from()));
        n.put("den_ngay", Wire.DATE.format(p.to()));
        n.put("so_thang_thuoc", p.decoctionPacks().map(String::valueOf).orElse(""));
        return n;
    }

    /** The wire form as compact UTF-8 JSON, the bytes to send (and to sign). */
    public byte[] toJson() {
        return EmrJson.write(toJsonTree());
    }

    /**
     * The codes of faults that leave no value to read: a missing or mistyped mandatory part, an unknown type, a code,
     * date, time or number that does not parse, a code whose letter is not the type.
     */
    private static final java.util.Set<CoreError> SHAPE = java.util.EnumSet.of(CoreError.RX_REQUIRED,
            CoreError.RX_WRONG_TYPE, CoreError.RX_TYPE_UNKNOWN, CoreError.RX_CODE_FORMAT,
            CoreError.RX_CODE_TYPE_MISMATCH, CoreError.RX_DATE_FORMAT, CoreError.RX_DATETIME_FORMAT,
            CoreError.RX_FOLLOW_UP_DAYS, CoreError.RX_SEX_CODE, CoreError.RX_WEIGHT_VALUE, CoreError.RX_QUANTITY,
            CoreError.RX_TREATMENT_FORM);

    /**
     * Reads a {@code gui-don-thuoc} JSON into a value. Unreadable JSON is a coded error (see
     * {@link PrescriptionValidator#validate(byte[])}); a fault that leaves no value to read (a mandatory part missing
     * or of the wrong type, an unknown type, a code, date, time, sex, weight, quantity or day count that does not
     * parse, a code whose letter is not the type) is an {@link EmrException} carrying every such error. The other rules
     * (day limits, children, HIV/AIDS, ...) do not stop reading: run {@link PrescriptionValidator} for them.
     */
    public static Prescription parse(byte[] json) {
        return parse(Wire.readObject(json));
    }

    /** Reads a {@code gui-don-thuoc} JSON tree, as {@link #parse(byte[])}. */
    public static Prescription parse(JsonNode json) {
        ValidationReport report = PrescriptionValidator.create().validate(json);
        List<vn.emr.core.validation.Issue> blocking = report.errors().stream()
                .filter(i -> i.code() instanceof CoreError c && SHAPE.contains(c)).toList();
        if (!blocking.isEmpty()) {
            throw new EmrException(blocking);
        }
        Builder b = builder()
                .type(PrescriptionType.fromCode(text(json, "loai_don_thuoc")))
                .code(PrescriptionCode.parse(lower(text(json, "ma_don_thuoc"))))
                .patientName(text(json, "ho_ten_benh_nhan"))
                .healthId(text(json, "ma_dinh_danh_y_te"))
                .citizenId(text(json, "ma_dinh_danh_cong_dan"))
                .birthDate(LocalDate.parse(text(json, "ngay_sinh_benh_nhan"), Wire.DATE))
                .weightKg(Wire.decimal(scalar(json, "can_nang")))
                .sex(Wire.sexOf(Integer.parseInt(scalar(json, "gioi_tinh"))).orElseThrow())
                .insuranceCardNumber(text(json, "ma_so_the_bao_hiem_y_te"))
                .guardian(text(json, "thong_tin_nguoi_giam_ho"))
                .address(text(json, "dia_chi"))
                .caution(text(json, "luu_y"))
                .treatmentForm(integer(scalar(json, "hinh_thuc_dieu_tri")))
                .advice(text(json, "loi_dan"))
                .contactPhone(text(json, "so_dien_thoai_nguoi_kham_benh"))
                .followUpDays(integer(scalar(json, "ngay_tai_kham")))
                .prescribedAt(LocalDateTime.parse(text(json, "ngay_gio_ke_don"), Wire.DATE_TIME))
                .signature(text(json, "signature"));
        for (JsonNode d : json.get("chan_doan")) {
            b.addDiagnosis(new PrescriptionDiagnosis(text(d, "ma_chan_doan"),
                    Optional.ofNullable(text(d, "ten_chan_doan")), Optional.ofNullable(text(d, "ket_luan"))));
        }
        JsonNode periods = json.get("dot_dung_thuoc");
        if (periods != null && periods.isObject()) {
            b.addPeriod(period(periods, 1));
        } else if (periods != null && periods.isArray()) {
            int i = 1;
            for (JsonNode p : periods) {
                b.addPeriod(period(p, i++));
            }
        }
        for (JsonNode i : json.get("thong_tin_don_thuoc")) {
            b.addItem(new PrescriptionItem(Optional.ofNullable(text(i, "ma_thuoc")), text(i, "biet_duoc"),
                    text(i, "ten_thuoc"), Optional.ofNullable(text(i, "don_vi_tinh")),
                    Wire.decimal(scalar(i, "so_luong")), Optional.ofNullable(text(i, "cach_dung"))));
        }
        return b.build();
    }

    private static DispensingPeriod period(JsonNode p, int position) {
        Integer round = integer(scalar(p, "dot"));
        return new DispensingPeriod(round == null ? position : round, LocalDate.parse(text(p, "tu_ngay"), Wire.DATE),
                LocalDate.parse(text(p, "den_ngay"), Wire.DATE), Optional.ofNullable(integer(scalar(p, "so_thang_thuoc"))));
    }

    /** The stripped text of a field, null when absent or blank (the validator has checked the type). */
    private static String text(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual() || n.textValue().isBlank()) {
            return null;
        }
        return n.textValue().strip();
    }

    private static String scalar(JsonNode parent, String field) {
        String s = Wire.scalar(parent.get(field));
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer integer(String s) {
        return s != null && s.matches("[0-9]{1,9}") ? Integer.valueOf(s) : null;
    }

    private static String lower(String code) {
        return code.substring(0, 13) + code.substring(13).toLowerCase(java.util.Locale.ROOT);
    }

    /** Shows the structure with personal and health data masked; the code and type are shown. */
    @Override
    public String toString() {
        return "Prescription[type=" + type + ", code=" + code + ", patientName=" + Masking.part(patientName)
                + ", citizenId=" + Masking.part(citizenId) + ", birthDate=" + Masking.part(birthDate)
                + ", weightKg=" + Masking.part(weightKg) + ", sex=" + Masking.part(sex)
                + ", insuranceCardNumber=" + Masking.part(insuranceCardNumber) + ", guardian=" + Masking.part(guardian)
                + ", address=" + Masking.part(address) + ", diagnoses=" + Masking.part(diagnoses)
                + ", periods=" + Masking.part(periods) + ", items=" + Masking.part(items)
                + ", prescribedAt=" + Masking.part(prescribedAt) + ", replaces=" + replaces.map(String::valueOf)
                .orElse("absent") + "]";
    }

    /** Builds a {@link Prescription}. */
    public static final class Builder {

        private PrescriptionType type;
        private PrescriptionCode code;
        private String patientName;
        private String healthId;
        private String citizenId;
        private LocalDate birthDate;
        private BigDecimal weightKg;
        private Sex sex;
        private String insuranceCardNumber;
        private String guardian;
        private String address;
        private final List<PrescriptionDiagnosis> diagnoses = new ArrayList<>();
        private String caution;
        private Integer treatmentForm;
        private final List<DispensingPeriod> periods = new ArrayList<>();
        private final List<PrescriptionItem> items = new ArrayList<>();
        private String advice;
        private String contactPhone;
        private Integer followUpDays;
        private LocalDateTime prescribedAt;
        private String signature;
        private PrescriptionCode replaces;

        private Builder() {
        }

        /** Sets {@code loai_don_thuoc}. */
        public Builder type(PrescriptionType value) {
            this.type = value;
            return this;
        }

        /** Sets {@code ma_don_thuoc}. */
        public Builder code(PrescriptionCode value) {
            this.code = value;
            return this;
        }

        /** Sets {@code ho_ten_benh_nhan}. */
        public Builder patientName(String value) {
            this.patientName = value;
            return this;
        }

        /** Sets {@code ma_dinh_danh_y_te}. */
        public Builder healthId(String value) {
            this.healthId = value;
            return this;
        }

        /** Sets {@code ma_dinh_danh_cong_dan}. */
        public Builder citizenId(String value) {
            this.citizenId = value;
            return this;
        }

        /** Sets {@code ngay_sinh_benh_nhan}. */
        public Builder birthDate(LocalDate value) {
            this.birthDate = value;
            return this;
        }

        /** Sets {@code can_nang} in kilograms. */
        public Builder weightKg(BigDecimal value) {
            this.weightKg = value;
            return this;
        }

        /** Sets {@code gioi_tinh}. */
        public Builder sex(Sex value) {
            this.sex = value;
            return this;
        }

        /** Sets {@code ma_so_the_bao_hiem_y_te}. */
        public Builder insuranceCardNumber(String value) {
            this.insuranceCardNumber = value;
            return this;
        }

        /** Sets {@code thong_tin_nguoi_giam_ho}. */
        public Builder guardian(String value) {
            this.guardian = value;
            return this;
        }

        /** Sets {@code dia_chi}. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Adds an entry of {@code chan_doan}. */
        public Builder addDiagnosis(PrescriptionDiagnosis value) {
            diagnoses.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Replaces the entries of {@code chan_doan}. */
        public Builder diagnoses(Collection<PrescriptionDiagnosis> values) {
            diagnoses.clear();
            values.forEach(this::addDiagnosis);
            return this;
        }

        /** Sets {@code luu_y}. */
        public Builder caution(String value) {
            this.caution = value;
            return this;
        }

        /** Sets {@code hinh_thuc_dieu_tri}. */
        public Builder treatmentForm(Integer value) {
            this.treatmentForm = value;
            return this;
        }

        /** Adds an entry of {@code dot_dung_thuoc}. */
        public Builder addPeriod(DispensingPeriod value) {
            periods.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Replaces the entries of {@code dot_dung_thuoc}. */
        public Builder periods(Collection<DispensingPeriod> values) {
            periods.clear();
            values.forEach(this::addPeriod);
            return this;
        }

        /** Adds an entry of {@code thong_tin_don_thuoc}. */
        public Builder addItem(PrescriptionItem value) {
            items.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Replaces the entries of {@code thong_tin_don_thuoc}. */
        public Builder items(Collection<PrescriptionItem> values) {
            items.clear();
            values.forEach(this::addItem);
            return this;
        }

        /** Sets {@code loi_dan}. */
        public Builder advice(String value) {
            this.advice = value;
            return this;
        }

        /** Sets {@code so_dien_thoai_nguoi_kham_benh}. */
        public Builder contactPhone(String value) {
            this.contactPhone = value;
            return this;
        }

        /** Sets {@code ngay_tai_kham}, a number of days. */
        public Builder followUpDays(Integer value) {
            this.followUpDays = value;
            return this;
        }

        /** Sets {@code ngay_gio_ke_don}. */
        public Builder prescribedAt(LocalDateTime value) {
            this.prescribedAt = value;
            return this;
        }

        /** Sets {@code signature}. */
        public Builder signature(String value) {
            this.signature = value;
            return this;
        }

        /** The prescription; the code a replacement replaces is set by {@link Prescription#replace} only. */
        public Prescription build() {
            return new Prescription(type, code, patientName, Optional.ofNullable(healthId),
                    Optional.ofNullable(citizenId), birthDate, Optional.ofNullable(weightKg), sex,
                    Optional.ofNullable(insuranceCardNumber), Optional.ofNullable(guardian),
                    Optional.ofNullable(address), diagnoses, Optional.ofNullable(caution),
                    Optional.ofNullable(treatmentForm), periods, items, Optional.ofNullable(advice),
                    Optional.ofNullable(contactPhone), Optional.ofNullable(followUpDays), prescribedAt,
                    Optional.ofNullable(signature), Optional.ofNullable(replaces));
        }
    }
}
