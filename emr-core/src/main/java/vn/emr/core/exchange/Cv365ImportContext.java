package vn.emr.core.exchange;

import java.util.Objects;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.Facility;

/**
 * What a {@link vn.emr.core.model.MedicalRecord} needs and a {@link HoSoBenhAn} of official letter 365/TTYQG does
 * not carry (its groups I-V have no facility, class-of-care or discharge-type field): the receiving side supplies
 * them when it turns a document into a record ({@link Cv365Mapping#toRecord}). {@code docs/cv365.md} lists every such
 * part.
 *
 * @param facility the facility that sent the document (known to the receiver from the exchange channel or from the
 *     facility signature)
 * @param encounterClass the class of care (MA_LOAI_KCB) of the episode
 * @param dischargeType the discharge type (MA_LOAI_RV) given to a discharge the document records
 */
public record Cv365ImportContext(Facility facility, EncounterClass encounterClass, DischargeType dischargeType) {

    /** Refuses a missing part. */
    public Cv365ImportContext {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(encounterClass, "encounterClass");
        Objects.requireNonNull(dischargeType, "dischargeType");
    }

    /** The context with the facility and class of care, and discharge type {@link DischargeType#DISCHARGED}. */
    public static Cv365ImportContext of(Facility facility, EncounterClass encounterClass) {
        return new Cv365ImportContext(facility, encounterClass, DischargeType.DISCHARGED);
    }
}
