package vn.emr.claims.table.typed;

import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * A typed record of one claims table (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT and 3176/QĐ-BYT): one record type
 * per table, XML0 and XML1-XML15, each converting to and from the generic {@link TableRecord}.
 */
public sealed interface ClaimsRecord permits CheckIn, Summary, DrugLine, ServiceLine, ParaclinicalResult,
        ClinicalCourseNote, HivCareRecord, DischargePaper, RecordSummary, BirthCertificate, PregnancyLeavePaper,
        SickLeaveCertificate, MedicalAssessment, ReferralPaper, FollowUpPaper, TuberculosisTreatment {

    /** The table the record belongs to. */
    ClaimsTable table();

    /**
     * The table record of this record under the profile, every value checked by the catalogue's rules through
     * {@link TableRecord.Builder}: a value that does not fit is refused, never truncated.
     *
     * @throws vn.emr.core.EmrException with every fault, each at {@code <table>/<field>} and never with the value:
     *     the {@code FieldRules} codes ({@code EMR-CLM-0202} too long and the others of 0202-0208), a mandatory field
     *     of the profile missing ({@code 0402}), a value in a field the profile's table lacks ({@code 0403}), a time
     *     with seconds ({@code 0405}), a table the profile lacks ({@code 0406})
     */
    TableRecord toTableRecord(ClaimsProfile profile);

    /**
     * The typed record of a table record, of the type of its table (for example a {@link DrugLine} for XML2).
     *
     * @throws vn.emr.core.EmrException as the type's own {@code from} does
     */
    static ClaimsRecord from(TableRecord record) {
        return Layouts.of(record.table()).from(record);
    }
}
