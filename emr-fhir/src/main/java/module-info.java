/**
 * Optional FHIR R4 mapping of the medical record with HAPI FHIR's structures: a document Bundle per encounter, the
 * Vietnam CORE identifier systems, and the reverse mapping.
 */
// "requires-automatic", "requires-transitive-automatic": HAPI FHIR ships neither module descriptors nor Automatic-Module-Name entries, so its modules are
// named from the jar file names (hapi-fhir-base-8.8.0.jar -> hapi.fhir.base); no other name exists to require
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module vn.emr.fhir {
    requires transitive vn.emr.core;
    requires transitive hapi.fhir.base;
    requires transitive org.hl7.fhir.r4;
    requires hapi.fhir.structures.r4;

    exports vn.emr.fhir;
}
