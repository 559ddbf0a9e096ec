package vn.emr.signature.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emr.core.EmrException;
import vn.emr.signature.DigestAlgorithm;
import vn.emr.signature.SignatureAlgorithm;
import vn.emr.signature.SignatureError;

/**
 * Digests, signature checks and the ECDSA value conversion (JCA DER to the XML-DSig r||s form and back). SHA-2 and RSA
 * use the JDK providers (SHA-256 has CPU intrinsics there); ECDSA uses the Bouncy Castle provider object, never
 * installed globally.
 */
public final class Crypto {

    private Crypto() {
    }

    public static MessageDigest digest(DigestAlgorithm algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm.jcaName(), e);
        }
    }

    /** A digest by JCA name, for the test-only legacy policy (SHA-1). */
    public static MessageDigest legacyDigest(String jcaName) {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jcaName, e);
        }
    }

    /** Checks an RSA signature value by JCA name (the test-only legacy policy: SHA1withRSA). */
    public static boolean verifyLegacy(String jcaName, PublicKey key, byte[] data, byte[] value) {
        try {
            Signature s = Signature.getInstance(jcaName);
            s.initVerify(key);
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A JCA signature object for the algorithm: Bouncy Castle for ECDSA, the JDK for RSA and RSASSA-PSS. */
    public static Signature signature(SignatureAlgorithm algorithm) throws GeneralSecurityException {
        Signature s = algorithm.isEcdsa() ? Signature.getInstance(algorithm.jcaName(), Providers.bouncyCastle())
                : Signature.getInstance(algorithm.jcaName());
        if (algorithm.parameters().isPresent()) {
            s.setParameter(algorithm.parameters().get());
        }
        return s;
    }

    /** Checks an XML-DSig signature value (r||s for ECDSA) over the data. */
    public static boolean verify(SignatureAlgorithm algorithm, PublicKey key, byte[] data, byte[] xmlValue) {
        try {
            byte[] value = xmlValue;
            if (algorithm.isEcdsa()) {
                int n = ecFieldBytes(key);
                if (xmlValue.length != 2 * n) {
                    return false;
                }
                value = rawToDer(xmlValue);
            }
            Signature s = signature(algorithm);
            s.initVerify(key);
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Key size in bits (RSA modulus, EC order), or -1. */
    public static int keyBits(PublicKey key) {
        if (key instanceof RSAKey r) {
            return r.getModulus().bitLength();
        }
        if (key instanceof ECKey e) {
            return e.getParams().getOrder().bitLength();
        }
        return -1;
    }

    public static int ecFieldBytes(PublicKey key) {
        int bits = ((ECKey) key).getParams().getCurve().getField().getFieldSize();
        return (bits + 7) / 8;
    }

    /** DER ECDSA-Sig-Value to fixed-length r||s. */
    public static byte[] derToRaw(byte[] der, int n) {
        try {
            org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(der);
            BigInteger r = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
            BigInteger s = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
            byte[] out = new byte[2 * n];
            put(r, out, 0, n);
            put(s, out, n, n);
            return out;
        } catch (RuntimeException e) {
            throw new EmrException(SignatureError.SIGNATURE_VALUE_MALFORMED, "", "ECDSA DER");
        }
    }

    private static void put(BigInteger v, byte[] out, int off, int n) {
        byte[] b = v.toByteArray();
        int start = 0;
        while (start < b.length - 1 && b[start] == 0) {
            start++;
        }
        int len = b.length - start;
        if (len > n) {
            throw new IllegalArgumentException("integer too long");
        }
        System.arraycopy(b, start, out, off + n - len, len);
    }

    /**
     * Whether the bytes are exactly the DER encoding of an ECDSA-Sig-Value (a SEQUENCE of two positive INTEGERs, nothing
     * after it): re-encoding what was parsed must give the same bytes.
     */
    public static boolean isStrictDerEcdsa(byte[] value) {
        if (value.length < 8 || value[0] != 0x30) {
            return false;
        }
        try {
            org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(value);
            if (seq.size() != 2) {
                return false;
            }
            BigInteger r = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
            BigInteger s = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
            if (r.signum() <= 0 || s.signum() <= 0) {
                return false;
            }
            return Arrays.equals(value, seq.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER));
        } catch (RuntimeException | java.io.IOException e) {
            return false;
        }
    }

    /** Fixed-length r||s to DER ECDSA-Sig-Value. */
    public static byte[] rawToDer(byte[] raw) {
        int n = raw.length / 2;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, n));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, n, 2 * n));
        try {
            return new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                new org.bouncycastle.asn1.ASN1Integer(r), new org.bouncycastle.asn1.ASN1Integer(s)}).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Canonicalizes an element of a captured (or built) signature tree, given the bindings and xml:* attributes in
     * scope outside the tree, into the sink.
     */
    public static ByteSink canonicalize(Node target, Map<String, String> outerBindings, Map<String, String> outerXml,
            C14nMethod method, Set<String> prefixes, MessageDigest digest, boolean keepCopy) {
        NsScope scope = NsScope.seeded(outerBindings, outerXml);
        List<Node> ancestors = new ArrayList<>();
        for (Node p = target.parent; p != null; p = p.parent) {
            ancestors.add(0, p);
        }
        for (Node a : ancestors) {
            scope.push(a);
        }
        ByteSink sink = new ByteSink(digest, keepCopy);
        new Canonicalizer(method, prefixes, sink, false).replay(target, scope);
        return sink;
    }

    /** Decodes base64 text after removing XML whitespace; strict otherwise. */
    public static byte[] base64(String text) {
        int len = text.length();
        int ws = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ws++;
            }
        }
        if (ws == 0) {
            return java.util.Base64.getDecoder().decode(text);
        }
        // chars outside Latin-1 cannot be base64: keep them (as '?', also invalid) so that decoding refuses them
        byte[] compact = new byte[len - ws];
        int k = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                compact[k++] = c < 0x80 ? (byte) c : (byte) '?';
            }
        }
        return java.util.Base64.getDecoder().decode(compact);
    }
}
