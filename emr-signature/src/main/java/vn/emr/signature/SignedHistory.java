package vn.emr.signature;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.emr.core.history.RecordHistory;
import vn.emr.core.history.RecordVersion;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * A {@link RecordHistory} whose every version's digest is signed by its author: the strongest of the three history
 * guarantees (see {@code vn.emr.core.history}). The plain chain check trusts a digest anyone can recompute with the
 * public recipe; here each version carries a detached XML signature ({@link SignatureProfile#DETACHED}, reference URI
 * {@code version-<number>}, content the version's 64 hex-digit digest in ASCII) made with the author's
 * {@link SigningKey}, and {@link #verify(TrustPolicy)} checks it with the strict {@link XmlVerifier} against the
 * host's trust anchors. A forger who edits a version and recomputes the digests, but has no author key, is reported
 * ({@link TrustError#SIGNED_HISTORY_FORGED}); a signature by a key outside the trust anchors is refused
 * ({@link TrustError#SIGNED_HISTORY_SIGNATURE_INVALID}).
 *
 * <p>Which certificate belongs to which author is the host's decision (its staff directory): the {@code keyOfAuthor}
 * function picks the key when signing, and {@link #verify(TrustPolicy, Function)} binds each version's signer to the
 * version's {@code author}: the signer certificate must be one of the certificates the host registers for that
 * author, else the version is refused ({@link TrustError#SIGNED_HISTORY_SIGNER_NOT_AUTHOR}), so a colleague's
 * trusted key cannot stand in for the author's. {@link #verify(TrustPolicy)} alone proves only that each version was
 * signed by some trusted certificate. Dropping the last versions together with their
 * signatures still leaves a valid shorter history: pair this check with {@link RecordHistory#verifyChain(
 * vn.emr.core.history.HistoryHead)} on a stored head to detect truncation.
 *
 * <p>Immutable; the signatures are the bytes the host stores next to each version.
 */
public final class SignedHistory {

    private final RecordHistory history;
    private final List<byte[]> signatures;

    private SignedHistory(RecordHistory history, List<byte[]> signatures) {
        this.history = history;
        List<byte[]> copy = new ArrayList<>();
        for (byte[] s : signatures) {
            copy.add(Objects.requireNonNull(s, "signature").clone());
        }
        this.signatures = List.copyOf(copy);
    }

    /** Signs every version of the history with the key of its author, as the host maps authors to keys. */
    public static SignedHistory sign(RecordHistory history, Function<RecordVersion, SigningKey> keyOfAuthor) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(keyOfAuthor, "keyOfAuthor");
        List<byte[]> out = new ArrayList<>();
        for (RecordVersion v : history.versions()) {
            out.add(signVersion(v, Objects.requireNonNull(keyOfAuthor.apply(v), "key")));
        }
        return new SignedHistory(history, out);
    }

    /**
     * Signs only the versions after the ones this history already signed (the longer history must extend this one),
     * so earlier signatures are kept as made by their authors.
     */
    public SignedHistory extend(RecordHistory longer, SigningKey key) {
        Objects.requireNonNull(longer, "longer");
        Objects.requireNonNull(key, "key");
        List<RecordVersion> old = history.versions();
        List<RecordVersion> all = longer.versions();
        if (all.size() < old.size() || !all.subList(0, old.size()).equals(old)) {
            throw new IllegalArgumentException("the longer history must extend this one");
        }
        List<byte[]> out = new ArrayList<>(signatures);
        for (int i = old.size(); i < all.size(); i++) {
            out.add(signVersion(all.get(i), key));
        }
        return new SignedHistory(longer, out);
    }

    /** A signed history as the host reloads it: the versions and their stored signatures, oldest first. */
    public static SignedHistory of(RecordHistory history, List<byte[]> signatures) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(signatures, "signatures");
        return new SignedHistory(history, signatures);
    }

    private static byte[] signVersion(RecordVersion v, SigningKey key) {
        return XmlSigner.builder(SignatureProfile.DETACHED).detachedUri(uri(v.number())).build()
                .signDetached(v.digest().getBytes(StandardCharsets.US_ASCII), key);
    }

    private static String uri(int number) {
        return "version-" + number;
    }

    /** The history. */
    public RecordHistory history() {
        return history;
    }

    /** The detached signature of each version, oldest first (copies). */
    public List<byte[]> signatures() {
        List<byte[]> out = new ArrayList<>();
        signatures.forEach(s -> out.add(s.clone()));
        return out;
    }

    /**
     * Checks the chain ({@link RecordHistory#verifyChain()}) and every version's signature with the strict verifier
     * and the given trust anchors. An empty report means every version is unchanged since someone holding a trusted
     * key signed it; it does not say that this was the version's author: use {@link #verify(TrustPolicy, Function)}.
     */
    public ValidationReport verify(TrustPolicy trust) {
        return verify(trust, null);
    }

    /**
     * As {@link #verify(TrustPolicy)}, and each version's signer certificate must also be one of the certificates
     * {@code certificatesOfAuthor} gives for the version's {@code author} (compared by their encoded bytes; an empty
     * collection registers none), else {@link TrustError#SIGNED_HISTORY_SIGNER_NOT_AUTHOR}. An empty report means
     * every version is unchanged since its own author signed it.
     */
    public ValidationReport verify(TrustPolicy trust,
            Function<String, ? extends Collection<X509Certificate>> certificatesOfAuthor) {
        Objects.requireNonNull(trust, "trust");
        List<Issue> issues = new ArrayList<>(history.verifyChain().issues());
        List<RecordVersion> versions = history.versions();
        if (versions.size() != signatures.size()) {
            issues.add(Issue.error("signatures", TrustError.SIGNED_HISTORY_COUNT, versions.size(),
                    signatures.size()));
        }
        XmlVerifier verifier = XmlVerifier.strict(trust);
        for (int i = 0; i < Math.min(versions.size(), signatures.size()); i++) {
            RecordVersion v = versions.get(i);
            String path = "signatures[" + i + "]";
            VerificationResult r = verifier.verifyDetached(signatures.get(i), uri(v.number()),
                    v.digest().getBytes(StandardCharsets.US_ASCII));
            if (r.valid()) {
                if (certificatesOfAuthor != null && !registered(certificatesOfAuthor.apply(v.author()),
                        r.signatures().get(0).signerCertificate().orElse(null))) {
                    issues.add(Issue.error(path, TrustError.SIGNED_HISTORY_SIGNER_NOT_AUTHOR, v.number()));
                }
                continue;
            }
            if (r.hasError(SignatureError.DIGEST_MISMATCH)) {
                issues.add(Issue.error(path, TrustError.SIGNED_HISTORY_FORGED, v.number()));
            } else {
                issues.add(Issue.error(path, TrustError.SIGNED_HISTORY_SIGNATURE_INVALID, v.number()));
            }
            for (Issue e : r.errors()) {
                issues.add(Issue.error(path + (e.path().isEmpty() ? "" : "." + e.path()), e.code(),
                        e.args().toArray()));
            }
        }
        return ValidationReport.of(issues);
    }

    private static boolean registered(Collection<X509Certificate> certificates, X509Certificate signer) {
        if (certificates == null || signer == null) {
            return false;
        }
        for (X509Certificate c : certificates) {
            if (c != null && c.equals(signer)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SignedHistory[" + history.versions().size() + " versions, " + signatures.size() + " signatures]";
    }
}
