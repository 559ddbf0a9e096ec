package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emr.signature.TrustTestPki.NOW;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;
import vn.emr.signature.TrustTestPki.Credential;

class TrustPolicyTest {

    static Credential root;
    static Credential intermediate;
    static Credential leaf;
    static Credential otherRoot;

    @BeforeAll
    static void pki() {
        root = TrustTestPki.root("Root CA");
        intermediate = TrustTestPki.ca("Issuing CA", root);
        leaf = TrustTestPki.leaf("Signer", intermediate);
        otherRoot = TrustTestPki.root("Other Root");
    }

    private static List<String> codes(CertificateValidation v) {
        return v.issues().stream().map(Issue::codeString).toList();
    }

    private static List<String> errorCodes(CertificateValidation v) {
        return v.errors().stream().map(Issue::codeString).toList();
    }

    @Test
    void trustsChainBuiltWithIntermediateFromKeyInfo() {
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isTrue();
        assertThat(v.issues()).isEmpty();
        assertThat(v.path()).containsExactly(leaf.certificate(), intermediate.certificate(), root.certificate());
    }

    @Test
    void trustsChainBuiltWithIntermediateFromPolicy() {
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .intermediate(intermediate.certificate()).build();
        assertThat(policy.validate(List.of(leaf.certificate()), NOW).trusted()).isTrue();
    }

    @Test
    void refusesSignerWithoutPathToAnchor() {
        CertificateValidation v = TrustPolicy.of(otherRoot.certificate())
                .validate(List.of(leaf.certificate(), intermediate.certificate(), root.certificate()), NOW);
        assertThat(v.trusted()).isFalse();
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0502");
        assertThat(v.path()).isEmpty();
    }

    @Test
    void refusesWhenIntermediateMissing() {
        CertificateValidation v = TrustPolicy.of(root.certificate()).validate(List.of(leaf.certificate()), NOW);
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0502");
    }

