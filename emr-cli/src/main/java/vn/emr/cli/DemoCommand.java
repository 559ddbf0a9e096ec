package vn.emr.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.code.Catalogues;
import vn.emr.core.identity.CccdQr;
import vn.emr.core.identity.barcode.QrImages;
import vn.emr.core.json.EmrJson;
import vn.emr.core.json.EmrXml;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Patient;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.RecordValidator;
import vn.emr.core.validation.ValidationReport;
import vn.emr.payment.Bill;
import vn.emr.payment.VietQr;
import vn.emr.payment.render.VietQrRenderer;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlSigner;
import vn.emr.signature.XmlVerifier;

/**
 * {@code emr demo [--out DIR]}: the integrator's first run, with no configuration. Renders a (fictitious) chip-card
 * QR image, reads the patient back from it, builds an outpatient encounter, validates it, writes the record JSON,
 * signs the record's XML form with a demo facility key it generates, verifies the signature strictly, issues a bill
 * and writes its VietQR code.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "End-to-end demo: CCCD QR check-in, outpatient record, validation, JSON.")
public final class DemoCommand extends JsonCommand {

    /** The demo's tender of drugs (TT_THAU: decision number, package, group, year). */
    static final String DEMO_DRUG_TENDER = "123/QĐ-SYT;G1;N4;2025";
    /** The demo's tender of supplies. */
    static final String DEMO_SUPPLY_TENDER = "45/QĐ-SYT;G2;N0;2025";

    /** The fictitious chip-card QR the demo renders (consistent ID: Hà Nội, male, born 1990). */
    static final String DEMO_CCCD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|"
            + "Số 1, Phường Bến Nghé, TP. Hồ Chí Minh|15042021";

    /** The password of the demo PKCS#12 file the demo writes (demo only: never use it for a real key). */
    static final String DEMO_PASSWORD = "demo";

    /** The demo beneficiary bank BIN (Vietcombank in the NAPAS list) and a fictitious account number. */
    static final String DEMO_BIN = "970436";
    static final String DEMO_ACCOUNT = "0011001932418";

    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR", description = "Output folder (demo-out).")
    Path out;

    @Override
    protected int execute() {
        List<String> files = new ArrayList<>();
        List<String> steps = new ArrayList<>();

        // 1. Check-in: the patient's chip card QR, as a camera or scanner would see it.
        Path qrImage = out.resolve("cccd-qr.png");
        QrImages.writePng(DEMO_CCCD, 360, qrImage);
        files.add(qrImage.toString());
        CccdQr card = CccdQr.fromImage(qrImage);
        steps.add("checked in from the CCCD QR image (" + card.warnings().size() + " warnings)");

        // 2. The record: an outpatient examination for that patient.
        Patient patient = SampleRecords.patient().toBuilder().citizenId(card.id().value()).fullName(card.name())
                .birthDate(card.birthDate()).sex(card.sex()).address(card.address()).build();
        MedicalRecord record = SampleRecords.outpatient(patient);

        // 3. Validate, then write the documented JSON form.
        ValidationReport report = RecordValidator.withIcd10Catalogue(Catalogues.bundledIcd10()).validate(record);
        Path recordJson = out.resolve("record.json");
        CliFiles.writeAtomically(recordJson, EmrJson.writePretty(record).getBytes(StandardCharsets.UTF_8));
        files.add(recordJson.toString());
        steps.add("validated the record: " + (report.isValid() ? "valid" : "INVALID") + ", "
                + report.warnings().size() + " warnings");

        // 4. Sign the record (XML form) with a demo facility key made on the spot, then verify it strictly.
        DemoCredentials demo = DemoCredentials.generate();
        Path p12 = out.resolve("demo-facility.p12");
        Path caPem = out.resolve("demo-ca.pem");
        demo.writePkcs12(p12, DEMO_PASSWORD.toCharArray());
        demo.writeCaPem(caPem);
        byte[] unsigned = EmrXml.write(record);
        Path recordXml = out.resolve("record.xml");
        CliFiles.writeAtomically(recordXml, unsigned);
        byte[] signed = XmlSigner.of(SignatureProfile.ENVELOPED).sign(unsigned, demo.signingKey());
        Path signedXml = out.resolve("record.signed.xml");
        CliFiles.writeAtomically(signedXml, signed);
        VerificationResult verified = XmlVerifier.strict(demo.trustPolicy()).withProfile(SignatureProfile.ENVELOPED)
                .verify(signed);
        files.add(recordXml.toString());
        files.add(p12.toString());
        files.add(caPem.toString());
        files.add(signedXml.toString());
        steps.add("signed the record with the demo facility key and verified it: "
                + (verified.valid() ? "valid" : "INVALID " + verified.errors()));

        // 5. The visit's claims file for the assessment portal (GIAMDINHHS, CHUKYDONVI) and its check-in file (XML0),
        //    both signed by the facility and verified.
        // the visit has a follow-up appointment, whose paper (XML14) needs a number, a date and the head of facility's
        // social-insurance code that the record does not hold: demo values
        // the tender each drug and supply was bought under (TT_THAU), from the facility's price list: demo values
        // (and, below 15 % of the base salary, the visit is paid in full: claims.md §3.1)
        vn.emr.claims.mapping.ClaimTerms terms = vn.emr.claims.mapping.ClaimTerms.builder().beneficiaryCode("1.1")
                .lowCostRule(vn.emr.claims.money.BaseSalary.known())
                .drugTerms(line -> vn.emr.claims.mapping.LineTerms.inScope(4).withTender(DEMO_DRUG_TENDER))
                .supplyTerms(line -> vn.emr.claims.mapping.LineTerms.inScope(10).withTender(DEMO_SUPPLY_TENDER))
                .papers(vn.emr.claims.mapping.PaperTerms.builder().appointmentPaperNumber("DEMO-HKL-0001")
                        .appointmentPaperDate(record.encounter().admittedAt().toLocalDate())
                        .headOfFacilityCode("7900000001").build())
                .build();
        byte[] claims = vn.emr.claims.envelope.ClaimsEnvelope.of(record.facility().code(),
                record.encounter().admittedAt().toLocalDate(),
                java.util.List.of(vn.emr.claims.mapping.ClaimMapping.episode(record, terms))).sign(demo.signingKey());
        Path claimsXml = out.resolve("claims.xml");
        CliFiles.writeAtomically(claimsXml, claims);
        // the same paper values in the form `emr claims build --papers` reads
        Path papersJson = out.resolve("papers.json");
        CliFiles.writeAtomically(papersJson, ("{\"" + record.encounter().maLk() + "\": {\"appointmentPaperNumber\": "
                + "\"DEMO-HKL-0001\", \"appointmentPaperDate\": \"" + record.encounter().admittedAt().toLocalDate()
                + "\", \"headOfFacilityCode\": \"7900000001\"}}\n").getBytes(StandardCharsets.UTF_8));
        files.add(papersJson.toString());
        // ... and the tenders in the form `emr claims build --tenders` reads
        StringBuilder tenderJson = new StringBuilder("{");
        record.encounter().medications().stream().map(m -> m.drugCode()).distinct()
                .forEach(c -> tenderJson.append(tenderJson.length() > 1 ? ", " : "").append('"').append(c)
                        .append("\": \"").append(DEMO_DRUG_TENDER).append('"'));
        record.encounter().supplies().stream().map(v -> v.supplyCode()).distinct()
                .forEach(c -> tenderJson.append(tenderJson.length() > 1 ? ", " : "").append('"').append(c)
                        .append("\": \"").append(DEMO_SUPPLY_TENDER).append('"'));
        Path tendersJson = out.resolve("tenders.json");
        CliFiles.writeAtomically(tendersJson, tenderJson.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
        files.add(tendersJson.toString());
        byte[] checkIn = vn.emr.claims.envelope.CheckInDocument.sign(
                java.util.List.of(vn.emr.claims.mapping.ClaimMapping.checkIn(record, terms)), demo.signingKey());
        Path checkInXml = out.resolve("checkin.xml");
        CliFiles.writeAtomically(checkInXml, checkIn);
        VerificationResult claimsVerified = XmlVerifier.strict(demo.trustPolicy())
                .withProfile(SignatureProfile.CHUKYDONVI).verify(claims);
        VerificationResult checkInVerified = XmlVerifier.strict(demo.trustPolicy()).verify(checkIn);
        files.add(claimsXml.toString());
        files.add(checkInXml.toString());
        steps.add("wrote the signed claims file (XML1-XML4, XML14) and check-in file and verified them: "
                + (claimsVerified.valid() && checkInVerified.valid() ? "valid" : "INVALID"));
        // ... and checked both as the portal and the assessors do (the facility signature included)
        // the bundled ICD-10 subset (demo only: a vendor plugs in the official lists) lets the ICD-10 rules run too
        vn.emr.claims.check.ClaimsChecker checker = vn.emr.claims.check.ClaimsChecker.builder()
                .trust(demo.trustPolicy()).catalogues(vn.emr.claims.check.ClaimsCatalogues.none().with(
                        vn.emr.claims.check.ClaimsCatalogues.Kind.ICD10, Catalogues.bundledIcd10())).build();
        vn.emr.claims.check.ClaimsReport claimsCheck = vn.emr.claims.check.ClaimsReport.merge(java.util.List.of(
                checker.check(claimsXml), checker.check(checkInXml)));
        long claimsErrors = claimsCheck.issues().stream()
                .filter(i -> i.severity() == vn.emr.core.Severity.ERROR).count();
        steps.add("checked both files against " + vn.emr.claims.check.ClaimsChecker.rules().size() + " claims rules: "
                + claimsErrors + " error(s), " + (claimsCheck.issues().size() - claimsErrors) + " warning(s)"
                + (claimsCheck.skippedRules().isEmpty() ? ""
                        : ", " + claimsCheck.skippedRules().size() + " rule(s) skipped without their catalogue"));

        // 6. Bill the visit and print its VietQR code: the bill reference rides in the transfer memo for reconciliation.
        BigDecimal total = record.encounter().totalAmount().setScale(0, RoundingMode.HALF_UP);
        Bill bill = Bill.issue(record.facility().code(), record.encounter().maLk(), total,
                record.encounter().admittedAt().toLocalDate().plusDays(7));
        VietQr qr = VietQr.builder().bin(DEMO_BIN).account(DEMO_ACCOUNT).bill(bill).build();
        Path qrPng = out.resolve("bill-qr.png");
        Path qrText = out.resolve("bill-qr.txt");
        VietQrRenderer.writePng(qr, VietQrRenderer.DEFAULT_SIZE, qrPng);
        CliFiles.writeAtomically(qrText, (qr.payload() + "\n").getBytes(StandardCharsets.US_ASCII));
        files.add(qrPng.toString());
        files.add(qrText.toString());
        steps.add("issued bill " + bill.reference() + " for " + total.toPlainString() + " VND and wrote its VietQR");

        boolean ok = report.isValid() && verified.valid() && claimsVerified.valid() && checkInVerified.valid()
                && !claimsCheck.hasErrors();
        if (json()) {
            Map<String, Object> o = CliJson.object();
            o.put("valid", ok);
            o.put("signatureValid", verified.valid());
            o.put("maLk", record.encounter().maLk());
            o.put("billReference", bill.reference().toString());
            o.put("amount", total.toPlainString());
            o.put("vietqr", qr.payload());
            Map<String, Object> check = CliJson.object();
            check.put("episodes", claimsCheck.episodes());
            check.put("errors", claimsErrors);
            check.put("warnings", claimsCheck.issues().size() - claimsErrors);
            check.put("rules", claimsCheck.issues().stream().map(vn.emr.claims.check.ClaimsIssue::rule).distinct()
                    .toList());
            check.put("skippedRules", List.copyOf(claimsCheck.skippedRules()));
            o.put("claimsCheck", check);
            o.put("steps", steps);
            o.put("files", files);
            o.put("errors", CliJson.issues(report.errors(), locale(), true));
            o.put("warnings", CliJson.issues(report.warnings(), locale(), true));
            printJson(o);
        } else {
            out().println("emr demo: output in " + out.toAbsolutePath());
            steps.forEach(s -> out().println("  - " + s));
            files.forEach(f -> out().println("  wrote " + f));
            out().println("  (demo-facility.p12 password: " + DEMO_PASSWORD + "; verify with: emr verify --trust "
                    + caPem + " " + signedXml + ")");
            report.issues().forEach(i -> out().println("  " + describe(i)));
            boolean en = vn.emr.core.Languages.isEnglish(locale());
            claimsCheck.issues().forEach(i -> out().println("  " + i.file() + ": " + i.severity() + " " + i.rule() + " "
                    + i.path() + ": " + (en ? i.messageEn() : i.message())));
        }
        return ok ? EmrCli.OK : EmrCli.INVALID;
    }
}
