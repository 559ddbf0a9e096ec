package vn.emr.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
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
 * <p>Immutable from the caller's side; holds the document by reference (the array or file given to
 * {@code prepare}), which must not change before {@code assemble}.
 */
public final class DataToSign {

    private final byte[] canonicalSignedInfo;
    private final SignatureAlgorithm algorithm;
    private final List<X509Certificate> chain;
    final XmlSource source;
    final SignatureTemplate template;
    final int containerOrdinal;
    final String containerQName;
    final TagLocator.Location location;

    DataToSign(byte[] canonicalSignedInfo, SignatureAlgorithm algorithm, List<X509Certificate> chain,
            XmlSource source, SignatureTemplate template, int containerOrdinal, String containerQName,
            TagLocator.Location location) {
        this.canonicalSignedInfo = canonicalSignedInfo;
        this.algorithm = algorithm;
        this.chain = List.copyOf(chain);
        this.source = source;
        this.template = template;
        this.containerOrdinal = containerOrdinal;
        this.containerQName = containerQName;
        this.location = location;
    }

    /** The exact bytes to sign: the canonical {@code SignedInfo}. */
    public byte[] bytes() {
        return canonicalSignedInfo.clone();
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
