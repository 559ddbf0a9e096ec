/**
 * The {@code emr} command line: demo, validation, signing, VietQR and claims commands over the SDK's public API.
 * It exports nothing; picocli reads the command classes reflectively.
 */
// "requires-automatic": ZXing ships no module descriptor, only an Automatic-Module-Name
@SuppressWarnings("requires-automatic")
module vn.emr.cli {
    requires vn.emr.core;
    requires vn.emr.signature;
    requires vn.emr.payment;
    requires vn.emr.claims;
    requires vn.emr.fhir;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    // emr-core's imaging dependencies are optional (requires static): the card-image commands need them resolved
    requires com.google.zxing;
    requires com.google.zxing.javase;
    requires java.desktop;
    requires java.logging;

    opens vn.emr.cli to info.picocli;
}
