package vn.emr.claims.mapping;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * What the papers of an episode need that the medical record does not hold: paper and register numbers, the paper's
 * date and signer, and the texts the decision asks for beyond the record's (tables XML7, XML8, XML13 and XML14 of
 * Decision 130/4750, {@code domain/claims.md} §2.5). Each value is given by the caller from its own registers; a value
 * the record also holds is taken from the record unless given here ({@link ClaimMapping} says which). Immutable; made
 * with {@link #builder()}; {@link #none()} gives nothing. {@code toString()} shows only how many values are given
 * (they hold names and clinical text).
 *
 * @param headOfFacilityCode {@code MA_TTDV} of every paper: the social-insurance code of the head of the facility, or
 *     of the person the head authorised to sign
 * @param archiveNumber XML7 {@code SO_LUU_TRU}: the archive number (the medical record's number for the episode)
 * @param treatmentMethod {@code PP_DIEUTRI} of XML7 and XML8: the treatment method (Circular 18/2022/TT-BYT)
 * @param departmentHeadCode XML7 {@code MA_BS}: the social-insurance code of the head (or authorised deputy head) of
 *     the department who signs the discharge paper
 * @param departmentHeadName XML7 {@code TEN_BS}: that person's full name
 * @param dischargePaperDate XML7 {@code NGAY_CT}: the date of the discharge paper
 * @param admissionDiagnosis {@code CHAN_DOAN_VAO} of XML8 (and XML1): the diagnosis on admission
 * @param pathologyCourse {@code QT_BENHLY} of XML8 and XML13: the course of the illness; when absent, the record's
 *     discharge summary
 * @param resultsSummary {@code TOMTAT_KQ} of XML8 and XML13: the summary of the paraclinical results of diagnostic
 *     value
 * @param recordSummaryDate XML8 {@code NGAY_CT}: the date of the record summary
 * @param referralFileNumber XML13 {@code SO_HOSO}: the referral file number (form 6 of Decree 75/2023/NĐ-CP)
 * @param referralBookNumber XML13 {@code SO_CHUYENTUYEN}: the number in the referral register; when absent, the
 *     record's referral number
 * @param referralPaperNumber XML13 {@code GIAY_CHUYEN_TUYEN}: the referral paper number
 * @param clinicalSigns XML13 {@code DAU_HIEU_LS}: the clinical signs at referral; when absent, the record's referral
 *     clinical summary
 * @param referralReasonCode XML13 {@code MA_LYDO_CT}: 1 meets the referral rules, 2 beyond the facility's capability,
 *     3 at the patient's request
 * @param treatmentPlan XML13 {@code HUONG_DIEU_TRI}: the treatment to come
 * @param transport XML13 {@code PHUONGTIEN_VC}: how the patient is transported
 * @param escortName XML13 {@code HOTEN_NGUOI_HT}: who escorts the patient, if anyone
 * @param escortTitle XML13 {@code CHUCDANH_NGUOI_HT}: the escort's title and qualification
 * @param servicesUsed XML13 {@code TEN_DICH_VU} (QĐ 4750 only; QĐ 3176 removed it): the services used
 * @param drugsUsed XML13 {@code TEN_THUOC} (QĐ 4750 only): the drugs used
 * @param appointmentPaperNumber XML14 {@code SO_GIAYHEN_KL}: the follow-up paper number (form 5 of Decree 75/2023)
 * @param appointmentPaperDate XML14 {@code NGAY_CT}: the date the follow-up paper was issued
 */
public record PaperTerms(Optional<String> headOfFacilityCode, Optional<String> archiveNumber,
        Optional<String> treatmentMethod, Optional<String> departmentHeadCode, Optional<String> departmentHeadName,
        Optional<LocalDate> dischargePaperDate, Optional<String> admissionDiagnosis, Optional<String> pathologyCourse,
        Optional<String> resultsSummary, Optional<LocalDate> recordSummaryDate, Optional<String> referralFileNumber,
        Optional<String> referralBookNumber, Optional<String> referralPaperNumber, Optional<String> clinicalSigns,
        OptionalInt referralReasonCode, Optional<String> treatmentPlan, Optional<String> transport,
        Optional<String> escortName, Optional<String> escortTitle, Optional<String> servicesUsed,
        Optional<String> drugsUsed, Optional<String> appointmentPaperNumber, Optional<LocalDate> appointmentPaperDate) {

    private static final PaperTerms NONE = builder().build();

    /**
     * Checks that every part is present and the referral reason is one of the decision's codes.
     *
     * @throws EmrException {@link ClaimsError#PAPER_REFERRAL_REASON} for a referral reason other than 1, 2 or 3
     */
    public PaperTerms {
        Stream.of(headOfFacilityCode, archiveNumber, treatmentMethod, departmentHeadCode, departmentHeadName,
                dischargePaperDate, admissionDiagnosis, pathologyCourse, resultsSummary, recordSummaryDate,
                referralFileNumber, referralBookNumber, referralPaperNumber, clinicalSigns, treatmentPlan, transport,
                escortName, escortTitle, servicesUsed, drugsUsed, appointmentPaperNumber, appointmentPaperDate)
                .forEach(o -> Objects.requireNonNull(o, "paper terms"));
        Objects.requireNonNull(referralReasonCode, "referralReasonCode");
        if (referralReasonCode.isPresent()
                && (referralReasonCode.getAsInt() < 1 || referralReasonCode.getAsInt() > 3)) {
            throw new EmrException(ClaimsError.PAPER_REFERRAL_REASON, "MA_LYDO_CT");
        }
    }

    /** No paper values: enough for an episode none of whose papers applies. */
    public static PaperTerms none() {
        return NONE;
    }

    /** A builder with nothing given. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of values given. */
    public int given() {
        return (int) Stream.of(headOfFacilityCode, archiveNumber, treatmentMethod, departmentHeadCode,
                departmentHeadName, dischargePaperDate, admissionDiagnosis, pathologyCourse, resultsSummary,
                recordSummaryDate, referralFileNumber, referralBookNumber, referralPaperNumber, clinicalSigns,
                treatmentPlan, transport, escortName, escortTitle, servicesUsed, drugsUsed, appointmentPaperNumber,
                appointmentPaperDate).filter(Optional::isPresent).count() + (referralReasonCode.isPresent() ? 1 : 0);
    }

    @Override
    public String toString() {
        return "PaperTerms[given=" + given() + "]";
    }

    /** Builds {@link PaperTerms}; {@code null} or an empty text leaves a value absent. */
    public static final class Builder {
        private String headOfFacilityCode;
        private String archiveNumber;
        private String treatmentMethod;
        private String departmentHeadCode;
        private String departmentHeadName;
        private LocalDate dischargePaperDate;
        private String admissionDiagnosis;
        private String pathologyCourse;
        private String resultsSummary;
        private LocalDate recordSummaryDate;
        private String referralFileNumber;
        private String referralBookNumber;
        private String referralPaperNumber;
        private String clinicalSigns;
        private Integer referralReasonCode;
        private String treatmentPlan;
        private String transport;
        private String escortName;
        private String escortTitle;
        private String servicesUsed;
        private String drugsUsed;
        private String appointmentPaperNumber;
        private LocalDate appointmentPaperDate;

        private Builder() {
        }

        /** {@code MA_TTDV} of every paper. */
        public Builder headOfFacilityCode(String value) {
            this.headOfFacilityCode = value;
            return this;
        }

        /** XML7 {@code SO_LUU_TRU}. */
        public Builder archiveNumber(String value) {
            this.archiveNumber = value;
            return this;
        }

        /** {@code PP_DIEUTRI} of XML7 and XML8. */
        public Builder treatmentMethod(String value) {
            this.treatmentMethod = value;
            return this;
        }

        /** XML7 {@code MA_BS}. */
        public Builder departmentHeadCode(String value) {
            this.departmentHeadCode = value;
            return this;
        }

        /** XML7 {@code TEN_BS}. */
        public Builder departmentHeadName(String value) {
            this.departmentHeadName = value;
            return this;
        }

        /** XML7 {@code NGAY_CT}. */
        public Builder dischargePaperDate(LocalDate value) {
            this.dischargePaperDate = value;
            return this;
        }

        /** {@code CHAN_DOAN_VAO} of XML8 and XML1. */
        public Builder admissionDiagnosis(String value) {
            this.admissionDiagnosis = value;
            return this;
        }

        /** {@code QT_BENHLY} of XML8 and XML13. */
        public Builder pathologyCourse(String value) {
            this.pathologyCourse = value;
            return this;
        }

        /** {@code TOMTAT_KQ} of XML8 and XML13. */
        public Builder resultsSummary(String value) {
            this.resultsSummary = value;
            return this;
        }

        /** XML8 {@code NGAY_CT}. */
        public Builder recordSummaryDate(LocalDate value) {
            this.recordSummaryDate = value;
            return this;
        }

        /** XML13 {@code SO_HOSO}. */
        public Builder referralFileNumber(String value) {
            this.referralFileNumber = value;
            return this;
        }

        /** XML13 {@code SO_CHUYENTUYEN}. */
        public Builder referralBookNumber(String value) {
            this.referralBookNumber = value;
            return this;
        }

        /** XML13 {@code GIAY_CHUYEN_TUYEN}. */
        public Builder referralPaperNumber(String value) {
            this.referralPaperNumber = value;
            return this;
        }

        /** XML13 {@code DAU_HIEU_LS}. */
        public Builder clinicalSigns(String value) {
            this.clinicalSigns = value;
            return this;
        }

        /** XML13 {@code MA_LYDO_CT} (1, 2 or 3). */
        public Builder referralReasonCode(int value) {
            this.referralReasonCode = value;
            return this;
        }

        /** XML13 {@code HUONG_DIEU_TRI}. */
        public Builder treatmentPlan(String value) {
            this.treatmentPlan = value;
            return this;
        }

        /** XML13 {@code PHUONGTIEN_VC}. */
        public Builder transport(String value) {
            this.transport = value;
            return this;
        }

        /** XML13 {@code HOTEN_NGUOI_HT}. */
        public Builder escortName(String value) {
            this.escortName = value;
            return this;
        }

        /** XML13 {@code CHUCDANH_NGUOI_HT}. */
        public Builder escortTitle(String value) {
            this.escortTitle = value;
            return this;
        }

        /** XML13 {@code TEN_DICH_VU} (QĐ 4750 only). */
        public Builder servicesUsed(String value) {
            this.servicesUsed = value;
            return this;
        }

        /** XML13 {@code TEN_THUOC} (QĐ 4750 only). */
        public Builder drugsUsed(String value) {
            this.drugsUsed = value;
            return this;
        }

        /** XML14 {@code SO_GIAYHEN_KL}. */
        public Builder appointmentPaperNumber(String value) {
            this.appointmentPaperNumber = value;
            return this;
        }

        /** XML14 {@code NGAY_CT}. */
        public Builder appointmentPaperDate(LocalDate value) {
            this.appointmentPaperDate = value;
            return this;
        }

        /**
         * The terms.
         *
         * @throws EmrException {@link ClaimsError#PAPER_REFERRAL_REASON} for a referral reason other than 1, 2 or 3
         */
        public PaperTerms build() {
            return new PaperTerms(text(headOfFacilityCode), text(archiveNumber), text(treatmentMethod),
                    text(departmentHeadCode), text(departmentHeadName), Optional.ofNullable(dischargePaperDate),
                    text(admissionDiagnosis), text(pathologyCourse), text(resultsSummary),
                    Optional.ofNullable(recordSummaryDate), text(referralFileNumber), text(referralBookNumber),
                    text(referralPaperNumber), text(clinicalSigns),
                    referralReasonCode == null ? OptionalInt.empty() : OptionalInt.of(referralReasonCode),
                    text(treatmentPlan), text(transport), text(escortName), text(escortTitle), text(servicesUsed),
                    text(drugsUsed), text(appointmentPaperNumber), Optional.ofNullable(appointmentPaperDate));
        }

        private static Optional<String> text(String value) {
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }
}
