package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlSource;

/**
 * Ids cost memory by their number, not their depth: paths are shared parent-linked nodes made into strings on
 * request, and a document may hold at most {@link DocumentScanner#MAX_IDS} Ids ({@link SignatureError#TOO_MANY_IDS}).
 */
class IdLimitsTest {

    /** {@code ids} empty elements with Ids under {@code depth} nested wrappers with 20-character names. */
    static byte[] deep(int depth, int ids) {
        StringBuilder b = new StringBuilder(ids * 24 + depth * 50);
        b.append("<HoSoBenhAn>");
        for (int i = 0; i < depth; i++) {
            b.append(String.format("<PhanTuLongNhau_%05d>", i));
        }
        for (int i = 0; i < ids; i++) {
            b.append("<m Id=\"m").append(i).append("\"/>");
        }
        for (int i = depth - 1; i >= 0; i--) {
            b.append(String.format("</PhanTuLongNhau_%05d>", i));
        }
        b.append("</HoSoBenhAn>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void aQuarterMillionIdsUnderADeepPathAreRefusedWithTheirOwnCode() {
        byte[] xml = deep(200, 250_000);
        assertThat(xml.length).isGreaterThan(4_000_000);
        for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
            VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withParsers(p).verify(xml);
            assertThat(r.valid()).isFalse();
            assertThat(r.hasError(SignatureError.TOO_MANY_IDS)).as("%s", r.errors()).isTrue();
            assertThat(r.errors().get(0).message()).contains(String.valueOf(DocumentScanner.MAX_IDS))
                    .doesNotContain("m99");
        }
        assertThatThrownBy(() -> XmlSigner.of(SignatureProfile.ENVELOPED).sign(xml, DsigTestPki.rsaKey()))
                .isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).issues().get(0).code())
                        .isEqualTo(SignatureError.TOO_MANY_IDS));
    }

    @Test
    void theLimitItselfIsAllowedAndOneMoreIsNot() {
        for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
            DocumentScanner at = new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null);
            SecureXml.parse(XmlSource.of(deep(1, DocumentScanner.MAX_IDS)), at, p);
            assertThat(at.ids()).hasSize(DocumentScanner.MAX_IDS);
            DocumentScanner over = new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null);
            assertThatThrownBy(() -> SecureXml.parse(XmlSource.of(deep(1, DocumentScanner.MAX_IDS + 1)), over, p))
                    .isInstanceOf(EmrException.class)
                    .satisfies(e -> assertThat(((EmrException) e).issues().get(0).code())
                            .isEqualTo(SignatureError.TOO_MANY_IDS));
        }
    }

    @Test
    void idsUnderADeepPathKeepLittleMemoryAndTheirPaths() {
        // 400 levels of 20-character names: a path string per Id would be 8 KB each, some 800 MB in all
        int depth = 400;
        int count = DocumentScanner.MAX_IDS - 1_000;
        byte[] xml = deep(depth, count);
        long before = usedAfterGc();
        DocumentScanner scan = new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null);
        SecureXml.parse(XmlSource.of(xml), scan, SecureXml.Parsers.FAST_THEN_JDK);
        long retained = usedAfterGc() - before;
        assertThat(scan.ids()).hasSize(count);
        assertThat(retained).as("bytes kept for %d Ids", count).isLessThan(64L << 20);
        String path = scan.ids().get("m12345").path();
        assertThat(path).startsWith("/HoSoBenhAn/PhanTuLongNhau_00000/PhanTuLongNhau_00001/")
                .endsWith("/PhanTuLongNhau_00399/m");
        assertThat(path.split("/")).hasSize(depth + 3);
        Reference.reachabilityFence(scan);
    }

    @Test
    void aDeepDocumentWithManyIdsSignsAndVerifies() {
        byte[] xml = deep(400, 20_000);
        byte[] signed = XmlSigner.of(SignatureProfile.ENVELOPED).sign(xml, DsigTestPki.rsaKey());
        for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
            VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withParsers(p).verify(signed);
            assertThat(r.errors()).as(p.name()).isEmpty();
            assertThat(r.valid()).isTrue();
        }
    }
}
