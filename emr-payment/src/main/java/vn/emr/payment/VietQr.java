package vn.emr.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/**
 * A NAPAS VietQR code: the NAPAS profile ("Tài liệu quy định về định dạng mã VietQR", v1.0, 09/2021) of the EMVCo
 * merchant-presented QR (MPM v1.1). It carries the beneficiary bank's BIN and account or card number (template 38,
 * GUID {@code A000000727}), the service ({@code QRIBFTTA} to an account, {@code QRIBFTTC} to a card), an optional
 * amount in VND, and the additional data of template 62 (bill number, reference, terminal, purpose = transfer memo).
 *
 * <p>Immutable. Made by {@link #parse(String)} (which reports every fault with a code and a character position) or by
 * {@link #builder()} (which refuses what the specification forbids). {@link #payload()} is the exact text to put in
 * the QR symbol. Two values are equal when their fields are equal; warnings and the raw payload do not take part.
 * {@link #toString()} masks the account or card number.
 */
public final class VietQr {

    /** The NAPAS application identifier in tag 38.00. */
    public static final String NAPAS_GUID = "A000000727";
    /** Service code: NAPAS247 transfer to an account. */
    public static final String SERVICE_TO_ACCOUNT = "QRIBFTTA";
    /** Service code: NAPAS247 transfer to a card. */
    public static final String SERVICE_TO_CARD = "QRIBFTTC";
    /** The longest payload EMVCo allows, in characters. */
    public static final int MAX_PAYLOAD = 512;

    final String payload;
    final PointOfInitiation pointOfInitiation;
    final String bin;
    final Bank bank;
    final String beneficiary;
    final String service;
    final String merchantCategoryCode;
    final String currency;
    final BigDecimal amount;
    final String country;
    final String merchantName;
    final String merchantCity;
    final String billNumber;
    final String reference;
    final String terminal;
    final String purpose;
    final Map<String, String> additionalData;
    final String crc;
    final List<Issue> warnings;

    VietQr(Fields f) {
        this.payload = f.payload;
        this.pointOfInitiation = f.pointOfInitiation;
        this.bin = f.bin;
        this.bank = f.bank;
        this.beneficiary = f.beneficiary;
        this.service = f.service;
        this.merchantCategoryCode = f.merchantCategoryCode;
        this.currency = f.currency;
        this.amount = f.amount;
        this.country = f.country;
        this.merchantName = f.merchantName;
        this.merchantCity = f.merchantCity;
        // the parser and the writer hand over a fresh map they no longer touch
        this.additionalData = f.additionalData == null ? Map.of()
                : java.util.Collections.unmodifiableMap(f.additionalData);
        this.billNumber = this.additionalData.get("01");
        this.reference = this.additionalData.get("05");
        this.terminal = this.additionalData.get("07");
        this.purpose = this.additionalData.get("08");
        this.crc = f.crc;
        this.warnings = f.warnings == null ? List.of() : List.copyOf(f.warnings);
    }

    /** The mutable field holder the parser and the builder fill (package-private). */
    static final class Fields {
        String payload;
        PointOfInitiation pointOfInitiation;
        String bin;
        Bank bank;
        String beneficiary;
        String service;
        String merchantCategoryCode;
        String currency;
        BigDecimal amount;
        String country;
        String merchantName;
        String merchantCity;
        Map<String, String> additionalData;
        String crc;
        List<Issue> warnings;
    }

    /**
     * Parses a VietQR payload with the bundled bank list.
     *
     * @throws EmrException with every fault found ({@link EmrException#issues()}: errors first, then warnings); each
     *     issue's path is the 0-based character position of the fault. A well-formed EMV QR of another scheme
     *     (VNPAY-QR, PIX, ...) fails with {@link PaymentError#NOT_VIETQR}.
     */
    public static VietQr parse(String payload) {
        return parse(payload, BankDirectory.standard(), VietQrParsePolicy.LENIENT);
    }

    /** Parses a VietQR payload, checking the BIN against the given bank list (an unknown BIN is a warning). */
    public static VietQr parse(String payload, BankDirectory banks) {
        return parse(payload, banks, VietQrParsePolicy.LENIENT);
    }

    /** Parses a VietQR payload with the bundled bank list under the policy ({@link VietQrParsePolicy#STRICT} refuses
     * what {@link VietQrParsePolicy#LENIENT} accepts with a warning). */
    public static VietQr parse(String payload, VietQrParsePolicy policy) {
        return parse(payload, BankDirectory.standard(), policy);
    }

