package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

/** The bundled bank list (shared/data/payment/bank-bins.tsv) and the host's own. */
class BankDirectoryTest {

    @Test
    void bundledListHasTheSbvBinsAndTheNapasParticipants() {
        BankDirectory d = BankDirectory.standard();
        assertThat(d.all()).hasSize(71);
        Bank vcb = d.find("970436").orElseThrow();
        assertThat(vcb.shortName()).isEqualTo("Vietcombank");
        assertThat(vcb.code()).isEqualTo("VCB");
        assertThat(vcb.swift()).isEqualTo("BFTVVNVX");
        assertThat(vcb.name()).isEqualTo("Ngân hàng TMCP Ngoại Thương Việt Nam");
        assertThat(d.find("971025")).map(Bank::shortName).contains("MoMo");
        assertThat(d.find("963388")).map(Bank::shortName).contains("Timo");
        assertThat(d.find("123456")).isEmpty();
        assertThat(d.find(null)).isEmpty();
    }

    @Test
    void hostCanSupplyItsOwnList() {
        BankDirectory d = BankDirectory.of(List.of(new Bank("123456", "Test Bank", "TB", "", "Ngân hàng thử")));
        VietQr qr = VietQr.builder().bin("123456").account("42").banks(d).build();
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.bank()).map(Bank::shortName).contains("Test Bank");
        assertThat(VietQr.parse(qr.payload(), d).bank()).isPresent();
        assertThat(VietQr.parse(qr.payload()).bank()).isEmpty();
    }

    @Test
    void malformedListIsACodedError() {
        String tsv = "bin\tshort_name\n970436\tVCB\n97043X\tBad\n";
        assertThatThrownBy(() -> BankDirectory.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(EmrException.class).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.BANK_LIST);
        assertThatThrownBy(() -> new Bank("1", "x", "", "", "")).isInstanceOf(EmrException.class);
    }
}
