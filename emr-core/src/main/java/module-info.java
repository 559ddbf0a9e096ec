/**
 * The Vietnamese medical-record model, identity documents (chip citizen ID card, BHYT card), validation with
 * Vietnamese and English messages, the documented JSON form and record history.
 */
// "module": the qualified export names sibling modules that are built after this one; "requires-automatic": ZXing
// ships no module descriptor, only an Automatic-Module-Name, and has no other module name to require
@SuppressWarnings({"module", "requires-automatic"})
module vn.emr.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.xml;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Optional: only QR images (vn.emr.core.identity.barcode) need them; absent, those fail with EMR-CORE-0080.
    requires static com.google.zxing;
    requires static com.google.zxing.javase;
    requires static java.desktop;

    exports vn.emr.core;
    exports vn.emr.core.i18n;
    exports vn.emr.core.identity;
    exports vn.emr.core.identity.barcode;
    exports vn.emr.core.validation;
    exports vn.emr.core.validation.constraints;
    exports vn.emr.core.code;
    exports vn.emr.core.model;
    exports vn.emr.core.json;
    exports vn.emr.core.history;
    exports vn.emr.core.sample;
    exports vn.emr.core.io;
    exports vn.emr.core.prescription;
    exports vn.emr.core.exchange;
    exports vn.emr.core.internal to vn.emr.signature, vn.emr.payment, vn.emr.claims;

    opens vn.emr.core.model to com.fasterxml.jackson.databind, org.hibernate.validator;
}
