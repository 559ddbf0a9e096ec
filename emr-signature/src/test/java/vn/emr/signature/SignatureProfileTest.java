package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignatureProfileTest {

    private static SignatureProfile of(String xml) {
        return SignatureProfile.forDocument(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void claimsFileGetsTheFacilitySignature() {
        assertThat(of("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- 130 -->\n<GIAMDINHHS><THONGTINDONVI/></GIAMDINHHS>"))
                .isEqualTo(SignatureProfile.CHUKYDONVI);
        assertThat(of("\uFEFF<ns:GIAMDINHHS xmlns:ns=\"urn:x\"/>")).isEqualTo(SignatureProfile.CHUKYDONVI);
    }

    @Test
    void anyOtherDocumentGetsEnveloped() {
        assertThat(of("<MedicalRecord><GIAMDINHHS/></MedicalRecord>")).isEqualTo(SignatureProfile.ENVELOPED);
        assertThat(of("<GIAMDINHHSX/>")).isEqualTo(SignatureProfile.ENVELOPED);
        assertThat(of("")).isEqualTo(SignatureProfile.ENVELOPED);
        assertThat(of("not xml at all")).isEqualTo(SignatureProfile.ENVELOPED);
    }

    @Test
    void hugeOrBinaryInputIsDecidedFromTheHeadOnly() {
        byte[] comment = new byte[20_000_000];
        Arrays.fill(comment, (byte) ' ');
        byte[] start = "<!--".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, comment, 0, start.length);
        assertThat(SignatureProfile.forDocument(comment)).isEqualTo(SignatureProfile.ENVELOPED);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        assertThat(SignatureProfile.forDocument(binary)).isEqualTo(SignatureProfile.ENVELOPED);
    }
}
