package vn.emr.signature;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.emr.signature.internal.JcaSigningKey;
import vn.emr.signature.internal.KeyStoreLoader;
import vn.emr.signature.internal.RemoteSigningKey;

/**
 * Factories of {@link SigningKey}s: any JCA {@code PrivateKey} with its certificate chain, a PKCS#12 file, a PKCS#11
 * token or HSM through SunPKCS11, or a remote signing service (VNPT SmartCA, Viettel MySign) through a
 * {@link RemoteSigner}.
 *
 * <p>Providers are always passed as objects, never installed with {@code Security.addProvider}: PKCS#11 keys sign
 * with their token's provider, EC keys with Bouncy Castle's (faster than JDK 17's for P-256), RSA with the JDK's.
 * RSA keys sign with rsa-sha256 by default, RSASSA-PSS keys with RSASSA-PSS SHA-256, EC P-256 keys with ecdsa-sha256.
 *
 * <p>Keys loaded from a key store or token are refused when their certificate is expired or not yet valid (a coded
 * error); {@link #of(PrivateKey, List)} trusts its caller on that point. Every failure is an
 * {@link vn.emr.core.EmrException} with a {@link TrustError} code; passwords and PINs are never put in messages.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    /**
     * A key held in this JVM (or a handle to a token key) with its chain, signer certificate first.
     *
     * @throws vn.emr.core.EmrException coded when the chain is empty, the key type is unsupported or does not match
     *     the certificate
     */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        return JcaSigningKey.create(key, chain, null);
    }

    /** As {@link #of(PrivateKey, List)}, signing with the given provider (for example a SunPKCS11 instance). */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        return JcaSigningKey.create(key, chain, Objects.requireNonNull(provider, "provider"));
    }

    /**
     * The only private key of a PKCS#12 file.
     *
     * @throws vn.emr.core.EmrException coded: unreadable file, wrong password, no or several private keys,
     *     certificate expired or not yet valid
     */
    public static SigningKey pkcs12(Path file, char[] password) {
        return pkcs12(file, password, null);
    }

    /**
     * The private key under {@code alias} (or the only one when {@code alias} is null) of a PKCS#12 file.
     *
     * @throws vn.emr.core.EmrException coded: unreadable file, wrong password, alias not found, entry without
     *     private key, several keys and no alias, certificate expired or not yet valid
     */
    public static SigningKey pkcs12(Path file, char[] password, String alias) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        return KeyStoreLoader.pkcs12(file, password, alias, Instant.now());
    }

    /**
     * A key on a PKCS#11 token or HSM described by a SunPKCS11 configuration file ({@code name}, {@code library},
     * {@code slot} or {@code slotListIndex}, see the JDK's PKCS#11 reference guide). The key stays on the token.
     *
     * <p>Each call configures a new SunPKCS11 provider object (never installed globally). Note that a PKCS#11 login
     * belongs to the whole process: once a token is logged in, later opens of the same token in this JVM are not
     * asked for the PIN again by the token, so a host serving several users must keep one token per user.
     *
     * @param alias the key's label on the token, or null when the token holds exactly one key
     * @throws vn.emr.core.EmrException coded: bad configuration or missing library, wrong PIN, alias problems,
     *     certificate expired or not yet valid
     */
    public static SigningKey pkcs11(Path configFile, char[] pin, String alias) {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(pin, "pin");
        KeyStoreLoader.checkPkcs11Config(configFile);
        Provider provider = KeyStoreLoader.pkcs11Provider(configFile.toAbsolutePath().toString());
        return KeyStoreLoader.pkcs11(provider, pin, alias, Instant.now());
    }

    /**
     * A key on the token in slot {@code slotListIndex} (0 for the first slot) of a PKCS#11 library, such as a Vietnamese
     * CA's USB-token module ({@code /usr/lib/...so} or {@code C:\...\*.dll}; take the path from the CA's installer).
     *
     * @see #pkcs11(Path, char[], String)
     */
    public static SigningKey pkcs11(Path library, int slotListIndex, char[] pin, String alias) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(pin, "pin");
        if (slotListIndex < 0) {
            throw new IllegalArgumentException("slotListIndex must not be negative");
        }
        if (!java.nio.file.Files.isRegularFile(library)) {
            throw new vn.emr.core.EmrException(TrustError.PKCS11_LIBRARY_MISSING, "");
        }
        String config = "--name = EMR\nlibrary = " + library.toAbsolutePath() + "\nslotListIndex = " + slotListIndex
                + "\n";
        Provider provider = KeyStoreLoader.pkcs11Provider(config);
        return KeyStoreLoader.pkcs11(provider, pin, alias, Instant.now());
    }

    /**
     * A key on a token through a provider the caller configured itself (for example
     * {@code Security.getProvider("SunPKCS11").configure(cfg)} with vendor-specific attributes); the provider is used
     * as an object, not installed.
     *
     * @see #pkcs11(Path, char[], String)
     */
    public static SigningKey pkcs11(Provider provider, char[] pin, String alias) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(pin, "pin");
        return KeyStoreLoader.pkcs11(provider, pin, alias, Instant.now());
    }

    /**
     * A key at a remote signing service: the canonical {@code SignedInfo} is hashed here, the service signs the hash
     * (for RSA PKCS#1 v1.5 over the {@link RemoteSigner.Request#digestInfo() DigestInfo}), and the answer is used only
     * if it verifies with the signer certificate.
     *
     * @param chain the signer's certificate chain as the service published it, signer first
     * @param timeout how long to wait for the answer (user approval on a phone can take a minute)
     * @throws vn.emr.core.EmrException at signing time, coded: {@link TrustError#REMOTE_TIMEOUT},
     *     {@link TrustError#REMOTE_REFUSED}, {@link TrustError#REMOTE_FAILED},
     *     {@link TrustError#SIGNATURE_NOT_MATCHING_CERTIFICATE}
     */
    public static SigningKey remote(RemoteSigner signer, List<X509Certificate> chain, Duration timeout) {
        return RemoteSigningKey.create(signer, chain, timeout);
    }
}
