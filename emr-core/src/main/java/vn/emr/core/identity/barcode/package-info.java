/**
 * QR code images for identity documents (chip citizen ID card, Circular 59/2021/TT-BCA): decoding PNG/JPEG with ZXing
 * and rendering PNG files for demos and tests; the only package of {@code emr-core} that uses ZXing or AWT.
 */
package vn.emr.core.identity.barcode;
