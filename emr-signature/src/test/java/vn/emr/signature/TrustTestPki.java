package vn.emr.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** A small test PKI built with Bouncy Castle: CAs, leaves, CRLs and OCSP responders; no network, no files. */
final class TrustTestPki {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIAL = new AtomicLong(1000);
    static final Instant NOW = Instant.now();
    private static KeyPair cachedRsa;

    /** A key pair with its certificate. */
    record Credential(KeyPair keys, X509Certificate certificate) {
        PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    private TrustTestPki() {
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shared RSA key pair, to keep the tests fast where the key itself does not matter. */
    static synchronized KeyPair sharedRsa() {
        if (cachedRsa == null) {
            cachedRsa = rsa();
        }
        return cachedRsa;
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

    static KeyPair pss() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSASSA-PSS");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Credential root(String cn) {
        return selfSignedRoot(cn);
    }

    static Credential ca(String cn, Credential issuer) {
        KeyPair keys = rsa();
        return new Credential(keys, cert(cn, keys.getPublic(), issuer, true, NOW.minus(Duration.ofDays(300)),
                NOW.plus(Duration.ofDays(1800)), KeyUsage.keyCertSign | KeyUsage.cRLSign, null));
    }

    static Credential leaf(String cn, Credential issuer) {
        return leaf(cn, issuer, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(335)));
    }

    static Credential leaf(String cn, Credential issuer, Instant notBefore, Instant notAfter) {
        KeyPair keys = sharedRsa();
        return new Credential(keys, cert(cn, keys.getPublic(), issuer, false, notBefore, notAfter,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null));
    }

    static Credential leaf(String cn, Credential issuer, KeyPair keys, int keyUsage) {
        return new Credential(keys, cert(cn, keys.getPublic(), issuer, false, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(335)), keyUsage, null));
    }

    static Credential ocspResponder(String cn, Credential issuer) {
        KeyPair keys = sharedRsa();
        return new Credential(keys, cert(cn, keys.getPublic(), issuer, false, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(335)), KeyUsage.digitalSignature, KeyPurposeId.id_kp_OCSPSigning));
    }

    static X509Certificate cert(String cn, PublicKey subjectKey, Credential issuer, boolean ca, Instant notBefore,
            Instant notAfter, int keyUsage, KeyPurposeId eku) {
        try {
            X500Name subject = new X500Name("CN=" + cn + ",O=EMR test,C=VN");
            X500Name issuerName = issuer == null ? subject
                    : new JcaX509CertificateHolder(issuer.certificate()).getSubject();
            PrivateKey signingKey = issuer == null ? null : issuer.privateKey();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKey);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (keyUsage != 0) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (eku != null) {
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
            }
            if (signingKey == null) {
                throw new IllegalStateException("self-signed needs its own key: use selfSigned");
            }
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signingKey)));
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate selfSigned(String cn, KeyPair keys, Instant notBefore, Instant notAfter, boolean ca,
            int keyUsage) {
        Credential self = new Credential(keys, null);
        try {
            X500Name subject = new X500Name("CN=" + cn + ",O=EMR test,C=VN");
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (keyUsage != 0) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            String alg = keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA"
                    : keys.getPrivate().getAlgorithm().equals("RSASSA-PSS") ? "SHA256withRSAandMGF1" : "SHA256withRSA";
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(alg).setProvider(BC).build(self.privateKey())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A root CA whose certificate is self-signed. */
    static Credential selfSignedRoot(String cn) {
        KeyPair keys = rsa();
        return new Credential(keys, selfSigned(cn, keys, NOW.minus(Duration.ofDays(400)),
                NOW.plus(Duration.ofDays(3650)), true, KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }

    /** A CRL by the issuer listing the revoked certificate (if any) at the revocation time. */
    static X509CRL crl(Credential issuer, X509Certificate revoked, Instant revokedAt, Instant thisUpdate,
            Instant nextUpdate) {
        return crl(issuer, revoked, revokedAt, CRLReason.keyCompromise, thisUpdate, nextUpdate);
    }

    static X509CRL crl(Credential issuer, X509Certificate revoked, Instant revokedAt, int reason,
            Instant thisUpdate, Instant nextUpdate) {
        return crlSignedBy(issuer, issuer.privateKey(), revoked, revokedAt, reason, thisUpdate, nextUpdate);
    }

    static X509CRL crlSignedBy(Credential issuer, PrivateKey signer, X509Certificate revoked, Instant revokedAt,
            Instant thisUpdate, Instant nextUpdate) {
        return crlSignedBy(issuer, signer, revoked, revokedAt, CRLReason.keyCompromise, thisUpdate, nextUpdate);
    }

    static X509CRL crlSignedBy(Credential issuer, PrivateKey signer, X509Certificate revoked, Instant revokedAt,
            int reason, Instant thisUpdate, Instant nextUpdate) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuer.certificate()).getSubject(),
                    Date.from(thisUpdate));
            if (nextUpdate != null) {
                b.setNextUpdate(Date.from(nextUpdate));
            }
            if (revoked != null) {
                b.addCRLEntry(revoked.getSerialNumber(), Date.from(revokedAt), reason);
            }
            return new JcaX509CRLConverter().getCRL(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An offline OCSP responder answering for every requested certificate: revoked (at {@code revokedAt}) when its
     * serial is {@code revokedSerial}, good otherwise; signed by {@code signer} (the CA or a delegated responder).
     */
    static UnaryOperator<byte[]> ocsp(Credential signer, BigInteger revokedSerial, Instant revokedAt,
            boolean echoNonce) {
        return ocsp(signer, revokedSerial, revokedAt, CRLReason.keyCompromise, echoNonce);
    }

    static UnaryOperator<byte[]> ocsp(Credential signer, BigInteger revokedSerial, Instant revokedAt, int reason,
            boolean echoNonce) {
        return request -> {
            try {
                OCSPReq req = new OCSPReq(request);
                BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(
                        new JcaX509CertificateHolder(signer.certificate()).getSubject()));
                for (Req r : req.getRequestList()) {
                    CertificateStatus status = r.getCertID().getSerialNumber().equals(revokedSerial)
                            ? new RevokedStatus(Date.from(revokedAt), reason)
                            : CertificateStatus.GOOD;
                    b.addResponse(r.getCertID(), status, Date.from(NOW.minus(Duration.ofMinutes(5))),
                            Date.from(NOW.plus(Duration.ofDays(1))));
                }
                if (echoNonce && req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce) != null) {
                    b.setResponseExtensions(new org.bouncycastle.asn1.x509.Extensions(
                            req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)));
                }
                X509CertificateHolder[] chain = {new JcaX509CertificateHolder(signer.certificate())};
                var basic = b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC)
                        .build(signer.privateKey()), chain, Date.from(NOW));
                return new OCSPRespBuilder().build(OCSPResp.SUCCESSFUL, basic).getEncoded();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static JcaDigestCalculatorProviderBuilder digests() {
        return new JcaDigestCalculatorProviderBuilder();
    }
}
