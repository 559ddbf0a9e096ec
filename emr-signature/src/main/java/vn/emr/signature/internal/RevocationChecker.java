package vn.emr.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.emr.core.internal.Reasons;
import vn.emr.core.validation.Issue;
import vn.emr.signature.TrustError;

/**
 * Checks one certificate against offline CRLs and OCSP responders, with signing-time semantics: revoked at or before
 * the validation time is an error, revoked after it a warning; a "good" answer counts only if it is fresh for the
 * validation time (issued after it, or with a next update not before it). Sources that fail their own checks are
 * ignored with a warning, so a forged "good" answer cannot help and a forged "revoked" cannot be injected either.
 */
public final class RevocationChecker {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reasons after which no signature by the key can be trusted without proof of its time (unspecified included). */
    private static final java.util.Set<String> COMPROMISE = java.util.Set.of(CRLReason.UNSPECIFIED.name(),
            CRLReason.KEY_COMPROMISE.name(), CRLReason.CA_COMPROMISE.name(), CRLReason.AA_COMPROMISE.name());

    private RevocationChecker() {
    }

    private enum Status { GOOD, REVOKED, UNKNOWN }

    private record Answer(Status status, Instant revocationTime, String reason) {
        static final Answer UNKNOWN = new Answer(Status.UNKNOWN, null, null);
    }

    /**
     * The issues about the certificate's revocation status (empty when it is known good).
     *
     * @param softFail whether "no status" is a warning instead of an error
     */
    public static List<Issue> check(X509Certificate certificate, X509Certificate issuer, Instant at, List<X509CRL> crls,
            List<UnaryOperator<byte[]>> responders, boolean softFail) {
        String label = CertificateLabels.label(certificate);
        List<Issue> notes = new ArrayList<>();
        Answer good = null;
        for (X509CRL crl : crls) {
            Answer a = fromCrl(crl, certificate, issuer, at, label, notes);
            if (a.status() == Status.REVOKED) {
                return revoked(a, label, at, notes);
            }
            if (a.status() == Status.GOOD) {
                good = a;
            }
        }
        for (UnaryOperator<byte[]> responder : responders) {
            Answer a = fromOcsp(responder, certificate, issuer, at, label, notes);
            if (a.status() == Status.REVOKED) {
                return revoked(a, label, at, notes);
            }
            if (a.status() == Status.GOOD) {
                good = a;
            }
        }
        if (good == null) {
            notes.add(softFail ? Issue.warning("", TrustError.REVOCATION_UNKNOWN, label)
                    : Issue.error("", TrustError.REVOCATION_UNKNOWN, label));
        }
        return notes;
    }

    private static List<Issue> revoked(Answer a, String label, Instant at, List<Issue> notes) {
        if (a.revocationTime().isAfter(at) && COMPROMISE.contains(a.reason())) {
            // the revocation date is when the CA learned of the compromise, not when it happened, and the signing
            // time is usually only claimed: nothing shows the signature predates the compromise
            notes.add(Issue.error("", TrustError.REVOKED_COMPROMISE_AFTER_SIGNING_TIME, label, a.revocationTime(),
                    a.reason(), at));
        } else if (a.revocationTime().isAfter(at)) {
            notes.add(Issue.warning("", TrustError.REVOKED_AFTER_SIGNING_TIME, label, a.revocationTime(), a.reason(), at));
        } else {
            notes.add(Issue.error("", TrustError.REVOKED, label, a.revocationTime(), a.reason(), at));
        }
        return notes;
    }

    private static boolean fresh(Instant thisUpdate, Instant nextUpdate, Instant at) {
        return !thisUpdate.isBefore(at) || (nextUpdate != null && !nextUpdate.isBefore(at));
    }