    @Test
    void keyInfoCertificatesNeverBecomeAnchors() {
        // a self-made "root" shipped in KeyInfo must not make the signature trusted
        Credential forgedRoot = TrustTestPki.root("Root CA");
        Credential forgedLeaf = TrustTestPki.leaf("Signer", forgedRoot);
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(forgedLeaf.certificate(), forgedRoot.certificate()), NOW);
        assertThat(v.trusted()).isFalse();
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0502");
    }

    @Test
    void refusesCertificateExpiredAtValidationTime() {
        Credential old = TrustTestPki.leaf("Old", intermediate, NOW.minus(Duration.ofDays(200)),
                NOW.minus(Duration.ofDays(10)));
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(old.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isFalse();
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0503");
        assertThat(v.path()).hasSize(3); // the path itself is fine: only the time is wrong
    }

    @Test
    void trustsCertificateValidAtSigningTimeThoughExpiredNow() {
        Credential old = TrustTestPki.leaf("Old", intermediate, NOW.minus(Duration.ofDays(200)),
                NOW.minus(Duration.ofDays(10)));
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(old.certificate(), intermediate.certificate()), NOW.minus(Duration.ofDays(100)));
        assertThat(v.trusted()).isTrue();
    }

    @Test
    void fixedValidationTimeOverridesTheGivenTime() {
        Credential old = TrustTestPki.leaf("Old", intermediate, NOW.minus(Duration.ofDays(200)),
                NOW.minus(Duration.ofDays(10)));
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .validationTime(NOW.minus(Duration.ofDays(100))).build();
        assertThat(policy.validate(List.of(old.certificate(), intermediate.certificate()), NOW).trusted()).isTrue();
        assertThat(policy.validate(List.of(old.certificate(), intermediate.certificate())).trusted()).isTrue();
    }

    @Test
    void refusesCertificateNotYetValid() {
        Credential future = TrustTestPki.leaf("Future", intermediate, NOW.plus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(100)));
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(future.certificate(), intermediate.certificate()), NOW);
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0504");
    }

    @Test
    void refusesSignerWhoseKeyUsageForbidsSignatures() {
        Credential encipherOnly = TrustTestPki.leaf("Enc", intermediate, TrustTestPki.sharedRsa(),
                KeyUsage.keyEncipherment);
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(encipherOnly.certificate(), intermediate.certificate()), NOW);
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0505");
    }

    @Test
    void reportsMissingCertificateAndMissingAnchorAsCodes() {
        assertThat(errorCodes(TrustPolicy.of(root.certificate()).validate(List.of(), NOW)))
                .containsExactly("EMR-SIG-0500");
        assertThat(errorCodes(TrustPolicy.of(root.certificate()).validate(null, NOW)))
                .containsExactly("EMR-SIG-0500");
        assertThat(errorCodes(TrustPolicy.of(List.of()).validate(List.of(leaf.certificate()), NOW)))
                .containsExactly("EMR-SIG-0501");
    }

    @Test
    void signerThatIsItselfAnAnchorIsTrusted() {
        X509Certificate self = TrustTestPki.selfSigned("Self", TrustTestPki.sharedRsa(),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)), false, KeyUsage.digitalSignature);
        CertificateValidation v = TrustPolicy.of(self).validate(List.of(self), NOW);
        assertThat(v.trusted()).isTrue();
        assertThat(v.path()).containsExactly(self);
    }

    // revocation

    private static TrustPolicy withCrls(java.security.cert.X509CRL... crls) {
        return TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.crls(List.of(crls))).build();
    }

    private static java.security.cert.X509CRL rootCrl() {
        return TrustTestPki.crl(root, null, null, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void crlRevokedBeforeSigningTimeMakesInvalid() {
        var crl = TrustTestPki.crl(intermediate, leaf.certificate(), NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
        CertificateValidation v = withCrls(crl, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isFalse();
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0600");
    }

    @Test
    void crlRevokedAfterSigningTimeForABenignReasonIsAWarning() {
        var crl = TrustTestPki.crl(intermediate, leaf.certificate(), NOW.minus(Duration.ofDays(2)),
                org.bouncycastle.asn1.x509.CRLReason.superseded, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(7)));
        CertificateValidation v = withCrls(crl, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW.minus(Duration.ofDays(5)));
        assertThat(v.trusted()).isTrue();
        assertThat(v.warnings()).extracting(Issue::codeString).containsExactly("EMR-SIG-0601");
        // but superseded before the signing time is revoked all the same
        assertThat(errorCodes(withCrls(crl, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW)))
                .containsExactly("EMR-SIG-0600");
    }

    @Test
    void keyCompromiseAfterTheClaimedSigningTimeStaysInvalid() {
        // a thief of the key back-dates the signing time: the compromise date does not prove the signature older
        var crl = TrustTestPki.crl(intermediate, leaf.certificate(), NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
        CertificateValidation v = withCrls(crl, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW.minus(Duration.ofDays(5)));
        assertThat(v.trusted()).isFalse();
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0607");
    }

    @Test
    void crlNotListingTheCertificateIsGood() {
        var crl = TrustTestPki.crl(intermediate, null, null, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(7)));
        CertificateValidation v = withCrls(crl, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isTrue();
        assertThat(v.issues()).isEmpty();
    }

    @Test
    void intermediateRevokedByRootMakesInvalid() {
        var leafCrl = TrustTestPki.crl(intermediate, null, null, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(7)));
        var rootList = TrustTestPki.crl(root, intermediate.certificate(), NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
        CertificateValidation v = withCrls(leafCrl, rootList)
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0600");
    }

    @Test
    void forgedCrlIsIgnoredAndStatusUnknownIsAnError() {
        Credential forger = TrustTestPki.root("Forger");
        var forged = TrustTestPki.crlSignedBy(intermediate, forger.privateKey(), null, null,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
        CertificateValidation v = withCrls(forged, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isFalse();
        assertThat(codes(v)).containsExactly("EMR-SIG-0603", "EMR-SIG-0602");
        assertThat(v.issues().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void staleCrlIsIgnored() {
        var stale = TrustTestPki.crl(intermediate, null, null, NOW.minus(Duration.ofDays(20)),
                NOW.minus(Duration.ofDays(13)));
        CertificateValidation v = withCrls(stale, rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(codes(v)).containsExactly("EMR-SIG-0606", "EMR-SIG-0602");
        assertThat(v.trusted()).isFalse();
    }

    @Test
    void softFailTurnsUnknownStatusIntoAWarning() {
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.crl(rootCrl())).softFailRevocation(true).build();
        CertificateValidation v = policy.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isTrue();
        assertThat(v.warnings()).extracting(Issue::codeString).containsExactly("EMR-SIG-0602");
    }

    @Test
    void ocspGoodFromIssuerIsAccepted() {
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.ocsp(TrustTestPki.ocsp(intermediate, BigInteger.ZERO, NOW, true)))
                .revocationOfSignerOnly(true).build();
        CertificateValidation v = policy.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.issues()).isEmpty();
        assertThat(v.trusted()).isTrue();
    }

    @Test
    void ocspRevokedBeforeSigningTimeMakesInvalidAndAfterWarns() {
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.ocsp(TrustTestPki.ocsp(intermediate,
                        leaf.certificate().getSerialNumber(), NOW.minus(Duration.ofDays(2)), false)))
                .revocationOfSignerOnly(true).build();
        List<X509Certificate> certs = List.of(leaf.certificate(), intermediate.certificate());
        assertThat(errorCodes(policy.validate(certs, NOW))).containsExactly("EMR-SIG-0600");
        assertThat(errorCodes(policy.validate(certs, NOW.minus(Duration.ofDays(3))))).containsExactly("EMR-SIG-0607");

        TrustPolicy benign = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.ocsp(TrustTestPki.ocsp(intermediate,
                        leaf.certificate().getSerialNumber(), NOW.minus(Duration.ofDays(2)),
                        org.bouncycastle.asn1.x509.CRLReason.cessationOfOperation, false)))
                .revocationOfSignerOnly(true).build();
        CertificateValidation earlier = benign.validate(certs, NOW.minus(Duration.ofDays(3)));
        assertThat(earlier.trusted()).isTrue();
        assertThat(codes(earlier)).containsExactly("EMR-SIG-0601");
        assertThat(errorCodes(benign.validate(certs, NOW))).containsExactly("EMR-SIG-0600");
    }

    @Test
    void ocspFromDelegatedResponderIsAccepted() {
        Credential responder = TrustTestPki.ocspResponder("OCSP responder", intermediate);
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.ocsp(TrustTestPki.ocsp(responder, BigInteger.ZERO, NOW, true)))
                .revocationOfSignerOnly(true).build();
        assertThat(policy.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW).issues()).isEmpty();
    }

    @Test
    void ocspSignedByUnauthorisedKeyIsIgnored() {
        // a leaf of the same CA without id-kp-OCSPSigning may not answer for its siblings
        Credential impostor = TrustTestPki.leaf("Impostor", intermediate);
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.ocsp(TrustTestPki.ocsp(impostor, BigInteger.ZERO, NOW, true)))
                .revocationOfSignerOnly(true).build();
        CertificateValidation v = policy.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(v.trusted()).isFalse();
        assertThat(codes(v)).containsExactly("EMR-SIG-0604", "EMR-SIG-0602");
    }

    @Test
    void ocspResponderFailureIsCodedNotThrown() {
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.ocsp(req -> {
                    throw new IllegalStateException("connection refused");
                }))
                .revocationSource(RevocationSource.ocsp(req -> new byte[] {1, 2, 3}))
                .revocationOfSignerOnly(true).build();
        CertificateValidation v = policy.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(codes(v)).containsExactly("EMR-SIG-0605", "EMR-SIG-0604", "EMR-SIG-0602");
    }

    @Test
    void validationResultIsImmutableAndConsistent() {
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThatThrownBy(() -> v.path().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new CertificateValidation(true, List.of(),
                List.of(Issue.error("", TrustError.REVOKED, "x", "y", "z", "w"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(v.toString()).doesNotContain("Signer");
    }

    @Test
    void messagesDoNotNameTheSigner() {
        Credential old = TrustTestPki.leaf("Nguyễn Văn A", intermediate, NOW.minus(Duration.ofDays(200)),
                NOW.minus(Duration.ofDays(10)));
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(old.certificate(), intermediate.certificate()), NOW);
        assertThat(v.errors().get(0).message()).doesNotContain("Nguyễn").contains("Issuing CA");
        assertThat(v.errors().get(0).message(java.util.Locale.ENGLISH)).contains("expired");
    }

    @Test
    void anInstantInTheFarPastIsBeforeEverything() {
        CertificateValidation v = TrustPolicy.of(root.certificate())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), Instant.EPOCH);
        assertThat(errorCodes(v)).contains("EMR-SIG-0504");
    }

    // ---- the path-build cache: same results as without it

    private static void assertCachedEqualsUncached(TrustPolicy.Builder policy, List<X509Certificate> chain,
            Instant primeAt, Instant at, boolean expectHit) {
        TrustPolicy cached = policy.build();
        cached.validate(chain, primeAt); // fills the cache
        assertThat(cached.cachedPaths()).isEqualTo(1);
        long hitsBefore = cached.cachedPathHits();
        CertificateValidation fromCache = cached.validate(chain, at);
        CertificateValidation uncached = policy.build().validate(chain, at); // a fresh policy: nothing cached
        assertThat(fromCache).isEqualTo(uncached);
        assertThat(codes(fromCache)).isEqualTo(codes(uncached));
        assertThat(cached.cachedPathHits() - hitsBefore).isEqualTo(expectHit ? 1 : 0);
    }

    @Test
    void cachedPathBuildGivesTheSameResultWhenValid() {
        List<X509Certificate> chain = List.of(leaf.certificate(), intermediate.certificate());
        assertCachedEqualsUncached(TrustPolicy.builder().trustAnchor(root.certificate()), chain, NOW,
                NOW.plus(Duration.ofDays(1)), true);
        TrustPolicy p = TrustPolicy.of(root.certificate());
        CertificateValidation first = p.validate(chain, NOW);
        CertificateValidation second = p.validate(chain, NOW);
        assertThat(second).isEqualTo(first);
        assertThat(second.trusted()).isTrue();
        assertThat(second.path().get(0)).isSameAs(chain.get(0));
        assertThat(p.cachedPathHits()).isEqualTo(1);
    }

    @Test
    void cachedPathBuildGivesTheSameResultWhenExpiredOrNotYetValidAtTheTime() {
        List<X509Certificate> chain = List.of(leaf.certificate(), intermediate.certificate());
        TrustPolicy.Builder policy = TrustPolicy.builder().trustAnchor(root.certificate());
        // signer expired: the path is built at its notAfter, where every certificate is valid
        assertCachedEqualsUncached(policy, chain, NOW, NOW.plus(Duration.ofDays(400)), true);
        // signer not yet valid: the path is built at its notBefore
        assertCachedEqualsUncached(policy, chain, NOW, NOW.minus(Duration.ofDays(100)), true);
        CertificateValidation expired = policy.build().validate(chain, NOW.plus(Duration.ofDays(400)));
        assertThat(errorCodes(expired)).contains("EMR-SIG-0503");
    }

    @Test
    void cachedPathBuildIsNotReusedWhenAnotherCertificateChangedValidity() {
        // the signer outlives its issuing CA: at a time when only the CA has expired the path must fail again
        Credential longLeaf = TrustTestPki.leaf("Long signer", intermediate, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(2500)));
        List<X509Certificate> chain = List.of(longLeaf.certificate(), intermediate.certificate());
        TrustPolicy.Builder policy = TrustPolicy.builder().trustAnchor(root.certificate());
        assertCachedEqualsUncached(policy, chain, NOW, NOW.plus(Duration.ofDays(2000)), false);
        CertificateValidation late = policy.build().validate(chain, NOW.plus(Duration.ofDays(2000)));
        assertThat(late.trusted()).isFalse();
        assertThat(errorCodes(late)).containsExactly("EMR-SIG-0502");
        // and back in the valid window the cached success is right again
        TrustPolicy p = policy.build();
        assertThat(p.validate(chain, NOW.plus(Duration.ofDays(2000))).trusted()).isFalse();
        assertThat(p.validate(chain, NOW).trusted()).isTrue();
        assertThat(p.validate(chain, NOW.plus(Duration.ofDays(2000))).trusted()).isFalse();
    }

    @Test
    void cachedPathBuildGivesTheSameResultForAWrongAnchor() {
        List<X509Certificate> chain = List.of(leaf.certificate(), intermediate.certificate(), root.certificate());
        assertCachedEqualsUncached(TrustPolicy.builder().trustAnchor(otherRoot.certificate()), chain, NOW, NOW, true);
        CertificateValidation v = TrustPolicy.of(otherRoot.certificate()).validate(chain, NOW);
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0502");
        // a different list of certificates is a different entry
        TrustPolicy p = TrustPolicy.of(root.certificate());
        assertThat(p.validate(List.of(leaf.certificate()), NOW).trusted()).isFalse();
        assertThat(p.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW).trusted()).isTrue();
        assertThat(p.cachedPaths()).isEqualTo(2);
        assertThat(p.cachedPathHits()).isZero();
    }

    @Test
    void policyWithRevocationSourcesNeverCaches() {
        TrustPolicy p = TrustPolicy.builder().trustAnchor(root.certificate())
                .revocationSource(RevocationSource.crls(List.of())).softFailRevocation(true).build();
        List<X509Certificate> chain = List.of(leaf.certificate(), intermediate.certificate());
        CertificateValidation first = p.validate(chain, NOW);
        CertificateValidation second = p.validate(chain, NOW);
        assertThat(second).isEqualTo(first);
        assertThat(p.cachedPaths()).isZero();
        assertThat(p.cachedPathHits()).isZero();
    }

    // signer kind, extended key usage, weak certificate signatures

    /** A certificate for the shared RSA key issued by {@code issuer} with the given extensions and algorithm. */
    private static X509Certificate issued(String cn, Credential issuer, boolean ca, int keyUsage,
            org.bouncycastle.asn1.x509.KeyPurposeId[] ekus, String algorithm) {
        return issued(cn, TrustTestPki.sharedRsa().getPublic(), issuer, ca, keyUsage, ekus, algorithm);
    }

    private static X509Certificate issued(String cn, java.security.PublicKey key, Credential issuer, boolean ca,
            int keyUsage, org.bouncycastle.asn1.x509.KeyPurposeId[] ekus, String algorithm) {
        try {
            var b = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(issuer.certificate(),
                    BigInteger.valueOf(System.nanoTime()), java.util.Date.from(NOW.minus(Duration.ofDays(10))),
                    java.util.Date.from(NOW.plus(Duration.ofDays(100))),
                    new javax.security.auth.x500.X500Principal("CN=" + cn + ",O=EMR test,C=VN"), key);
            b.addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true,
                    new org.bouncycastle.asn1.x509.BasicConstraints(ca));
            if (keyUsage != 0) {
                b.addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (ekus != null) {
                b.addExtension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage, false,
                        new org.bouncycastle.asn1.x509.ExtendedKeyUsage(ekus));
            }
            return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(b.build(
                    new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder(algorithm).setProvider(TrustTestPki.BC)
                            .build(issuer.privateKey())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

    private static CertificateValidation underIntermediate(X509Certificate signer) {
        return TrustPolicy.of(root.certificate()).validate(List.of(signer, intermediate.certificate()), NOW);
    }

    @Test
    void refusesACaCertificateAsTheSignerWithOrWithoutKeyUsage() {
        X509Certificate caWithSigningUsage = issued("Sub CA signing", intermediate, true,
                KeyUsage.keyCertSign | KeyUsage.digitalSignature, null, "SHA256withRSA");
        assertThat(errorCodes(underIntermediate(caWithSigningUsage))).containsExactly("EMR-SIG-0506");
        X509Certificate caWithoutKeyUsage = issued("Sub CA bare", intermediate, true, 0, null, "SHA256withRSA");
        CertificateValidation v = underIntermediate(caWithoutKeyUsage);
        assertThat(v.trusted()).isFalse();
        assertThat(errorCodes(v)).containsExactly("EMR-SIG-0506");
        // the intermediate itself (keyCertSign only) is refused for both reasons
        assertThat(errorCodes(TrustPolicy.of(root.certificate()).validate(List.of(intermediate.certificate()), NOW)))
                .containsExactlyInAnyOrder("EMR-SIG-0505", "EMR-SIG-0506");
        // and so is a trust anchor used as a signer
        assertThat(errorCodes(TrustPolicy.of(root.certificate()).validate(List.of(root.certificate()), NOW)))
                .contains("EMR-SIG-0506");
        // a leaf (CA:FALSE) without key usage is not restricted
        assertThat(underIntermediate(issued("Leaf bare", intermediate, false, 0, null, "SHA256withRSA")).trusted())
                .isTrue();
    }

    @Test
    void extendedKeyUsageMustAllowDocumentSigningWhenPresent() {
        org.bouncycastle.asn1.x509.KeyPurposeId documentSigning = org.bouncycastle.asn1.x509.KeyPurposeId
                .getInstance(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));
        org.bouncycastle.asn1.x509.KeyPurposeId msDocumentSigning = org.bouncycastle.asn1.x509.KeyPurposeId
                .getInstance(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"));
        for (var allowed : List.of(
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_emailProtection},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.anyExtendedKeyUsage},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {documentSigning},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {msDocumentSigning},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_clientAuth,
                        org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_emailProtection})) {
            CertificateValidation v = underIntermediate(issued("Allowed", intermediate, false, SIGNING, allowed,
                    "SHA256withRSA"));
            assertThat(v.trusted()).as("%s", List.of(allowed)).isTrue();
        }
        for (var refused : List.of(
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_serverAuth},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_codeSigning},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_clientAuth},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_OCSPSigning},
                new org.bouncycastle.asn1.x509.KeyPurposeId[] {org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping})) {
            CertificateValidation v = underIntermediate(issued("Refused", intermediate, false, SIGNING, refused,
                    "SHA256withRSA"));
            assertThat(v.trusted()).as("%s", List.of(refused)).isFalse();
            assertThat(errorCodes(v)).containsExactly("EMR-SIG-0508");
        }
    }

    @Test
    void refusesSha1SignedCertificatesBelowTheAnchorButNotTheAnchorsOwnSignature() {
        X509Certificate sha1Leaf = issued("SHA-1 leaf", intermediate, false, SIGNING, null, "SHA1withRSA");
        CertificateValidation leafV = underIntermediate(sha1Leaf);
        assertThat(leafV.trusted()).isFalse();
        assertThat(errorCodes(leafV)).containsExactly("EMR-SIG-0507");
        assertThat(leafV.errors().get(0).args()).contains("SHA-1");

        // an intermediate signed with SHA-1 by the root
        java.security.KeyPair caKeys = TrustTestPki.rsa();
        X509Certificate sha1Ca = issued("SHA-1 CA", caKeys.getPublic(), root, true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign, null, "SHA1withRSA");
        Credential sha1Issuer = new Credential(caKeys, sha1Ca);
        X509Certificate goodLeaf = issued("Leaf under SHA-1 CA", sha1Issuer, false, SIGNING, null, "SHA256withRSA");
        CertificateValidation caV = TrustPolicy.of(root.certificate()).validate(List.of(goodLeaf, sha1Ca), NOW);
        assertThat(errorCodes(caV)).containsExactly("EMR-SIG-0507");

        // the same CA as a trust anchor: its own (SHA-1) signature is not checked
        CertificateValidation anchored = TrustPolicy.of(sha1Ca).validate(List.of(goodLeaf), NOW);
        assertThat(anchored.trusted()).as("%s", anchored.issues()).isTrue();

        // RSASSA-PSS with SHA-256 is fine
        X509Certificate pssLeaf = issued("PSS leaf", intermediate, false, SIGNING, null, "SHA256withRSAandMGF1");
        assertThat(underIntermediate(pssLeaf).trusted()).isTrue();
        X509Certificate pssSha1 = issued("PSS SHA-1 leaf", intermediate, false, SIGNING, null, "SHA1withRSAandMGF1");
        assertThat(errorCodes(underIntermediate(pssSha1))).containsExactly("EMR-SIG-0507");
    }

    @Test
    void outcomeOfAValidationIsIndeterminateOnlyForUnknownRevocation() {
        assertThat(underIntermediate(leaf.certificate()).outcome()).isEqualTo(Outcome.VALID);
        CertificateValidation unknown = withCrls(rootCrl())
                .validate(List.of(leaf.certificate(), intermediate.certificate()), NOW);
        assertThat(errorCodes(unknown)).containsExactly("EMR-SIG-0602");
        assertThat(unknown.outcome()).isEqualTo(Outcome.INDETERMINATE);
        var revoked = TrustTestPki.crl(intermediate, leaf.certificate(), NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
        assertThat(withCrls(revoked, rootCrl()).validate(List.of(leaf.certificate(), intermediate.certificate()), NOW)
                .outcome()).isEqualTo(Outcome.INVALID);
        assertThat(TrustPolicy.of(otherRoot.certificate()).validate(List.of(leaf.certificate()), NOW).outcome())
                .isEqualTo(Outcome.INVALID);
    }
}
