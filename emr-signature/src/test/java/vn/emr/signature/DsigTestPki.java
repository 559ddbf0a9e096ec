package vn.emr.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.emr.signature.internal.Providers;

/** A small test PKI for the XML-DSig engine tests: a CA, RSA-2048, EC P-256 and RSA-1024 signers, an attacker. */
final class DsigTestPki {

    static final KeyPair CA_KEYS = rsa(2048);
    static final X509Certificate CA = cert("CN=EMR Test Root CA,O=EMR SDK,C=VN", CA_KEYS.getPublic(),
            "CN=EMR Test Root CA,O=EMR SDK,C=VN", CA_KEYS.getPrivate(), true, 3650, 0);
    static final KeyPair RSA_KEYS = rsa(2048);
    static final X509Certificate RSA_CERT = leaf("CN=Benh vien Test,O=79001,C=VN", RSA_KEYS.getPublic());
    static final KeyPair RSA2_KEYS = rsa(2048);
    static final X509Certificate RSA2_CERT = leaf("CN=Truong khoa Test,C=VN", RSA2_KEYS.getPublic());
    static final KeyPair EC_KEYS = ec();
    static final X509Certificate EC_CERT = leaf("CN=Bac si EC,C=VN", EC_KEYS.getPublic());
    static final KeyPair WEAK_KEYS = rsa(1024);
    static final X509Certificate WEAK_CERT = leaf("CN=Weak RSA-1024,C=VN", WEAK_KEYS.getPublic());
    static final KeyPair ATTACKER_KEYS = rsa(2048);
    static final X509Certificate ATTACKER_CERT = cert("CN=Benh vien Test,O=79001,C=VN", ATTACKER_KEYS.getPublic(),
            "CN=Benh vien Test,O=79001,C=VN", ATTACKER_KEYS.getPrivate(), false, 365, 0);
    static final X509Certificate EXPIRED_CERT = cert("CN=Expired,C=VN", RSA_KEYS.getPublic(),
            "CN=EMR Test Root CA,O=EMR SDK,C=VN", CA_KEYS.getPrivate(), false, 30, -400);

    private DsigTestPki() {
    }

    static TrustPolicy trust() {
        return TrustPolicy.of(CA);
    }

    static SigningKey rsaKey() {
        return SigningKeys.of(RSA_KEYS.getPrivate(), List.of(RSA_CERT, CA));
    }

    static SigningKey rsa2Key() {
        return SigningKeys.of(RSA2_KEYS.getPrivate(), List.of(RSA2_CERT, CA));
    }

    static SigningKey ecKey() {
        return SigningKeys.of(EC_KEYS.getPrivate(), List.of(EC_CERT, CA));
    }

    static SigningKey attackerKey() {
        return SigningKeys.of(ATTACKER_KEYS.getPrivate(), List.of(ATTACKER_CERT));
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate leaf(String subject, PublicKey key) {
        return cert(subject, key, "CN=EMR Test Root CA,O=EMR SDK,C=VN", CA_KEYS.getPrivate(), false, 365, 0);
    }

    private static long serial = System.nanoTime();

    static synchronized X509Certificate cert(String subject, PublicKey key, String issuer, PrivateKey issuerKey,
            boolean ca, int days, int startOffsetDays) {
        try {
            Instant from = Instant.now().minus(1, ChronoUnit.DAYS).plus(startOffsetDays, ChronoUnit.DAYS);
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(serial++), Date.from(from), Date.from(from.plus(days, ChronoUnit.DAYS)),
                    new X500Name(subject), key);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(b.build(
                    new JcaContentSignerBuilder("SHA256withRSA").setProvider(Providers.bouncyCastle())
                            .build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
