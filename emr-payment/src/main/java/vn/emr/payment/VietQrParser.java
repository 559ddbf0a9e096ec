package vn.emr.payment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.emr.core.EmrException;
import vn.emr.payment.internal.Crc16;
import vn.emr.payment.internal.Issues;
import vn.emr.payment.internal.Text;
import vn.emr.payment.internal.Tlv;
import vn.emr.payment.internal.Tlv.Element;

/**
 * Reads a payload strictly where the specification is clear (structure, CRC, NAPAS template 38); the departures real
 * generators write are warnings or errors as the {@link VietQrParsePolicy} says. Unknown 62 sub-objects and 80-99
 * templates are kept.
 */
final class VietQrParser {

    private static final int MAX_62_FIELD = 25;

    private VietQrParser() {
    }

    static VietQr parse(String payload, BankDirectory banks, VietQrParsePolicy policy) {
        boolean strict = policy.isStrict();
        if (payload == null || payload.isEmpty()) {
            throw new EmrException(PaymentError.EMPTY, "0");
        }
        if (payload.length() > 2 * VietQr.MAX_PAYLOAD) {
            throw new EmrException(PaymentError.TOO_LONG, Integer.toString(VietQr.MAX_PAYLOAD),
                    payload.codePointCount(0, payload.length()));
        }
        boolean surrogates = false;
        boolean ascii = true;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                if (Character.isSurrogate(c)) {
                    surrogates = true;
                    break;
                }
            }
        }
        Issues issues = new Issues(payload, surrogates);
        int length = surrogates ? payload.codePointCount(0, payload.length()) : payload.length();
        if (length > VietQr.MAX_PAYLOAD) {
            // untrusted input: refuse before doing work proportional to its size
            issues.error(VietQr.MAX_PAYLOAD, PaymentError.TOO_LONG, length);
            throw new EmrException(issues.all());
        }
        Tlv.Template root = Tlv.read(payload, 0, payload.length(), "", surrogates, issues);
        boolean broken = root.broken();
        VietQr.Fields f = new VietQr.Fields();
        f.payload = payload;

        // 63: CRC, last, over the UTF-8 bytes up to and including "6304"
        Element crc = root.get(63);
        if (crc == null) {
            issues.error(payload.length(), PaymentError.CRC_MISSING);
        } else {
            f.crc = crc.value();
            if (crc != root.last() || broken) {
                issues.error(crc.start(), PaymentError.CRC_NOT_LAST);
            } else if (crc.value().length() != 4) {
                issues.error(crc.start(), PaymentError.CRC_FORMAT);
            } else {
                // over the UTF-8 bytes; for ASCII the chars are the bytes
                int computed = ascii ? Crc16.ofAscii(payload, crc.valueStart()) : Crc16.of(payload, crc.valueStart());
                String expected = Crc16.hex(computed);
                if (expected.equals(crc.value())) {
                    // the common case
                } else if (expected.equalsIgnoreCase(crc.value())) {
                    issues.departure(strict, crc.valueStart(), PaymentError.CRC_LOWER_CASE);
                } else {
                    issues.error(crc.valueStart(), PaymentError.CRC_MISMATCH, crc.value(), expected);
                }
            }
        }

        // 00 first and 01
        if (root.isEmpty() || root.list().get(0).tag() != 0 || !root.list().get(0).value().equals("01")) {
            Element fi = root.get(0);
            issues.error(fi == null ? 0 : fi.start(), PaymentError.FORMAT_INDICATOR);
        }
        Element poi = root.get(1);
        if (poi == null) {
            if (!broken) {
                issues.departure(strict, 0, PaymentError.POI_MISSING);
            }
        } else {
            f.pointOfInitiation = PointOfInitiation.fromCode(poi.value()).orElse(null);
            if (f.pointOfInitiation == null) {
                issues.error(poi.valueStart(), PaymentError.POI_INVALID, poi.value());
            }
        }

        // merchant account information: VietQR is template 38 with the NAPAS GUID
        Element t38 = root.get(38);
        boolean vietQr = t38 != null;
        if (t38 != null) {
            readTemplate38(payload, t38, surrogates, issues, f, banks, strict);
        } else if (!broken) {
            String scheme = otherScheme(payload, root, surrogates);
            if (scheme == null) {
                issues.error(0, PaymentError.NO_MERCHANT_ACCOUNT);
                issues.error(0, PaymentError.MISSING_TAG, "38");
            } else {
                issues.error(0, PaymentError.NOT_VIETQR, scheme);
            }
        } else {
            issues.error(0, PaymentError.MISSING_TAG, "38");
        }

        // 52, 53, 54, 58, 59, 60
        Element mcc = root.get(52);
        if (mcc != null) {
            f.merchantCategoryCode = mcc.value();
        }
        Element currency = root.get(53);
        if (currency != null) {
            f.currency = currency.value();
            if (vietQr && !"704".equals(currency.value())) {
                issues.error(currency.valueStart(), PaymentError.CURRENCY, currency.value());
            }
        } else if (vietQr && !broken) {
            issues.departure(strict, payload.length(), PaymentError.CURRENCY_MISSING);
        }
        Element amount = root.get(54);
        if (amount != null) {
            f.amount = amount(amount, vietQr, issues, strict);
        } else if (vietQr && f.pointOfInitiation == PointOfInitiation.DYNAMIC) {
            issues.departure(strict, poi.valueStart(), PaymentError.DYNAMIC_WITHOUT_AMOUNT);
        }
        Element country = root.get(58);
        if (country != null) {
            f.country = country.value();
            if (vietQr && !"VN".equals(country.value())) {
                issues.error(country.valueStart(), PaymentError.COUNTRY, country.value());
            }
        } else if (vietQr && !broken) {
            issues.departure(strict, payload.length(), PaymentError.COUNTRY_MISSING);
        }
        f.merchantName = ansValue(root.get(59), vietQr, issues, strict);
        f.merchantCity = ansValue(root.get(60), vietQr, issues, strict);
        fees(root, issues, strict);

        // 62: additional data
        Element t62 = root.get(62);
        if (t62 != null && t62.valueEnd() > t62.valueStart()) {
            Tlv.Template subs = Tlv.read(payload, t62.valueStart(), t62.valueEnd(), "62", surrogates, issues);
            Map<String, String> data = new LinkedHashMap<>();
            for (Element e : subs.list()) {
                data.put(e.tagName(), e.value());
                int tag = e.tag();
                if (vietQr && tag >= 1 && tag <= 9) {
                    int len = Tlv.length(e.value());
                    if (len > MAX_62_FIELD) {
                        issues.error(e.start(), PaymentError.FIELD_TOO_LONG, "62." + e.tagName(), len, MAX_62_FIELD);
                    }
                    if (!Text.isAns(e.value())) {
                        issues.departure(strict, e.valueStart(), PaymentError.NON_ASCII, "62." + e.tagName());
                    }
                }
            }
            f.additionalData = data;
        }

        if (vietQr && !issues.hasErrors() && (f.bin == null || f.beneficiary == null)) {
            issues.error(t38.valueStart(), PaymentError.MISSING_TAG, "38.01");
        }
        if (issues.hasErrors()) {
            throw new EmrException(issues.all());
        }
        f.warnings = issues.warnings();
        return new VietQr(f);
    }

    private static void readTemplate38(String payload, Element t38, boolean surrogates, Issues issues,
            VietQr.Fields f, BankDirectory banks, boolean strict) {
        Tlv.Template subs = Tlv.read(payload, t38.valueStart(), t38.valueEnd(), "38", surrogates, issues);
        boolean broken = subs.broken();
        for (Element e : subs.list()) {
            if (e.tag() > 2) {
                issues.error(e.start(), PaymentError.SUBTAG_UNEXPECTED, "38", e.tagName());
            }
        }
        Element guid = subs.get(0);
        if (guid == null) {
            if (!broken) {
                issues.error(t38.valueStart(), PaymentError.MISSING_TAG, "38.00");
            }
        } else if (!VietQr.NAPAS_GUID.equals(guid.value())) {
            issues.error(guid.valueStart(), PaymentError.GUID_WRONG, guid.value());
        }
        Element org = subs.get(1);
        if (org == null) {
            if (!broken) {
                issues.error(t38.valueStart(), PaymentError.MISSING_TAG, "38.01");
            }
        } else {
            Tlv.Template ids = Tlv.read(payload, org.valueStart(), org.valueEnd(), "38.01", surrogates, issues);
            boolean orgBroken = ids.broken();
            for (Element e : ids.list()) {
                if (e.tag() > 1) {
                    issues.error(e.start(), PaymentError.SUBTAG_UNEXPECTED, "38.01", e.tagName());
                }
            }
            Element bin = ids.get(0);
            if (bin == null) {
                if (!orgBroken) {
                    issues.error(org.valueStart(), PaymentError.MISSING_TAG, "38.01.00");
                }
            } else if (bin.value().length() != 6 || !Text.isDigits(bin.value())) {
                issues.error(bin.valueStart(), PaymentError.BIN_FORMAT);
            } else {
                f.bin = bin.value();
                f.bank = banks.find(f.bin).orElse(null);
                if (f.bank == null) {
                    issues.warning(bin.valueStart(), PaymentError.BIN_UNKNOWN, f.bin);
                }
            }
            Element id = ids.get(1);
            if (id == null) {
                if (!orgBroken) {
                    issues.error(org.valueStart(), PaymentError.MISSING_TAG, "38.01.01");
                }
            } else if (Tlv.length(id.value()) > 19 || !Text.isAns(id.value())) {
                issues.error(id.valueStart(), PaymentError.BENEFICIARY_FORMAT);
            } else {
                f.beneficiary = id.value();
            }
        }
        Element service = subs.get(2);
        if (service == null && strict && !broken) {
            issues.error(t38.valueStart(), PaymentError.MISSING_TAG, "38.02");
        }
        if (service != null) {
            f.service = service.value();
            switch (service.value()) {
                case "QRIBFTTA", "QRIBFTTC", "QRPUSH", "QRCASH" -> {
                }
                default -> {
                    if (Tlv.length(service.value()) > 10) {
                        issues.error(service.start(), PaymentError.FIELD_TOO_LONG, "38.02",
                                Tlv.length(service.value()), 10);
                    } else {
                        issues.departure(strict, service.valueStart(), PaymentError.SERVICE_UNKNOWN, service.value());
                    }
                }
            }
        }
    }

    /** The GUID (or the ID) of the first merchant account information of another scheme, or null if none. */
    private static String otherScheme(String payload, Tlv.Template root, boolean surrogates) {
        for (Element e : root.list()) {
            int tag = e.tag();
            if (tag >= 2 && tag <= 25) {
                return "ID " + e.tagName();
            }
            if (tag >= 26 && tag <= 51) {
                Issues ignore = new Issues(payload, surrogates);
                Tlv.Template subs = Tlv.read(payload, e.valueStart(), e.valueEnd(), e.tagName(), surrogates, ignore);
                Element guid = subs.get(0);
                return guid == null ? "ID " + e.tagName() : guid.value();
            }
        }
        return null;
    }

    private static BigDecimal amount(Element e, boolean vietQr, Issues issues, boolean strict) {
        String v = e.value();
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits <= 0 || dots > 1 || v.length() > 13) {
            issues.error(e.valueStart(), PaymentError.AMOUNT_FORMAT, v);
            return null;
        }
        BigDecimal amount = new BigDecimal(v.endsWith(".") ? v.substring(0, v.length() - 1) : v);
        if (dots > 0 && vietQr) {
            // VND has no minor unit: the builder never writes a decimal point, "100.00" included
            issues.departure(strict, e.valueStart(), PaymentError.AMOUNT_DECIMALS, v);
        }
        if (amount.signum() == 0) {
            issues.departure(strict, e.valueStart(), PaymentError.AMOUNT_ZERO);
        } else if (vietQr) {
            if (amount.compareTo(VietQrWriter.NAPAS247_LIMIT) >= 0) {
                issues.warning(e.valueStart(), PaymentError.AMOUNT_OVER_LIMIT, amount.toPlainString());
            }
        }
        return amount;
    }

    private static String ansValue(Element e, boolean vietQr, Issues issues, boolean strict) {
        if (e == null) {
            return null;
        }
        if (vietQr && !Text.isAns(e.value())) {
            issues.departure(strict, e.valueStart(), PaymentError.NON_ASCII, e.tagName());
        }
        return e.value();
    }

    /** 56 only with 55=02 and 57 only with 55=03 (EMVCo 4.7.5): warnings, as bank apps accept them. */
    private static void fees(Tlv.Template root, Issues issues, boolean strict) {
        Element tip = root.get(55);
        Element fixed = root.get(56);
        Element pct = root.get(57);
        String indicator = tip == null ? null : tip.value();
        if (fixed != null && !"02".equals(indicator)) {
            issues.departure(strict, fixed.start(), PaymentError.FEE_INCONSISTENT, "56 without 55=02");
        }
        if (pct != null && !"03".equals(indicator)) {
            issues.departure(strict, pct.start(), PaymentError.FEE_INCONSISTENT, "57 without 55=03");
        }
        if ("02".equals(indicator) && fixed == null) {
            issues.departure(strict, tip.start(), PaymentError.FEE_INCONSISTENT, "55=02 without 56");
        }
        if ("03".equals(indicator) && pct == null) {
            issues.departure(strict, tip.start(), PaymentError.FEE_INCONSISTENT, "55=03 without 57");
        }
        if (indicator != null && !indicator.equals("01") && !indicator.equals("02") && !indicator.equals("03")) {
            issues.departure(strict, tip.valueStart(), PaymentError.FEE_INCONSISTENT, "55=" + indicator);
        }
    }
}
