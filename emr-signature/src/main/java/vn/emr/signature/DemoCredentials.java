package vn.emr.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Reasons;
import vn.emr.core.io.AtomicFiles;
import vn.emr.signature.internal.Providers;

/**
 * Throw-away credentials <b>for demos and tests, never production</b>: a freshly generated demo CA ("EMR SDK Demo CA")
 * and a facility certificate issued by it ("Bệnh viện Demo", RSA 2048, valid for about a year from now), so that
 * {@code emr demo} and examples can sign and verify without a real CA. Nothing here is trusted by anyone but the
 * caller who passes {@link #caCertificate()} as a trust anchor; the keys live only in memory unless written out.
 *
 * <pre>{@code
 * DemoCredentials demo = DemoCredentials.generate();
 * demo.writePkcs12(dir.resolve("facility.p12"), "demo".toCharArray()); // optional
 * demo.writeCaPem(dir.resolve("demo-ca.pem"));                         // optional
 * SigningKey key = demo.signingKey();
 * TrustPolicy trust = demo.trustPolicy();
 * }</pre>
 */
public final class DemoCredentials {

    /** The alias of the facility key in the PKCS#12 file {@link #writePkcs12} writes. */
    public static final String ALIAS = "emr-demo";

    /** The facility's common name in the demo certificate. */
    public static final String FACILITY_NAME = "Bệnh viện Demo";

    private final X509Certificate caCertificate;
    private final X509Certificate facilityCertificate;
    private final PrivateKey facilityKey;

    private DemoCredentials(X509Certificate caCertificate, X509Certificate facilityCertificate, PrivateKey key) {
        this.caCertificate = caCertificate;
        this.facilityCertificate = facilityCertificate;
        this.facilityKey = key;
    }

    /** Generates a demo CA and a facility certificate valid from an hour ago for 365 days. */
    public static DemoCredentials generate() {
        return generate(Instant.now().minus(Duration.ofHours(1)), Duration.ofDays(365));
    }

    /** Generates a demo CA and a facility certificate valid from {@code notBefore} for {@code validity}. */
    public static DemoCredentials generate(Instant notBefore, Duration validity) {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(validity, "validity");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair facilityKeys = generator.generateKeyPair();
            Instant caNotAfter = notBefore.plus(validity).plus(Duration.ofDays(365));
            X500Name caName = name("EMR SDK Demo CA", "EMR SDK demo - không dùng thực tế");
            X509Certificate ca = certificate(caName, caName, caKeys.getPublic(), caKeys.getPrivate(), caKeys.getPublic(),
                    notBefore, caNotAfter, true);
            X509Certificate facility = certificate(caName, name(FACILITY_NAME, "EMR SDK demo - không dùng thực tế"),
                    facilityKeys.getPublic(), caKeys.getPrivate(), caKeys.getPublic(), notBefore,
                    notBefore.plus(validity), false);
            return new DemoCredentials(ca, facility, facilityKeys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new EmrException(TrustError.DEMO_GENERATION, "", e, Reasons.of(e));
        }
    }

    private static X500Name name(String commonName, String organization) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate certificate(X500Name issuer, X500Name subject, PublicKey subjectKey,
            PrivateKey issuerKey, PublicKey issuerPublicKey, Instant notBefore, Instant notAfter, boolean ca)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        BigInteger serial = new BigInteger(64, new SecureRandom()).setBit(63);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                Date.from(notAfter), subject, subjectKey);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                utils.createAuthorityKeyIdentifier(issuerPublicKey));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").setProvider(Providers.bouncyCastle())
                .build(issuerKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    /** The demo CA certificate: the one trust anchor under which the facility certificate validates. */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** The facility (signer) certificate, CN "Bệnh viện Demo". */
    public X509Certificate facilityCertificate() {
        return facilityCertificate;
    }

    /** The chain, facility certificate first, then the demo CA. */
    public List<X509Certificate> chain() {
        return List.of(facilityCertificate, caCertificate);
    }

    /** The facility key as a {@link SigningKey} (rsa-sha256). */
    public SigningKey signingKey() {
        return SigningKeys.of(facilityKey, chain());
    }

    /** A trust policy whose only anchor is the demo CA. */
    public TrustPolicy trustPolicy() {
        return TrustPolicy.of(caCertificate);
    }

    /** Writes the facility key and chain as a PKCS#12 file under {@link #ALIAS}, atomically. */
    public void writePkcs12(Path file, char[] password) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, facilityKey, password,
                    new java.security.cert.Certificate[] {facilityCertificate, caCertificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            AtomicFiles.write(file, out.toByteArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new EmrException(TrustError.FILE_WRITE, "", e, file.getFileName(), Reasons.of(e));
        }
    }

    /** Writes the demo CA certificate as PEM, atomically (the file to pass to {@code emr verify --trust}). */
    public void writeCaPem(Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, Certificates.toPem(caCertificate).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "DemoCredentials[demo only, never production]";
    }
}