    /** Parses a VietQR payload with the given bank list under the policy. */
    public static VietQr parse(String payload, BankDirectory banks, VietQrParsePolicy policy) {
        return VietQrParser.parse(payload, Objects.requireNonNull(banks, "banks"),
                Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Reads an amount in VND as typed by a person or a form: ASCII digits 0-9 only, 1 to 13 of them. Refused with
     * {@link PaymentError#AMOUNT_NOT_DIGITS}: thousands separators ({@code 100.000} is one hundred thousand in
     * Vietnamese, so a dot is never taken as a decimal point), decimal points and commas, spaces, signs, exponents and
     * non-ASCII digits ({@code １０００}, {@code ١٢٣}). VND has no minor unit in VietQR, so there is no fraction to
     * write; zero passes here and is refused by {@link Builder#build()}.
     *
     * @throws EmrException {@link PaymentError#AMOUNT_NOT_DIGITS} (path {@code amount}), the message saying why
     */
    public static BigDecimal parseAmount(String text) {
        if (text == null || text.isEmpty() || text.length() > 13) {
            throw new EmrException(PaymentError.AMOUNT_NOT_DIGITS, "amount");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new EmrException(PaymentError.AMOUNT_NOT_DIGITS, "amount");
            }
        }
        return new BigDecimal(text);
    }

    /** A builder of a new VietQR code. */
    public static Builder builder() {
        return new Builder();
    }

    /** The exact text of the QR symbol, CRC included. */
    public String payload() {
        return payload;
    }

    /** Static ({@code 11}) or dynamic ({@code 12}); empty when the payload leaves ID 01 out. */
    public Optional<PointOfInitiation> pointOfInitiation() {
        return Optional.ofNullable(pointOfInitiation);
    }

    /** Whether the code is dynamic ({@code 010212}). */
    public boolean isDynamic() {
        return pointOfInitiation == PointOfInitiation.DYNAMIC;
    }

    /** The beneficiary bank's 6-digit BIN (tag 38.01.00). */
    public String bin() {
        return bin;
    }

    /** The beneficiary bank, when the BIN is in the bank list used. */
    public Optional<Bank> bank() {
        return Optional.ofNullable(bank);
    }

    /** The beneficiary ID of tag 38.01.01 as written: an account, card or merchant number. */
    public String beneficiaryId() {
        return beneficiary;
    }

    /** The account number, unless the service is {@code QRIBFTTC} (to a card). */
    public Optional<String> account() {
        return SERVICE_TO_CARD.equals(service) ? Optional.empty() : Optional.of(beneficiary);
    }

    /** The card number, when the service is {@code QRIBFTTC}. */
    public Optional<String> card() {
        return SERVICE_TO_CARD.equals(service) ? Optional.of(beneficiary) : Optional.empty();
    }

    /** The service code of tag 38.02 ({@code QRIBFTTA}, {@code QRIBFTTC}, {@code QRPUSH}, {@code QRCASH}). */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    /** The merchant category code (ID 52), e.g. {@code 8062} hospitals. */
    public Optional<String> merchantCategoryCode() {
        return Optional.ofNullable(merchantCategoryCode);
    }

    /** The ISO 4217 numeric currency (ID 53), {@code 704} for VND. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** The amount (ID 54); empty when the payer types it. */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /** The country (ID 58), {@code VN}. */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /** The merchant name (ID 59). */
    public Optional<String> merchantName() {
        return Optional.ofNullable(merchantName);
    }

    /** The merchant city (ID 60). */
    public Optional<String> merchantCity() {
        return Optional.ofNullable(merchantCity);
    }

    /** The bill number (ID 62.01). */
    public Optional<String> billNumber() {
        return Optional.ofNullable(billNumber);
    }

    /** The reference label (ID 62.05). */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /** The terminal label (ID 62.07). */
    public Optional<String> terminal() {
        return Optional.ofNullable(terminal);
    }

    /** The purpose of transaction (ID 62.08): the transfer memo bank apps prefill. */
    public Optional<String> purpose() {
        return Optional.ofNullable(purpose);
    }

    /** Every sub-object of template 62 by its 2-digit ID, unknown ones included, in payload order. */
    public Map<String, String> additionalData() {
        return additionalData;
    }

    /** The CRC as written in the payload (4 hex digits). */
    public String crc() {
        return crc;
    }

    /** What was accepted but deserves a look (lower-case CRC, unknown BIN, transliterated purpose, ...); under
     * {@link VietQrParsePolicy#LENIENT} also every departure it accepted. */
    public List<Issue> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VietQr)) {
            return false;
        }
        VietQr v = (VietQr) o;
        return pointOfInitiation == v.pointOfInitiation && bin.equals(v.bin) && beneficiary.equals(v.beneficiary)
                && Objects.equals(service, v.service) && Objects.equals(merchantCategoryCode, v.merchantCategoryCode)
                && Objects.equals(currency, v.currency)
                && (amount == null ? v.amount == null : v.amount != null && amount.compareTo(v.amount) == 0)
                && Objects.equals(country, v.country) && Objects.equals(merchantName, v.merchantName)
                && Objects.equals(merchantCity, v.merchantCity) && additionalData.equals(v.additionalData)
                && crc.equalsIgnoreCase(v.crc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointOfInitiation, bin, beneficiary, service, currency, country, additionalData,
                amount == null ? null : amount.stripTrailingZeros());
    }

