/**
 * Vietnamese identity documents as seen at hospital reception: the 12-digit personal ID ({@link
 * vn.emr.core.identity.CitizenId}, Circular 07/2016/TT-BCA and 59/2021/TT-BCA), the QR of the chip citizen ID card
 * ({@link vn.emr.core.identity.CccdQr}), the health-insurance card number ({@link
 * vn.emr.core.identity.BhytCardNumber}, Decisions 1351/QĐ-BHXH and 1666/QĐ-BHXH) with its beneficiary groups and
 * benefit levels, and the 63 provinces that prefix them ({@link vn.emr.core.identity.Province}).
 *
 * <p>Malformed input is rejected with an {@link vn.emr.core.EmrException} that carries every error found; cross-checks
 * that real cards fail (ID birth year vs birth date, sex digit vs sex, unknown province or group codes) are warnings
 * ({@link vn.emr.core.validation.Issue} with {@link vn.emr.core.Severity#WARNING}). No {@code toString()} of this
 * package shows a full number, a name, a date or an address. ZXing and AWT are confined to the {@code barcode}
 * sub-package.
 */
package vn.emr.core.identity;
