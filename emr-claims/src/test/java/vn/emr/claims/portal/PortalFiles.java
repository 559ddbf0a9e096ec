package vn.emr.claims.portal;

import java.time.LocalDate;
import java.util.List;
import vn.emr.claims.envelope.CheckInDocument;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.mapping.ClaimTerms;
import vn.emr.claims.mapping.LineTerms;
import vn.emr.claims.mapping.PaperTerms;
import vn.emr.claims.money.BaseSalary;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;

/** Signed claims and check-in files of the sample outpatient visit (synthetic data), made with test keys. */
final class PortalFiles {

    static final DemoCredentials DEMO = DemoCredentials.generate();
    static final MedicalRecord VISIT = SampleRecords.outpatient(SampleRecords.patient());

    private PortalFiles() {
    }

    /** Insured 80 %, tenders and the follow-up paper filled in: an episode the claims checks find no error in. */
    static ClaimTerms terms() {
        return ClaimTerms.builder().beneficiaryCode("1.1").lowCostRule(BaseSalary.known())
                .drugTerms(line -> LineTerms.inScope(4).withTender("123/QĐ-SYT;G1;N4;2025"))
                .supplyTerms(line -> LineTerms.inScope(10).withTender("45/QĐ-SYT;G2;N0;2025"))
                .papers(PaperTerms.builder().appointmentPaperNumber("HKL-0001")
                        .appointmentPaperDate(VISIT.encounter().admittedAt().toLocalDate())
                        .headOfFacilityCode("7900000001").build())
                .build();
    }

    /** The envelope; {@code day} (0..) moves NGAYLAP on, so each day gives other bytes. */
    static ClaimsEnvelope envelope(int day) {
        return ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1).plusDays(day),
                List.of(ClaimMapping.episode(VISIT, terms())));
    }

    /** The signed GIAMDINHHS of the day. */
    static byte[] signedClaims(int day) {
        return envelope(day).sign(DEMO.signingKey());
    }

    /** The unsigned GIAMDINHHS. */
    static byte[] unsignedClaims() {
        return envelope(0).write();
    }

    /** The signed check-in document (XML0). */
    static byte[] signedCheckIn() {
        return CheckInDocument.sign(List.of(ClaimMapping.checkIn(VISIT, terms())), DEMO.signingKey());
    }

    /**
     * The journal's entries as a reader sees them (the last line of each SHA-256 wins, in first-seen order), after
     * checking its header: format 2, and at least as many whole lines as the header counts.
     */
    static java.util.List<com.fasterxml.jackson.databind.JsonNode> journalEntries(java.nio.file.Path journal)
            throws java.io.IOException {
        // as the reader does: what follows the last line break (an append on its way, or cut short) is not a line
        String text = java.nio.file.Files.readString(journal);
        java.util.List<String> lines = java.util.List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n"));
        com.fasterxml.jackson.databind.JsonNode header = vn.emr.core.json.EmrJson.reader().readTree(lines.get(0));
        if (!PortalBatch.JOURNAL_FORMAT.equals(header.get("format").asText())
                || lines.size() - 1 < header.get("entries").asInt()) {
            throw new AssertionError("not a whole journal: " + header);
        }
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> bySha = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            com.fasterxml.jackson.databind.JsonNode e = vn.emr.core.json.EmrJson.reader().readTree(line);
            bySha.put(e.get("sha256").asText(), e);
        }
        return java.util.List.copyOf(bySha.values());
    }
}
