package vn.emr.signature.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Reasons;
import vn.emr.signature.SignatureError;

/**
 * Decodes the base64 text of {@code KeyInfo/X509Data/X509Certificate} elements, remembering recently decoded
 * certificates by their exact text so that a verifier checking many documents from the same signers decodes each
 * certificate once.
 *
 * <p>Bounded: at most {@code capacity} entries (the least recently used one leaves first) and only texts of at most
 * {@code maxTextLength} characters are kept, so the cache holds at most {@code capacity * maxTextLength} characters
 * plus the certificates. Each verifier owns its own cache (there is no process-wide state); it holds only public
 * certificates, which are immutable, so sharing one between threads is safe. Thread-safe: lookups and insertions are
 * synchronized, decoding happens outside the lock (two threads may decode the same text at once; both get equal
 * certificates).
 */
public final class CertificateCache {

    /** Entries kept by {@link #CertificateCache()}. */
    public static final int DEFAULT_CAPACITY = 64;
    /** Longest text kept by {@link #CertificateCache()} (16 KiB; a certificate with a 16384-bit key is smaller). */
    public static final int DEFAULT_MAX_TEXT = 16 * 1024;

    private final int maxTextLength;
    private final Map<String, X509Certificate> entries;

    /** A cache of {@link #DEFAULT_CAPACITY} entries of at most {@link #DEFAULT_MAX_TEXT} characters. */
    public CertificateCache() {
        this(DEFAULT_CAPACITY, DEFAULT_MAX_TEXT);
    }

    /**
     * A cache of at most {@code capacity} entries, each for a text of at most {@code maxTextLength} characters
     * (longer texts are decoded every time); a capacity of 0 caches nothing.
     */
    public CertificateCache(int capacity, int maxTextLength) {
        if (capacity < 0 || maxTextLength < 0) {
            throw new IllegalArgumentException("capacity and maxTextLength must not be negative");
        }
        this.maxTextLength = maxTextLength;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, X509Certificate> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The certificate of one {@code X509Certificate} element's text (base64 of the DER encoding; whitespace
     * allowed).
     *
     * @throws EmrException {@link SignatureError#CERTIFICATE_MALFORMED} when the text is not a certificate
     */
    public X509Certificate decode(String text) {
        boolean cacheable = text.length() <= maxTextLength;
        if (cacheable) {
            X509Certificate known;
            synchronized (entries) {
                known = entries.get(text);
            }
            if (known != null) {
                return known;
            }
        }
        CertificateFactory cf;
        try {
            cf = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate cert;
        try {
            byte[] der = Crypto.base64(text);
            cert = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new EmrException(SignatureError.CERTIFICATE_MALFORMED, "", Reasons.of(e));
        }
        if (cacheable) {
            synchronized (entries) {
                entries.put(text, cert);
            }
        }
        return cert;
    }

    /** How many certificates are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public String toString() {
        return "CertificateCache[size=" + size() + ", maxTextLength=" + maxTextLength + "]";
    }
}
