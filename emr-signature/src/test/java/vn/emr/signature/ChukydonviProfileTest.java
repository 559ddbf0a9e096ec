package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emr.core.ErrorCode;
import vn.emr.core.validation.Issue;

/**
 * The CHUKYDONVI profile is closed: the enveloped-signature transform leaves the whole {@code Signature} out of what
 * {@code URI=""} signs, so each document here is a real signed GIAMDINHHS into whose Signature an attacker added
 * content after signing (the digest still matches). Each class of addition is refused with its own code, while the
 * generic ENVELOPED profile reports the excluded subtree and warns.
 */
class ChukydonviProfileTest {

    private static final XmlVerifier CHUKYDONVI = XmlVerifier.strict(DsigTestPki.trust())
            .withProfile(SignatureProfile.CHUKYDONVI);
    private static final XmlVerifier ENVELOPED = XmlVerifier.strict(DsigTestPki.trust());
    private static final String FAKE_HOSO = "<THONGTINHOSO><NGAYLAP>20260101</NGAYLAP><SOLUONGHOSO>9</SOLUONGHOSO>"
            + "</THONGTINHOSO>";

    private static String signed() {
        return Docs.utf8(XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(2), DsigTestPki.rsaKey()));
    }

    private static byte[] attack(String from, String to) {
        String t = signed();
        assertThat(t).contains(from);
        return Docs.bytes(t.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static Set<String> codes(VerificationResult r) {
        return r.errors().stream().map(Issue::codeString).collect(Collectors.toSet());
    }

    private static void refusedWithExactly(byte[] xml, ErrorCode... expected) {
        VerificationResult r = CHUKYDONVI.verify(xml);
        assertThat(r.valid()).as("%s", r.errors()).isFalse();
        assertThat(codes(r)).isEqualTo(java.util.Arrays.stream(expected).map(ErrorCode::code)
                .collect(Collectors.toSet()));
    }

    @Test
    void aSignedFileVerifiesAndReportsTheExcludedSignature() {
        VerificationResult r = CHUKYDONVI.verify(Docs.bytes(signed()));
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.signatures().get(0).signedElement()).isEqualTo("/GIAMDINHHS");
        assertThat(r.signatures().get(0).excludedElement()).isEqualTo("/GIAMDINHHS/CHUKYDONVI/Signature");
    }

    @Test
    void refusesASecondThongtinhosoInADsObject() {
        byte[] xml = attack("</KeyInfo></Signature>", "</KeyInfo><Object>" + FAKE_HOSO + "</Object></Signature>");
        refusedWithExactly(xml, SignatureError.CHUKYDONVI_OBJECT);
        // the generic profile: valid (the digest matches), but it says what was left out and warns
        VerificationResult generic = ENVELOPED.verify(xml);
        assertThat(generic.errors()).isEmpty();
        assertThat(generic.signatures().get(0).excludedElement()).isEqualTo("/GIAMDINHHS/CHUKYDONVI/Signature");
        assertThat(generic.warnings()).extracting(Issue::codeString)
                .contains(SignatureError.ENVELOPED_UNSIGNED_CONTENT.code());
    }

    @Test
    void refusesAnObjectEvenWithXadesPropertiesWhenNoReferenceSignsThem() {
        String qp = "<xades:QualifyingProperties xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\">"
                + "<xades:SignedProperties/></xades:QualifyingProperties>";
        // (the XAdES check also finds properties that name no signature)
        refusedWithExactly(attack("</KeyInfo></Signature>", "</KeyInfo><Object>" + qp + "</Object></Signature>"),
                SignatureError.CHUKYDONVI_OBJECT, SignatureError.XADES_STRUCTURE);
        refusedWithExactly(attack("</KeyInfo></Signature>", "</KeyInfo><Object/></Signature>"),
                SignatureError.CHUKYDONVI_OBJECT);
    }

    @Test
    void refusesAFakeThongtinhosoInKeyInfo() {
        byte[] inKeyInfo = attack("</X509Data></KeyInfo>", "</X509Data>" + FAKE_HOSO + "</KeyInfo>");
        refusedWithExactly(inKeyInfo, SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
        refusedWithExactly(attack("</X509Data>", FAKE_HOSO + "</X509Data>"),
                SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
        refusedWithExactly(attack("</X509Certificate>", FAKE_HOSO + "</X509Certificate>"),
                SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
        refusedWithExactly(attack("</KeyInfo>", "<KeyName>79001</KeyName></KeyInfo>"),
                SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
        refusedWithExactly(attack("</KeyInfo>", "<X509Data><X509SubjectName>CN=x</X509SubjectName></X509Data>"
                + "</KeyInfo>"), SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
        VerificationResult generic = ENVELOPED.verify(inKeyInfo);
        assertThat(generic.errors()).isEmpty();
        assertThat(generic.warnings()).extracting(Issue::codeString)
                .contains(SignatureError.ENVELOPED_UNSIGNED_CONTENT.code());
    }

    @Test
    void acceptsTheX509FormsRealFilesCarry() {
        String more = "<X509SubjectName>CN=Benh vien Test,O=79001,C=VN</X509SubjectName><X509IssuerSerial>"
                + "<X509IssuerName>CN=EMR Test Root CA,O=EMR SDK,C=VN</X509IssuerName>"
                + "<X509SerialNumber>12345</X509SerialNumber></X509IssuerSerial>";
        VerificationResult r = CHUKYDONVI.verify(attack("</X509Data>", more + "</X509Data>"));
        assertThat(r.errors()).isEmpty();
        // whitespace between the parts, as pretty-printed files carry it, is fine
        VerificationResult spaced = CHUKYDONVI.verify(attack("<KeyInfo><X509Data>", "<KeyInfo>\n  <X509Data>\n"));
        assertThat(spaced.errors()).isEmpty();
        // the X509IssuerSerial holds only its issuer name and serial number
        String odd = more.replace("</X509IssuerSerial>", "<X509SKI>AA==</X509SKI></X509IssuerSerial>");
        refusedWithExactly(attack("</X509Data>", odd + "</X509Data>"), SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
    }

    @Test
    void refusesASecondChukydonviInsideTheSignature() {
        byte[] xml = attack("</KeyInfo></Signature>", "</KeyInfo><CHUKYDONVI xmlns=\"\">" + FAKE_HOSO
                + "</CHUKYDONVI></Signature>");
        VerificationResult r = CHUKYDONVI.verify(xml);
        assertThat(r.valid()).isFalse();
        assertThat(r.hasError(SignatureError.CHUKYDONVI_FOREIGN_ELEMENT)).as("%s", r.errors()).isTrue();
        refusedWithExactly(attack("</SignatureValue>", "<CHUKYDONVI xmlns=\"\"/></SignatureValue>"),
                SignatureError.CHUKYDONVI_FOREIGN_ELEMENT);
    }

    @Test
    void refusesTextCommentsAndProcessingInstructionsBetweenTheParts() {
        refusedWithExactly(attack("</KeyInfo></Signature>", "</KeyInfo>SOLUONGHOSO=9</Signature>"),
                SignatureError.CHUKYDONVI_TEXT);
        refusedWithExactly(attack("<X509Data>", "MACSKCB=79002<X509Data>"), SignatureError.CHUKYDONVI_TEXT);
        refusedWithExactly(attack("</X509Data>", "79002</X509Data>"), SignatureError.CHUKYDONVI_TEXT);
        refusedWithExactly(attack("</KeyInfo></Signature>", "</KeyInfo><!-- 79002 --></Signature>"),
                SignatureError.CHUKYDONVI_TEXT);
        refusedWithExactly(attack("</KeyInfo></Signature>", "</KeyInfo><?hoso 79002?></Signature>"),
                SignatureError.CHUKYDONVI_TEXT);
    }

    @Test
    void aGenericXadesSignatureCarriesOnlyMachineryAndGetsNoWarning() {
        byte[] xml = XmlSigner.builder(SignatureProfile.ENVELOPED).xades(true).build()
                .sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        VerificationResult r = ENVELOPED.verify(xml);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Issue::codeString)
                .doesNotContain(SignatureError.ENVELOPED_UNSIGNED_CONTENT.code());
        assertThat(r.signatures().get(0).excludedElement()).endsWith("Signature");
    }
}