    private static Answer fromCrl(X509CRL crl, X509Certificate certificate, X509Certificate issuer, Instant at,
            String label, List<Issue> notes) {
        if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
            return Answer.UNKNOWN; // another CA's list: not about this certificate
        }
        boolean[] usage = issuer.getKeyUsage();
        if (usage != null && (usage.length <= 6 || !usage[6])) {
            notes.add(Issue.warning("", TrustError.CRL_INVALID, label, "issuer may not sign CRLs"));
            return Answer.UNKNOWN;
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException | RuntimeException e) {
            notes.add(Issue.warning("", TrustError.CRL_INVALID, label, "signature does not verify"));
            return Answer.UNKNOWN;
        }
        X509CRLEntry entry = crl.getRevokedCertificate(certificate);
        if (entry != null) {
            CRLReason reason = entry.getRevocationReason();
            if (reason == CRLReason.REMOVE_FROM_CRL) {
                return Answer.UNKNOWN;
            }
            return new Answer(Status.REVOKED, entry.getRevocationDate().toInstant(),
                    reason == null ? "UNSPECIFIED" : reason.name());
        }
        Instant next = crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant();
        if (!fresh(crl.getThisUpdate().toInstant(), next, at)) {
            notes.add(Issue.warning("", TrustError.REVOCATION_STALE, label, at));
            return Answer.UNKNOWN;
        }
        return new Answer(Status.GOOD, null, null);
    }

    private static Answer fromOcsp(UnaryOperator<byte[]> responder, X509Certificate certificate,
            X509Certificate issuer, Instant at, String label, List<Issue> notes) {
        CertificateID id;
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        byte[] request;
        try {
            // CertID hashes with SHA-1 by the protocol (RFC 5019 §2.1.1): it names the certificate, it secures nothing
            id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            OCSPReq req = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                            new DEROctetString(nonce))))
                    .build();
            request = req.getEncoded();
        } catch (OperatorCreationException | OCSPException | GeneralSecurityException | IOException e) {
            notes.add(Issue.warning("", TrustError.OCSP_FAILED, label, "cannot build the request"));
            return Answer.UNKNOWN;
        }
        byte[] response;
        try {
            response = responder.apply(request);
        } catch (RuntimeException e) {
            notes.add(Issue.warning("", TrustError.OCSP_FAILED, label, Reasons.of(e)));
            return Answer.UNKNOWN;
        }
        if (response == null) {
            notes.add(Issue.warning("", TrustError.OCSP_FAILED, label, "no response"));
            return Answer.UNKNOWN;
        }
        try {
            OCSPResp resp = new OCSPResp(response);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                notes.add(Issue.warning("", TrustError.OCSP_FAILED, label, "response status " + resp.getStatus()));
                return Answer.UNKNOWN;
            }
            if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                notes.add(Issue.warning("", TrustError.OCSP_INVALID, label, "not a basic response"));
                return Answer.UNKNOWN;
            }
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed != null && !Arrays.equals(new DEROctetString(nonce).getEncoded(),
                    echoed.getExtnValue().getOctets())
                    && !Arrays.equals(nonce, echoed.getExtnValue().getOctets())) {
                notes.add(Issue.warning("", TrustError.OCSP_INVALID, label, "nonce mismatch"));
                return Answer.UNKNOWN;
            }
            if (!signatureTrusted(basic, issuer)) {
                notes.add(Issue.warning("", TrustError.OCSP_INVALID, label, "not signed by the issuer or its responder"));
                return Answer.UNKNOWN;
            }
            for (SingleResp single : basic.getResponses()) {
                if (!single.getCertID().equals(id)) {
                    continue;
                }
                CertificateStatus status = single.getCertStatus();
                if (status instanceof RevokedStatus revoked) {
                    String reason = revoked.hasRevocationReason()
                            ? reasonName(revoked.getRevocationReason()) : "UNSPECIFIED";
                    return new Answer(Status.REVOKED, revoked.getRevocationTime().toInstant(), reason);
                }
                if (status instanceof UnknownStatus) {
                    return Answer.UNKNOWN;
                }
                Date next = single.getNextUpdate();
                if (!fresh(single.getThisUpdate().toInstant(), next == null ? null : next.toInstant(), at)) {
                    notes.add(Issue.warning("", TrustError.REVOCATION_STALE, label, at));
                    return Answer.UNKNOWN;
                }
                return new Answer(Status.GOOD, null, null);
            }
            notes.add(Issue.warning("", TrustError.OCSP_INVALID, label, "no answer for this certificate"));
            return Answer.UNKNOWN;
        } catch (IOException | OCSPException | RuntimeException e) {
            notes.add(Issue.warning("", TrustError.OCSP_INVALID, label, "malformed response"));
            return Answer.UNKNOWN;
        }
    }

    private static String reasonName(int code) {
        CRLReason[] values = CRLReason.values();
        return code >= 0 && code < values.length ? values[code].name() : "UNSPECIFIED";
    }

    private static boolean signatureTrusted(BasicOCSPResp basic, X509Certificate issuer) {
        try {
            if (verifies(basic, issuer.getPublicKey())) {
                return true;
            }
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            ContentVerifierProvider byIssuer = new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey());
            for (X509CertificateHolder delegate : basic.getCerts()) {
                // a delegated responder: issued by the same CA, for OCSP signing, valid when the response was made
                if (delegate.getIssuer().equals(issuerHolder.getSubject())
                        && delegate.isSignatureValid(byIssuer)
                        && delegate.isValidOn(basic.getProducedAt())
                        && delegate.getExtensions() != null
                        && org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(delegate.getExtensions()) != null
                        && org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(delegate.getExtensions())
                                .hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)
                        && basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(delegate))) {
                    return true;
                }
            }
            return false;
        } catch (OperatorCreationException | OCSPException | GeneralSecurityException
                | org.bouncycastle.cert.CertException | RuntimeException e) {
            return false;
        }
    }

    private static boolean verifies(BasicOCSPResp basic, PublicKey key) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OperatorCreationException | OCSPException | RuntimeException e) {
            return false;
        }
    }

}
