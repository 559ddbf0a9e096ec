package vn.emr.claims.table.typed;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One entry of the clinical course of table 5 (Bảng 5, chỉ tiêu chi tiết diễn biến lâm sàng) of the claims file ({@code
 * XML5}, {@link ClaimsTable#XML5}), as a typed record: one component per field of the official field list (Decision
 * 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named by the camelCase of
 * the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param stt {@code STT}: number, up to 10 characters; mandatory
 * @param dienBienLs {@code DIEN_BIEN_LS}: text, unbounded; mandatory
 * @param giaiDoanBenh {@code GIAI_DOAN_BENH}: text, unbounded; optional
 * @param hoiChan {@code HOI_CHAN}: text, unbounded; optional
 * @param phauThuat {@code PHAU_THUAT}: text, unbounded; optional
 * @param thoiDiemDbls {@code THOI_DIEM_DBLS}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param nguoiThucHien {@code NGUOI_THUC_HIEN}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"};
 *     mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record ClinicalCourseNote(
        String maLk,
        Long stt,
        String dienBienLs,
        Optional<String> giaiDoanBenh,
        Optional<String> hoiChan,
        Optional<String> phauThuat,
        LocalDateTime thoiDiemDbls,
        List<String> nguoiThucHien,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<ClinicalCourseNote, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML5, ClinicalCourseNote.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, ClinicalCourseNote::maLk, Builder::maLk)
            .required("STT", Codec.LONG, ClinicalCourseNote::stt, Builder::stt)
            .required("DIEN_BIEN_LS", Codec.TEXT, ClinicalCourseNote::dienBienLs, Builder::dienBienLs)
            .optional("GIAI_DOAN_BENH", Codec.TEXT, ClinicalCourseNote::giaiDoanBenh, Builder::giaiDoanBenh)
            .optional("HOI_CHAN", Codec.TEXT, ClinicalCourseNote::hoiChan, Builder::hoiChan)
            .optional("PHAU_THUAT", Codec.TEXT, ClinicalCourseNote::phauThuat, Builder::phauThuat)
            .required("THOI_DIEM_DBLS", Codec.DATE_TIME, ClinicalCourseNote::thoiDiemDbls, Builder::thoiDiemDbls)
            .list("NGUOI_THUC_HIEN", true, ClinicalCourseNote::nguoiThucHien, Builder::nguoiThucHien)
            .optional("DU_PHONG", Codec.TEXT, ClinicalCourseNote::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public ClinicalCourseNote {
        Layout.require(maLk, "XML5/MA_LK");
        Layout.require(stt, "XML5/STT");
        Layout.require(dienBienLs, "XML5/DIEN_BIEN_LS");
        giaiDoanBenh = Layout.optional(giaiDoanBenh);
        hoiChan = Layout.optional(hoiChan);
        phauThuat = Layout.optional(phauThuat);
        Layout.require(thoiDiemDbls, "XML5/THOI_DIEM_DBLS");
        nguoiThucHien = Layout.list(nguoiThucHien, "XML5/NGUOI_THUC_HIEN", true);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML5, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML5/<field>}, never with the value
     */
    public static ClinicalCourseNote from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<ClinicalCourseNote, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML5;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.stt = stt;
        b.dienBienLs = dienBienLs;
        b.giaiDoanBenh = giaiDoanBenh.orElse(null);
        b.hoiChan = hoiChan.orElse(null);
        b.phauThuat = phauThuat.orElse(null);
        b.thoiDiemDbls = thoiDiemDbls;
        b.nguoiThucHien = nguoiThucHien;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link ClinicalCourseNote}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String dienBienLs;
        private String giaiDoanBenh;
        private String hoiChan;
        private String phauThuat;
        private LocalDateTime thoiDiemDbls;
        private List<String> nguoiThucHien;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code STT}; {@code null} leaves it absent. */
        public Builder stt(Long value) {
            this.stt = value;
            return this;
        }

        /** Sets {@code DIEN_BIEN_LS}; {@code null} leaves it absent. */
        public Builder dienBienLs(String value) {
            this.dienBienLs = value;
            return this;
        }

        /** Sets {@code GIAI_DOAN_BENH}; {@code null} leaves it absent. */
        public Builder giaiDoanBenh(String value) {
            this.giaiDoanBenh = value;
            return this;
        }

        /** Sets {@code HOI_CHAN}; {@code null} leaves it absent. */
        public Builder hoiChan(String value) {
            this.hoiChan = value;
            return this;
        }

        /** Sets {@code PHAU_THUAT}; {@code null} leaves it absent. */
        public Builder phauThuat(String value) {
            this.phauThuat = value;
            return this;
        }

        /** Sets {@code THOI_DIEM_DBLS}; {@code null} leaves it absent. */
        public Builder thoiDiemDbls(LocalDateTime value) {
            this.thoiDiemDbls = value;
            return this;
        }

        /** Sets {@code NGUOI_THUC_HIEN}; {@code null} leaves it absent. */
        public Builder nguoiThucHien(List<String> value) {
            this.nguoiThucHien = value;
            return this;
        }

        /** Sets {@code DU_PHONG}; {@code null} leaves it absent. */
        public Builder duPhong(String value) {
            this.duPhong = value;
            return this;
        }

        /**
         * The record.
         *
         * @throws vn.emr.core.EmrException {@code EMR-CLM-0402} for a missing mandatory field, {@code EMR-CLM-0407}
         *     for a list item that is empty or holds {@code ;}
         */
        public ClinicalCourseNote build() {
            return new ClinicalCourseNote(
                    maLk,
                    stt,
                    dienBienLs,
                    Optional.ofNullable(giaiDoanBenh),
                    Optional.ofNullable(hoiChan),
                    Optional.ofNullable(phauThuat),
                    thoiDiemDbls,
                    nguoiThucHien,
                    Optional.ofNullable(duPhong));
        }
    }
}