    /** A summary without the account or card number (masked to its last 4 characters) and without free texts. */
    @Override
    public String toString() {
        String b = beneficiary.length() <= 4 ? "****" : "****" + beneficiary.substring(beneficiary.length() - 4);
        return "VietQr[" + (pointOfInitiation == null ? "?" : pointOfInitiation) + ", bin=" + bin + ", "
                + (service == null ? "" : service + " ") + b
                + (amount == null ? "" : ", amount=" + amount.toPlainString()) + ", crc=" + crc + "]";
    }

    /**
     * Builds a VietQR code. The point of initiation follows the amount: dynamic ({@code 12}) with an amount, static
     * ({@code 11}) without. Currency 704 and country VN are always written. Texts of template 62 must be printable
     * ASCII of at most 25 characters; the purpose (memo) is first transliterated from Vietnamese ({@code đ}→{@code d},
     * diacritics removed), which the result reports as a {@link PaymentError#TRANSLITERATED} warning; a purpose left
     * empty by that ({@link PaymentError#TEXT_EMPTY}) is refused. The amount is a positive whole number of VND: zero
     * and fractions are refused ({@link PaymentError#AMOUNT_INVALID}); {@code 100.00} is written {@code 100}. What the
     * builder writes, {@link VietQr#parse(String, VietQrParsePolicy)} accepts under both policies.
     */
    public static final class Builder {
        String bin;
        String account;
        String card;
        BigDecimal amount;
        String purpose;
        String billNumber;
        String reference;
        String terminal;
        BankDirectory banks = BankDirectory.standard();

        Builder() {
        }

        /** The beneficiary bank's 6-digit BIN. */
        public Builder bin(String bin) {
            this.bin = bin;
            return this;
        }

        /** The beneficiary's account number (service {@code QRIBFTTA}); exclusive with {@link #card}. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** The beneficiary's card number (service {@code QRIBFTTC}); exclusive with {@link #account}. */
        public Builder card(String card) {
            this.card = card;
            return this;
        }

        /** The amount in VND (a positive whole number); makes the code dynamic. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** The amount in VND (positive); makes the code dynamic. */
        public Builder amount(long amount) {
            return amount(BigDecimal.valueOf(amount));
        }

        /** The purpose of transaction (62.08), the transfer memo; Vietnamese is transliterated to ASCII. */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /** The bill number (62.01). */
        public Builder billNumber(String billNumber) {
            this.billNumber = billNumber;
            return this;
        }

        /** The reference label (62.05). */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /** The terminal label (62.07), e.g. the cashier desk. */
        public Builder terminal(String terminal) {
            this.terminal = terminal;
            return this;
        }

        /**
         * Fills amount, bill number and purpose from a hospital bill: the bill's reference goes in the purpose
         * (what bank apps copy into the transfer memo) and in the bill number, so a {@link Reconciler} finds it.
         */
        public Builder bill(Bill bill) {
            Objects.requireNonNull(bill, "bill");
            this.amount = bill.amount();
            this.billNumber = bill.reference().value();
            this.purpose = bill.reference().value();
            return this;
        }

        /** The bank list the BIN is checked against (an unknown BIN is a warning); the bundled list by default. */
        public Builder banks(BankDirectory banks) {
            this.banks = Objects.requireNonNull(banks, "banks");
            return this;
        }

        /**
         * Builds the code.
         *
         * @throws EmrException with every fault, each issue's path naming the builder field
         */
        public VietQr build() {
            return VietQrWriter.build(this);
        }
    }
}
