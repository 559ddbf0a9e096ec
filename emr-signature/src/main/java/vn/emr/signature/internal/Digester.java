package vn.emr.signature.internal;

import java.security.MessageDigest;
import java.util.Set;

/**
 * One reference's digest computed during a streaming pass: C14N of the whole document or of the element with an Id,
 * leaving out one {@code Signature} (the enveloped-signature transform) or, speculatively, every top-level one.
 */
public final class Digester {

    /** Leave out no signature. */
    public static final int EXCLUDE_NONE = -1;
    /** Leave out every top-level signature (the speculative whole-document digest). */
    public static final int EXCLUDE_ALL = -2;

    final String targetId;
    final int excludeSignature;
    final Canonicalizer c14n;
    boolean active;
    boolean done;
    int startDepth;
    int skipDepth = -1;
    boolean sawComment;
    private byte[] value;

    /**
     * @param targetId the Id of the element to digest, or null for the whole document
     * @param excludeSignature the ordinal of the signature to leave out (every {@code ds:Signature} in document
     *     order, nested ones included, as {@link DocumentScanner} numbers them), or one of the constants
     */
    public Digester(String targetId, int excludeSignature, C14nMethod method, Set<String> inclusivePrefixes,
            MessageDigest digest) {
        this.targetId = targetId;
        this.excludeSignature = excludeSignature;
        this.c14n = new Canonicalizer(method.withoutComments(), inclusivePrefixes, new ByteSink(digest, false),
                targetId == null);
        this.active = targetId == null;
    }

    /** Whether this digest leaves out the signature with this ordinal (see {@link DocumentScanner}). */
    boolean leavesOut(int signatureOrdinal, boolean topLevel) {
        return excludeSignature == signatureOrdinal || (excludeSignature == EXCLUDE_ALL && topLevel);
    }

    public byte[] value() {
        if (value == null && done) {
            value = c14n.sink().digestValue();
        }
        return value;
    }

    public boolean done() {
        return done;
    }

    public boolean sawComment() {
        return sawComment;
    }

    public String targetId() {
        return targetId;
    }
}
