package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The pregnancy rest-leave paper of table 10 (Bảng 10, dữ liệu giấy nghỉ dưỡng thai) of the claims file ({@code XML10},
 * {@link ClaimsTable#XML10}), as a typed record: one component per field of the official field list (Decision
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
 * @param soSeri {@code SO_SERI}: text, up to 200 characters; mandatory
 * @param soCt {@code SO_CT}: text, up to 200 characters; mandatory
 * @param soNgay {@code SO_NGAY}: number, up to 3 characters; mandatory
 * @param donVi {@code DON_VI}: text, up to 1024 characters; mandatory
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, unbounded; mandatory
 * @param tuNgay {@code TU_NGAY}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param denNgay {@code DEN_NGAY}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param tenBs {@code TEN_BS}: text, up to 255 characters; mandatory
 * @param maBs {@code MA_BS}: text, up to 200 characters; mandatory
 * @param ngayCt {@code NGAY_CT}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record PregnancyLeavePaper(
        String maLk,
        String soSeri,
        String soCt,
        Integer soNgay,
        String donVi,
        String chanDoanRv,
        LocalDate tuNgay,
        LocalDate denNgay,
        String maTtdv,
        String tenBs,
        String maBs,
        LocalDate ngayCt,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<PregnancyLeavePaper, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML10, PregnancyLeavePaper.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, PregnancyLeavePaper::maLk, Builder::maLk)
            .required("SO_SERI", Codec.TEXT, PregnancyLeavePaper::soSeri, Builder::soSeri)
            .required("SO_CT", Codec.TEXT, PregnancyLeavePaper::soCt, Builder::soCt)
            .required("SO_NGAY", Codec.INTEGER, PregnancyLeavePaper::soNgay, Builder::soNgay)
            .required("DON_VI", Codec.TEXT, PregnancyLeavePaper::donVi, Builder::donVi)
            .required("CHAN_DOAN_RV", Codec.TEXT, PregnancyLeavePaper::chanDoanRv, Builder::chanDoanRv)
            .required("TU_NGAY", Codec.DATE, PregnancyLeavePaper::tuNgay, Builder::tuNgay)
            .required("DEN_NGAY", Codec.DATE, PregnancyLeavePaper::denNgay, Builder::denNgay)
            .required("MA_TTDV", Codec.TEXT, PregnancyLeavePaper::maTtdv, Builder::maTtdv)
            .required("TEN_BS", Codec.TEXT, PregnancyLeavePaper::tenBs, Builder::tenBs)
            .required("MA_BS", Codec.TEXT, PregnancyLeavePaper::maBs, Builder::maBs)
            .required("NGAY_CT", Codec.DATE, PregnancyLeavePaper::ngayCt, Builder::ngayCt)
            .optional("DU_PHONG", Codec.TEXT, PregnancyLeavePaper::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public PregnancyLeavePaper {
        Layout.require(maLk, "XML10/MA_LK");
        Layout.require(soSeri, "XML10/SO_SERI");
        Layout.require(soCt, "XML10/SO_CT");
        Layout.require(soNgay, "XML10/SO_NGAY");
        Layout.require(donVi, "XML10/DON_VI");
        Layout.require(chanDoanRv, "XML10/CHAN_DOAN_RV");
        Layout.require(tuNgay, "XML10/TU_NGAY");
        Layout.require(denNgay, "XML10/DEN_NGAY");
        Layout.require(maTtdv, "XML10/MA_TTDV");
        Layout.require(tenBs, "XML10/TEN_BS");
        Layout.require(maBs, "XML10/MA_BS");
        Layout.require(ngayCt, "XML10/NGAY_CT");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML10, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML10/<field>}, never with the value
     */
    public static PregnancyLeavePaper from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<PregnancyLeavePaper, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML10;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.soSeri = soSeri;
        b.soCt = soCt;
        b.soNgay = soNgay;
        b.donVi = donVi;
        b.chanDoanRv = chanDoanRv;
        b.tuNgay = tuNgay;
        b.denNgay = denNgay;
        b.maTtdv = maTtdv;
        b.tenBs = tenBs;
        b.maBs = maBs;
        b.ngayCt = ngayCt;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link PregnancyLeavePaper}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String soSeri;
        private String soCt;
        private Integer soNgay;
        private String donVi;
        private String chanDoanRv;
        private LocalDate tuNgay;
        private LocalDate denNgay;
        private String maTtdv;
        private String tenBs;
        private String maBs;
        private LocalDate ngayCt;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code SO_SERI}; {@code null} leaves it absent. */
        public Builder soSeri(String value) {
            this.soSeri = value;
            return this;
        }

        /** Sets {@code SO_CT}; {@code null} leaves it absent. */
        public Builder soCt(String value) {
            this.soCt = value;
            return this;
        }

        /** Sets {@code SO_NGAY}; {@code null} leaves it absent. */
        public Builder soNgay(Integer value) {
            this.soNgay = value;
            return this;
        }

        /** Sets {@code DON_VI}; {@code null} leaves it absent. */
        public Builder donVi(String value) {
            this.donVi = value;
            return this;
        }

        /** Sets {@code CHAN_DOAN_RV}; {@code null} leaves it absent. */
        public Builder chanDoanRv(String value) {
            this.chanDoanRv = value;
            return this;
        }

        /** Sets {@code TU_NGAY}; {@code null} leaves it absent. */
        public Builder tuNgay(LocalDate value) {
            this.tuNgay = value;
            return this;
        }

        /** Sets {@code DEN_NGAY}; {@code null} leaves it absent. */
        public Builder denNgay(LocalDate value) {
            this.denNgay = value;
            return this;
        }

        /** Sets {@code MA_TTDV}; {@code null} leaves it absent. */
        public Builder maTtdv(String value) {
            this.maTtdv = value;
            return this;
        }

        /** Sets {@code TEN_BS}; {@code null} leaves it absent. */
        public Builder tenBs(String value) {
            this.tenBs = value;
            return this;
        }

        /** Sets {@code MA_BS}; {@code null} leaves it absent. */
        public Builder maBs(String value) {
            this.maBs = value;
            return this;
        }

        /** Sets {@code NGAY_CT}; {@code null} leaves it absent. */
        public Builder ngayCt(LocalDate value) {
            this.ngayCt = value;
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
        public PregnancyLeavePaper build() {
            return new PregnancyLeavePaper(
                    maLk,
                    soSeri,
                    soCt,
                    soNgay,
                    donVi,
                    chanDoanRv,
                    tuNgay,
                    denNgay,
                    maTtdv,
                    tenBs,
                    maBs,
                    ngayCt,
                    Optional.ofNullable(duPhong));
        }
    }
}
