package vn.emr.signature.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.emr.core.validation.Issue;
import vn.emr.signature.DigestAlgorithm;
import vn.emr.signature.SignatureError;
import vn.emr.signature.internal.DocumentScanner.CapturedSignature;
import vn.emr.signature.internal.SignatureModel.Ref;

/**
 * XAdES-BES checks (ETSI EN 319 132-1): exactly one {@code QualifyingProperties} targeting this signature, in one of
 * its {@code Object}s, holding the one {@code SignedProperties} that exactly one SignedProperties reference covers
 * (anything else is a wrapping attempt); the signing-certificate digest matches the signer; the signing time parses.
 * A {@code SignatureTimeStamp}'s message imprint is checked against the {@code SignatureValue}; its TSA is not.
 */
public final class Xades {

    public static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    public static final String XADES141 = "http://uri.etsi.org/01903/v1.4.1#";
    private static final String DSIG = DocumentScanner.DSIG;

    /** The XAdES findings. */
    public record Result(List<Issue> errors, List<Issue> warnings, Instant signingTime, String signerRole) {
    }

    private Xades() {
    }

    public static Result check(CapturedSignature cs, SignatureModel m, Map<Ref, Node> treeTargets,
            X509Certificate signer) {
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        List<Node> all = new ArrayList<>();
        cs.tree.collect(all);
        List<Node> qps = new ArrayList<>();
        List<Node> sps = new ArrayList<>();
        for (Node n : all) {
            if (n.is(XADES, "QualifyingProperties")) {
                qps.add(n);
            } else if (n.is(XADES, "SignedProperties")) {
                sps.add(n);
            }
        }
        List<Ref> spRefs = new ArrayList<>();
        for (Ref r : m.references) {
            if (SignatureModel.XADES_SIGNED_PROPERTIES_TYPE.equals(r.type)) {
                spRefs.add(r);
            }
        }
        if (qps.isEmpty() && sps.isEmpty() && spRefs.isEmpty()) {
            return new Result(errors, warnings, null, null);
        }
        if (qps.size() != 1) {
            errors.add(Issue.error("", SignatureError.XADES_STRUCTURE, qps.size() + " QualifyingProperties"));
            return new Result(errors, warnings, null, null);
        }
        Node qp = qps.get(0);
        Node object = qp.parent();
        if (object == null || !object.is(DSIG, "Object") || object.parent() != cs.tree) {
            errors.add(Issue.error("", SignatureError.XADES_STRUCTURE, "QualifyingProperties outside ds:Object"));
            return new Result(errors, warnings, null, null);
        }
        if (m.id == null || !("#" + m.id).equals(qp.attr("Target"))) {
            errors.add(Issue.error("", SignatureError.XADES_STRUCTURE, "Target is not this signature"));
            return new Result(errors, warnings, null, null);
        }
        if (sps.size() != 1 || sps.get(0).parent() != qp) {
            errors.add(Issue.error("", SignatureError.XADES_STRUCTURE, sps.size() + " SignedProperties"));
            return new Result(errors, warnings, null, null);
        }
        Node sp = sps.get(0);
        if (spRefs.size() != 1 || treeTargets.get(spRefs.get(0)) != sp) {
            errors.add(Issue.error("", SignatureError.XADES_NOT_SIGNED));
            return new Result(errors, warnings, null, null);
        }
        Instant signingTime = null;
        String role = null;
        Node ssp = first(sp, XADES, "SignedSignatureProperties");
        if (ssp != null) {
            Node st = first(ssp, XADES, "SigningTime");
            if (st != null) {
                signingTime = parseTime(st.textContent().trim(), errors);
                if (signingTime != null) {
                    warnings.add(Issue.warning("", SignatureError.SIGNING_TIME_CLAIMED, signingTime));
                }
            }
            Node sc = first(ssp, XADES, "SigningCertificate");
            if (sc == null) {
                sc = first(ssp, XADES, "SigningCertificateV2");
            }
            if (sc != null) {
                checkSigningCertificate(sc, signer, m.legacy, errors);
            }
            Node sr = first(ssp, XADES, "SignerRole");
            if (sr == null) {
                sr = first(ssp, XADES, "SignerRoleV2");
            }
            if (sr != null) {
                Node claimed = first(sr, XADES, "ClaimedRoles");
                Node one = claimed == null ? null : first(claimed, XADES, "ClaimedRole");
                if (one != null) {
                    role = one.textContent().trim();
                }
            }
        }
        Node up = first(qp, XADES, "UnsignedProperties");
        Node usp = up == null ? null : first(up, XADES, "UnsignedSignatureProperties");
        if (usp != null) {
            for (Node p : usp.elements()) {
                if (p.is(XADES, "SignatureTimeStamp")) {
                    checkTimeStamp(cs, m, p, errors, warnings);
                } else {
                    warnings.add(Issue.warning("", SignatureError.UNSIGNED_PROPERTIES_NOT_CHECKED, p.local()));
                }
            }
        }
        return new Result(errors, warnings, signingTime, role);
    }

