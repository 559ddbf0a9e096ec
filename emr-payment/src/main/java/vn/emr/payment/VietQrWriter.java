package vn.emr.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.payment.internal.Crc16;
import vn.emr.payment.internal.Text;
import vn.emr.payment.internal.Tlv;

/** Writes a VietQR payload from a builder, refusing what the NAPAS and EMVCo rules forbid. */
final class VietQrWriter {

    /** NAPAS spec §8.1.1: one NAPAS247 transfer must be under 500 million VND. */
    static final BigDecimal NAPAS247_LIMIT = BigDecimal.valueOf(500_000_000L);

    private VietQrWriter() {
    }

    static VietQr build(VietQr.Builder b) {
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        if (b.bin == null || b.bin.isEmpty()) {
            errors.add(Issue.error("bin", PaymentError.REQUIRED, "bin"));
        } else if (b.bin.length() != 6 || !Text.isDigits(b.bin)) {
            errors.add(Issue.error("bin", PaymentError.BIN_FORMAT));
        }
        String beneficiary = null;
        String service = null;
        boolean hasAccount = b.account != null && !b.account.isEmpty();
        boolean hasCard = b.card != null && !b.card.isEmpty();
        if (hasAccount && hasCard) {
            errors.add(Issue.error("account", PaymentError.ACCOUNT_AND_CARD));
        } else if (hasAccount) {
            if (b.account.length() > 19 || !Text.isAns(b.account) || b.account.isBlank()) {
                errors.add(Issue.error("account", PaymentError.BENEFICIARY_FORMAT));
            }
            beneficiary = b.account;
            service = VietQr.SERVICE_TO_ACCOUNT;
        } else if (hasCard) {
            if (b.card.length() > 19 || !Text.isDigits(b.card)) {
                errors.add(Issue.error("card", PaymentError.CARD_FORMAT));
            }
            beneficiary = b.card;
            service = VietQr.SERVICE_TO_CARD;
        } else {
            errors.add(Issue.error("account", PaymentError.REQUIRED, "account | card"));
        }
        String amountText = null;
        if (b.amount != null) {
            BigDecimal a = b.amount.stripTrailingZeros();
            if (a.signum() <= 0 || a.scale() > 0 || a.precision() - a.scale() > 13) {
                errors.add(Issue.error("amount", PaymentError.AMOUNT_INVALID));
            } else {
                amountText = a.toPlainString();
                if (a.compareTo(NAPAS247_LIMIT) >= 0) {
                    warnings.add(Issue.warning("amount", PaymentError.AMOUNT_OVER_LIMIT, amountText));
                }
            }
        }
        Map<String, String> data = new LinkedHashMap<>();
        text(data, "01", "billNumber", b.billNumber, false, errors, warnings);
        text(data, "05", "reference", b.reference, false, errors, warnings);
        text(data, "07", "terminal", b.terminal, false, errors, warnings);
        text(data, "08", "purpose", b.purpose, true, errors, warnings);
        int dataLength = 0;
        for (String v : data.values()) {
            dataLength += 4 + v.length();
        }
        if (dataLength > 99) {
            errors.add(Issue.error("purpose", PaymentError.ADDITIONAL_DATA_TOO_LONG, dataLength));
        }
        if (!errors.isEmpty()) {
            errors.addAll(warnings);
            throw new EmrException(errors);
        }

        StringBuilder out = new StringBuilder(160);
        PointOfInitiation poi = amountText == null ? PointOfInitiation.STATIC : PointOfInitiation.DYNAMIC;
        out.append("0002010102").append(poi.code());
        StringBuilder org = new StringBuilder(32);
        Tlv.write(org, "00", b.bin);
        Tlv.write(org, "01", beneficiary);
        StringBuilder t38 = new StringBuilder(64);
        Tlv.write(t38, "00", VietQr.NAPAS_GUID);
        Tlv.write(t38, "01", org.toString());
        Tlv.write(t38, "02", service);
        Tlv.write(out, "38", t38.toString());
        out.append("5303704");
        if (amountText != null) {
            Tlv.write(out, "54", amountText);
        }
        out.append("5802VN");
        if (!data.isEmpty()) {
            StringBuilder t62 = new StringBuilder(dataLength);
            for (Map.Entry<String, String> e : data.entrySet()) {
                Tlv.write(t62, e.getKey(), e.getValue());
            }
            Tlv.write(out, "62", t62.toString());
        }
        out.append("6304");
        int crc = Crc16.of(out, out.length());
        Crc16.appendHex(out, crc);
        // every part is ASCII and bounded (38 <= 57, 62 <= 103, fixed parts 33): at most ~230 characters < 512

        BankDirectory banks = b.banks;
        Bank bank = banks.find(b.bin).orElse(null);
        if (bank == null) {
            warnings.add(0, Issue.warning("bin", PaymentError.BIN_UNKNOWN, b.bin));
        }
        VietQr.Fields f = new VietQr.Fields();
        f.payload = out.toString();
        f.pointOfInitiation = poi;
        f.bin = b.bin;
        f.bank = bank;
        f.beneficiary = beneficiary;
        f.service = service;
        f.currency = "704";
        f.amount = amountText == null ? null : new BigDecimal(amountText);
        f.country = "VN";
        f.additionalData = data;
        f.crc = f.payload.substring(f.payload.length() - 4);
        f.warnings = warnings;
        return new VietQr(f);
    }

    private static void text(Map<String, String> data, String tag, String field, String value, boolean fold,
            List<Issue> errors, List<Issue> warnings) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String v = value;
        if (fold && !Text.isAns(v)) {
            v = Text.foldVietnamese(v);
            if (Text.isAns(v)) {
                warnings.add(Issue.warning(field, PaymentError.TRANSLITERATED, field));
            }
        }
        if (!Text.isAns(v)) {
            errors.add(Issue.error(field, PaymentError.TEXT_NOT_ASCII, field));
            return;
        }
        if (v.isEmpty()) {
            // e.g. combining marks only: a zero-length 62 sub-object is not allowed (EMVCo 4.1), so refuse
            warnings.removeIf(w -> w.code() == PaymentError.TRANSLITERATED && w.path().equals(field));
            errors.add(Issue.error(field, PaymentError.TEXT_EMPTY, field));
            return;
        }
        if (v.length() > 25) {
            errors.add(Issue.error(field, PaymentError.FIELD_TOO_LONG, field, v.length(), 25));
            return;
        }
        data.put(tag, v);
    }
}
