package vn.emr.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.emr.core.code.Catalogues;
import vn.emr.core.history.RecordHistory;
import vn.emr.core.identity.CccdQr;
import vn.emr.core.json.EmrJson;
import vn.emr.core.json.EmrXml;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Patient;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.RecordValidator;
import vn.emr.core.validation.ValidationReport;
import vn.emr.payment.BankTransfer;
import vn.emr.payment.Bill;
import vn.emr.payment.Reconciler;
import vn.emr.payment.Reconciliation;
import vn.emr.payment.VietQr;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SignatureResult;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlSigner;
import vn.emr.signature.XmlVerifier;

/**
 * An outpatient visit end to end, the way a hospital system embeds the SDK: check-in from the chip ID card's QR text,
 * the medical record, validation, a correction kept as a new version, the facility's signature and its strict
 * verification, the hospital-fee bill as a VietQR code, and the bank's transfer notification matched to the bill.
 *
 * <p>The build runs it as a test ({@code OutpatientVisitExampleTest}); run {@code main} from an IDE to see it talk.
 */
public final class OutpatientVisitExample {

    /** What the scenario produced, for the caller (and the test) to check. */
    public record Outcome(ValidationReport validation, RecordHistory history, VerificationResult signature,
            VietQr paymentCode, Reconciliation payment) {
    }

    private OutpatientVisitExample() {
    }

    /** Runs the visit and prints what happens. */
    public static void main(String[] args) {
        Outcome o = run();
        System.out.println("validation: " + o.validation());
        System.out.println("history: " + o.history() + ", chain intact: " + o.history().verifyChain().isValid());
        System.out.println("signature: " + o.signature().outcome()
                + (o.signature().valid() ? "" : " " + o.signature().errors()) + ", covers "
                + o.signature().signatures().stream().map(SignatureResult::signedElement).toList());
        System.out.println("VietQR: " + o.paymentCode().payload());
        System.out.println("payment: " + o.payment().outcome());
    }

    /** The scenario. */
    public static Outcome run() {
        // 1. Check-in: the text a QR scanner returns from the chip ID card (fictitious card).
        CccdQr card = CccdQr.parse("001090123456|012345678|Nguyễn Văn An|01011990|Nam|"
                + "Số 1, Phường Bến Nghé, TP. Hồ Chí Minh|15042021");
        Patient patient = Patient.builder().citizenId(card.id().value()).fullName(card.name())
                .birthDate(card.birthDate()).sex(card.sex()).address(card.address())
                .insuranceCardNumber("DN4010120878811").build();

        // 2. The record of the visit, validated with the ICD-10 catalogue (the bundled subset here).
        MedicalRecord record = SampleRecords.outpatient(patient);
        ValidationReport validation = RecordValidator.withIcd10Catalogue(Catalogues.bundledIcd10()).validate(record);
        validation.orThrow();

        // 3. History: a correction is a new version with author and reason; nothing is overwritten.
        LocalDateTime created = record.createdAt();
        MedicalRecord corrected = record.toBuilder().encounter(record.encounter().toBuilder()
                .reasonForVisit("Sốt, ho, đau họng 3 ngày").build()).build();
        RecordHistory history = RecordHistory.start(record, "001234/HCM-CCHN", created)
                .amend(corrected, "001234/HCM-CCHN", "Bổ sung lý do khám", created.plusMinutes(30));

        // 4. The facility signs the record (its XML form); the receiver verifies strictly against its trust anchor.
        DemoCredentials facility = DemoCredentials.generate();
        byte[] signed = XmlSigner.of(SignatureProfile.ENVELOPED).sign(EmrXml.write(history.current()),
                facility.signingKey());
        VerificationResult signature = XmlVerifier.strict(facility.trustPolicy())
                .withProfile(SignatureProfile.ENVELOPED).verify(signed);

        // 5. The bill: total of the lines in VND, a reference carried in the VietQR transfer memo.
        BigDecimal total = corrected.encounter().totalAmount().setScale(0, RoundingMode.HALF_UP);
        Bill bill = Bill.issue(corrected.facility().code(), corrected.encounter().maLk(), total,
                created.toLocalDate().plusDays(7));
        VietQr code = VietQr.builder().bin("970436").account("0011001932418").bill(bill).build();

        // 6. The bank notifies a transfer whose memo the bank app mangled; the reconciler still finds the bill.
        Reconciler reconciler = new Reconciler();
        reconciler.register(bill);
        String memo = "NGUYEN VAN AN chuyen tien " + bill.reference().toString().toLowerCase(java.util.Locale.ROOT);
        Reconciliation payment = reconciler.accept(new BankTransfer("FT26110100001", total, memo,
                OffsetDateTime.of(created.plusHours(1), ZoneOffset.ofHours(7))));

        EmrJson.write(history.current()); // the JSON form hosts store
        return new Outcome(validation, history, signature, code, payment);
    }
}
