package vn.emr.claims.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.XmlVerifier;

/** The check-in document carries its own facility signature in CHUKYDONVI, over the whole document. */
class CheckInDocumentTest {

    @Test
    void signedCheckInVerifiesAndReadsBack() {
        DemoCredentials demo = DemoCredentials.generate();
        TableRecord row = TableRecord.builder(ClaimsTable.XML0).set("MA_LK", "LK-1").set("STT", 1)
                .set("MA_BN", "BN0001").set("HO_TEN", "Trần Thị Bình").set("NGAY_VAO",
                        LocalDateTime.of(2025, 3, 4, 7, 30)).set("MA_CSKCB", "01001").build();
        byte[] signed = CheckInDocument.sign(List.of(row), demo.signingKey());
        String text = new String(signed, StandardCharsets.UTF_8);
        assertThat(text).contains("</DSACH_TRANG_THAI_KCB><CHUKYDONVI><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"")
                .endsWith("</CHUKYDONVI></CHI_TIEU_TRANG_THAI_KCB>");
        var result = XmlVerifier.strict(demo.trustPolicy()).verify(signed);
        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(CheckInDocument.read(signed)).containsExactly(row);
        byte[] tampered = text.replace("Trần Thị Bình", "Trần Thị Bính").getBytes(StandardCharsets.UTF_8);
        assertThat(XmlVerifier.strict(demo.trustPolicy()).verify(tampered).valid()).isFalse();
    }
}
