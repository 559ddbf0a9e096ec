package vn.emr.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import vn.emr.signature.internal.SignatureTemplate;
import vn.emr.signature.internal.TagLocator;
import vn.emr.signature.internal.XmlSource;

/**
 * The first of the three signing steps: what the key must sign. {@link #bytes()} is the canonical {@code SignedInfo}
 * (give it to {@link SigningKey#sign}); {@link #digest()} is its hash, for remote signing services that take a hash
 * (VNPT SmartCA, Viettel MySign, CSC {@code signHash}). Pass the signature value to
 * {@link XmlSigner#assemble(DataToSign, byte[])}.
 *
 * <p>An immutable value: every field is final and nothing changes it, so one {@code DataToSign} may be assembled
 * any number of times, from any number of threads at once. It holds the document by reference (the array or file
 * given to {@code prepare}), which must not change before {@code assemble}.
 */
public final class DataToSign {

    private final byte[] canonicalSignedInfo;
    private final SignatureAlgorithm algorithm;
    private final List<X509Certificate> chain;
    /** The document, or null for a detached signature (a standalone Signature document). */
    final XmlSource source;
    /** The serialized Signature element before and after its base64 signature value (never handed out). */
    private final byte[] signatureHead;
    private final byte[] signatureTail;
    final int containerOrdinal;
    final String containerQName;
    /** Where the container's tags are, when the first pass found the byte offsets (else startTagEnd is -1). */
    final long containerStartTagEnd;
    final boolean containerSelfClosing;
    final long containerEndTagStart;

    DataToSign(byte[] canonicalSignedInfo, SignatureAlgorithm algorithm, List<X509Certificate> chain,
            XmlSource source, SignatureTemplate template, int containerOrdinal, String containerQName,
            TagLocator.Location location) {
        this.canonicalSignedInfo = canonicalSignedInfo.clone();
        this.algorithm = algorithm;
        this.chain = List.copyOf(chain);
        this.source = source;
        byte[][] around = template.serializedAroundValue();
        this.signatureHead = around[0];
        this.signatureTail = around[1];
        this.containerOrdinal = containerOrdinal;
        this.containerQName = containerQName;
        this.containerStartTagEnd = location == null ? -1 : location.startTagEnd;
        this.containerSelfClosing = location != null && location.selfClosing;
        this.containerEndTagStart = location == null ? -1 : location.endTagStart;
    }

    /** Whether the container's tag offsets are known from the first pass. */
    boolean containerLocated() {
        return containerStartTagEnd >= 0;
    }

    /** The serialized Signature element with this signature value (base64 of the XML form); a new array. */
    byte[] signatureElement(byte[] xmlSignatureValue) {
        byte[] value = Base64.getEncoder().encode(xmlSignatureValue);
        byte[] out = new byte[signatureHead.length + value.length + signatureTail.length];
        System.arraycopy(signatureHead, 0, out, 0, signatureHead.length);
        System.arraycopy(value, 0, out, signatureHead.length, value.length);
        System.arraycopy(signatureTail, 0, out, signatureHead.length + value.length, signatureTail.length);
        return out;
    }

    /** The UTF-8 length of {@link #signatureElement} for a value of this many bytes. */
    int signatureElementLength(int xmlSignatureValueLength) {
        return signatureHead.length + 4 * ((xmlSignatureValueLength + 2) / 3) + signatureTail.length;
    }

    /** The exact bytes to sign: the canonical {@code SignedInfo}. */
    public byte[] bytes() {
        return canonicalSignedInfo.clone();
    }

    /** Checks the value against the canonical SignedInfo without copying it. */
    boolean verifies(java.security.PublicKey key, byte[] xmlSignatureValue) {
        return vn.emr.signature.internal.Crypto.verify(algorithm, key, canonicalSignedInfo, xmlSignatureValue);
    }

    /** The hash of {@link #bytes()} with the algorithm's digest, for sign-hash services. */
    public byte[] digest() {
        try {
            return MessageDigest.getInstance(algorithm.digest().jcaName()).digest(canonicalSignedInfo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature algorithm the value must be made with. */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** The signer certificate chain the signature will carry (signer first). */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public String toString() {
        return "DataToSign[algorithm=" + algorithm + ", bytes=" + canonicalSignedInfo.length + "]";
    }
}