    private static Node first(Node parent, String uri, String local) {
        List<Node> l = parent.elements(uri, local);
        return l.isEmpty() ? null : l.get(0);
    }

    private static Instant parseTime(String text, List<Issue> errors) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                errors.add(Issue.error("", SignatureError.XADES_SIGNING_TIME_MALFORMED,
                        text.length() > 40 ? text.substring(0, 40) : text));
                return null;
            }
        }
    }

    private static void checkSigningCertificate(Node sc, X509Certificate signer, boolean legacy,
            List<Issue> errors) {
        if (signer == null) {
            errors.add(Issue.error("", SignatureError.XADES_CERTIFICATE_MISMATCH));
            return;
        }
        boolean matched = false;
        for (Node cert : sc.elements(XADES, "Cert")) {
            Node cd = first(cert, XADES, "CertDigest");
            if (cd == null) {
                continue;
            }
            Node dm = first(cd, DSIG, "DigestMethod");
            Node dv = first(cd, DSIG, "DigestValue");
            if (dm == null || dv == null) {
                continue;
            }
            String uri = String.valueOf(dm.attr("Algorithm"));
            DigestAlgorithm alg = DigestAlgorithm.fromUri(uri).orElse(null);
            boolean legacySha1 = alg == null && legacy && SignatureModel.SHA1_URI.equals(uri);
            if (alg == null && !legacySha1) {
                errors.add(SignatureModel.classifyDigest(uri));
                return;
            }
            try {
                byte[] expected = Crypto.base64(dv.textContent());
                MessageDigest md = legacySha1 ? Crypto.legacyDigest("SHA-1") : Crypto.digest(alg);
                if (MessageDigest.isEqual(expected, md.digest(signer.getEncoded()))) {
                    matched = true;
                }
            } catch (IllegalArgumentException | CertificateEncodingException e) {
                // not a match
            }
        }
        if (!matched) {
            errors.add(Issue.error("", SignatureError.XADES_CERTIFICATE_MISMATCH));
        }
    }

    private static void checkTimeStamp(CapturedSignature cs, SignatureModel m, Node ts, List<Issue> errors,
            List<Issue> warnings) {
        Node ets = first(ts, XADES, "EncapsulatedTimeStamp");
        if (ets == null) {
            errors.add(Issue.error("", SignatureError.TIMESTAMP_MALFORMED, "no EncapsulatedTimeStamp"));
            return;
        }
        C14nMethod method = C14nMethod.INCLUSIVE;
        Node cm = first(ts, DSIG, "CanonicalizationMethod");
        if (cm != null) {
            method = C14nMethod.fromUri(String.valueOf(cm.attr("Algorithm"))).orElse(null);
            if (method == null) {
                errors.add(Issue.error("", SignatureError.CANONICALIZATION_REFUSED, "SignatureTimeStamp"));
                return;
            }
        }
        try {
            org.bouncycastle.tsp.TimeStampToken token = new org.bouncycastle.tsp.TimeStampToken(
                    new org.bouncycastle.cms.CMSSignedData(Crypto.base64(ets.textContent())));
            String oid = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
            String jca;
            switch (oid) {
                case "1.3.14.3.2.26":
                    jca = "SHA-1";
                    if (m.legacy) {
                        break;
                    }
                    errors.add(Issue.error("", SignatureError.DIGEST_ALGORITHM_WEAK, "SHA-1 (time-stamp imprint)"));
                    break;
                case "2.16.840.1.101.3.4.2.1":
                    jca = "SHA-256";
                    break;
                case "2.16.840.1.101.3.4.2.2":
                    jca = "SHA-384";
                    break;
                case "2.16.840.1.101.3.4.2.3":
                    jca = "SHA-512";
                    break;
                default:
                    errors.add(Issue.error("", SignatureError.DIGEST_ALGORITHM_UNKNOWN, oid));
                    return;
            }
            byte[] canonical = Crypto.canonicalize(m.signatureValueNode, cs.outerBindings, cs.outerXmlAttrs, method,
                    null, null, true).bytes();
            byte[] imprint = MessageDigest.getInstance(jca).digest(canonical);
            if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                errors.add(Issue.error("", SignatureError.TIMESTAMP_IMPRINT_MISMATCH));
            }
            warnings.add(Issue.warning("", SignatureError.UNSIGNED_PROPERTIES_NOT_CHECKED,
                    "SignatureTimeStamp (TSA certificate)"));
        } catch (NoSuchAlgorithmException e) {
            errors.add(Issue.error("", SignatureError.DIGEST_ALGORITHM_UNKNOWN, "time-stamp imprint"));
        } catch (Exception e) {
            errors.add(Issue.error("", SignatureError.TIMESTAMP_MALFORMED, "token"));
        }
    }
}
