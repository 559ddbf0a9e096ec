package vn.emr.claims.table.typed;

import vn.emr.claims.catalogue.ClaimsTable;

/** The layout of each table's record type. */
final class Layouts {

    private Layouts() {
    }

    /** The layout of the table's record type. */
    static Layout<? extends ClaimsRecord, ?> of(ClaimsTable table) {
        return switch (table) {
            case XML0 -> CheckIn.layout();
            case XML1 -> Summary.layout();
            case XML2 -> DrugLine.layout();
            case XML3 -> ServiceLine.layout();
            case XML4 -> ParaclinicalResult.layout();
            case XML5 -> ClinicalCourseNote.layout();
            case XML6 -> HivCareRecord.layout();
            case XML7 -> DischargePaper.layout();
            case XML8 -> RecordSummary.layout();
            case XML9 -> BirthCertificate.layout();
            case XML10 -> PregnancyLeavePaper.layout();
            case XML11 -> SickLeaveCertificate.layout();
            case XML12 -> MedicalAssessment.layout();
            case XML13 -> ReferralPaper.layout();
            case XML14 -> FollowUpPaper.layout();
            case XML15 -> TuberculosisTreatment.layout();
        };
    }
}
