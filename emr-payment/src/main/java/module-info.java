/**
 * VietQR payments: the NAPAS VietQR / EMVCo merchant-presented QR codec (no imaging dependency), PNG and SVG rendering
 * through ZXing (package {@code vn.emr.payment.render} only), hospital-fee bills and reconciliation of bank transfers.
 */
// "requires-automatic": ZXing ships no module descriptor, only an Automatic-Module-Name
@SuppressWarnings("requires-automatic")
module vn.emr.payment {
    requires transitive vn.emr.core;
    requires com.google.zxing;

    exports vn.emr.payment;
    exports vn.emr.payment.render;
}
