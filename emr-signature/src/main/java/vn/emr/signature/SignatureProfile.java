package vn.emr.signature;

import java.util.Objects;
import vn.emr.core.internal.XmlProlog;

/**
 * How a signature is shaped and where it sits; the verifier checks the same shape.
 *
 * <ul>
 *   <li>{@link #CHUKYDONVI}: the facility signature of the social-insurance claims file (QĐ 130/4750, BHXH CV
 *       3190/1245): enveloped, one {@code Reference URI=""} with the enveloped-signature transform, inclusive C14N
 *       1.0, rsa-sha256/sha256, the signer certificate in {@code KeyInfo/X509Data}, the {@code Signature} inside
 *       {@code /GIAMDINHHS/CHUKYDONVI}.</li>
 *   <li>{@link #ENVELOPED}: a generic enveloped signature over the whole document ({@code URI=""}) or over one element
 *       with an Id ({@code URI="#id"}), placed in the root or in a given container element; several may sit on one
 *       medical document (author, head of department, patient), each with its own Id.</li>
 *   <li>{@link #DETACHED}: a standalone {@code Signature} document over external bytes (a PDF, an image), the bytes
 *       being supplied again at verification, never fetched.</li>
 * </ul>
 */
public enum SignatureProfile {
    /** The {@code CHUKYDONVI} facility signature of {@code GIAMDINHHS} claims files. */
    CHUKYDONVI,
    /** A generic enveloped signature. */
    ENVELOPED,
    /** A detached signature over external bytes. */
    DETACHED;

    /**
     * The enveloped profile a document gets by default: {@link #CHUKYDONVI} when its document element is
     * {@code GIAMDINHHS} (a claims file), {@link #ENVELOPED} otherwise. Looks only at the first 8 KB, without parsing;
     * the signer still checks the document.
     */
    public static SignatureProfile forDocument(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        return "GIAMDINHHS".equals(XmlProlog.rootElement(xml)) ? CHUKYDONVI : ENVELOPED;
    }
}
