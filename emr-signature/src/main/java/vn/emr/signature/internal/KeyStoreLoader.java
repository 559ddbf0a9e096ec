package vn.emr.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.emr.core.internal.Reasons;
import vn.emr.core.EmrException;
import vn.emr.signature.TrustError;

/** Opens PKCS#12 files and PKCS#11 tokens and picks the signing entry, with a coded error for every failure. */
public final class KeyStoreLoader {

    private KeyStoreLoader() {
    }

    /** The key of a PKCS#12 file; the key password is the store password, as PKCS#12 tools make them. */
    public static JcaSigningKey pkcs12(Path file, char[] password, String alias, Instant now) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new EmrException(TrustError.KEYSTORE_UNREADABLE, "", name, "a folder, not a file");
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new EmrException(TrustError.KEYSTORE_UNREADABLE, "", e, name, "no such file");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // the JDK reports a wrong password and a file that is no PKCS#12 alike (IOException, often with an
            // UnrecoverableKeyException cause): one code, whose text names both
            if (e instanceof java.nio.file.AccessDeniedException) {
                throw new EmrException(TrustError.KEYSTORE_UNREADABLE, "", e, name, "access denied");
            }
            throw new EmrException(TrustError.KEYSTORE_PASSWORD, "", e, name);
        }
        return entry(store, password, alias, null, now, name);
    }

    /** Configures SunPKCS11 with the configuration (a file path, or inline text starting with {@code --}). */
    /** Longest configuration file read: a SunPKCS11 configuration is a few lines. */
    private static final int MAX_CONFIG_BYTES = 64 * 1024;

    /**
     * Checks a SunPKCS11 configuration file before the provider sees it, so the message says what is wrong: the file
     * is readable and small, has a {@code library} line, and that library is an existing file.
     */
    public static void checkPkcs11Config(java.nio.file.Path file) {
        String name = shortName(file);
        byte[] bytes;
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new EmrException(TrustError.PKCS11_CONFIG_UNREADABLE, "--pkcs11", name);
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
        } catch (IOException e) {
            throw new EmrException(TrustError.PKCS11_CONFIG_UNREADABLE, "--pkcs11", e, name);
        }
        if (bytes.length > MAX_CONFIG_BYTES) {
            throw new EmrException(TrustError.PKCS11_CONFIG_INVALID, "--pkcs11");
        }
        String library = null;
        for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
            String t = line.strip();
            int eq = t.indexOf('=');
            if (!t.startsWith("#") && eq > 0 && t.substring(0, eq).strip().equals("library")) {
                library = t.substring(eq + 1).strip();
                if (library.length() >= 2 && library.startsWith("\"") && library.endsWith("\"")) {
                    library = library.substring(1, library.length() - 1);
                }
            }
        }
        if (library == null || library.isEmpty()) {
            throw new EmrException(TrustError.PKCS11_CONFIG_INVALID, "--pkcs11");
        }
        boolean exists;
        try {
            exists = java.nio.file.Files.isRegularFile(java.nio.file.Path.of(library));
        } catch (java.nio.file.InvalidPathException e) {
            exists = false;
        }
        if (!exists) {
            throw new EmrException(TrustError.PKCS11_LIBRARY_MISSING, "--pkcs11");
        }
    }

    /** A file name for messages, cut to 60 characters. */
    public static String shortName(java.nio.file.Path file) {
        java.nio.file.Path leaf = file.getFileName();
        String name = leaf == null ? String.valueOf(file) : leaf.toString();
        return name.length() <= 60 ? name : name.substring(0, 59) + "\u2026";
    }

    public static Provider pkcs11Provider(String configuration) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new EmrException(TrustError.PKCS11_CONFIG, "", "SunPKCS11 provider not available");
        }
        try {
            return base.configure(configuration);
        } catch (RuntimeException e) { // InvalidParameterException, ProviderException
            // the provider's own text names Java classes and may quote the file: say what is wrong instead
            throw new EmrException(TrustError.PKCS11_CONFIG_INVALID, "", e);
        }
    }

    /** The key of a token, logged in with the PIN. */
    public static JcaSigningKey pkcs11(Provider provider, char[] pin, String alias, Instant now) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException e) {
            // FailedLoginException (wrong PIN), or the token is absent or locked: all refusals to open it
            throw new EmrException(TrustError.PKCS11_LOGIN, "", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new EmrException(TrustError.PKCS11_TOKEN_UNAVAILABLE, "", e);
        }
        return entry(store, null, alias, provider, now, provider.getName());
    }

    private static JcaSigningKey entry(KeyStore store, char[] keyPassword, String alias, Provider provider,
            Instant now, String storeName) {
        try {
            String chosen = alias;
            if (chosen == null) {
                List<String> keys = new ArrayList<>();
                for (String a : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(a)) {
                        keys.add(a);
                    }
                }
                if (keys.isEmpty()) {
                    throw new EmrException(TrustError.NO_PRIVATE_KEY, "", storeName);
                }
                if (keys.size() > 1) {
                    throw new EmrException(TrustError.ALIAS_AMBIGUOUS, "", String.join(", ", keys));
                }
                chosen = keys.get(0);
            } else if (!store.containsAlias(chosen)) {
                throw new EmrException(TrustError.ALIAS_NOT_FOUND, "", chosen);
            }
            if (!store.isKeyEntry(chosen)) {
                throw new EmrException(TrustError.NO_PRIVATE_KEY, "", chosen);
            }
            Key key;
            try {
                key = store.getKey(chosen, keyPassword);
            } catch (UnrecoverableKeyException e) {
                throw new EmrException(TrustError.KEYSTORE_PASSWORD, "", e, storeName);
            }
            if (!(key instanceof PrivateKey privateKey)) {
                throw new EmrException(TrustError.NO_PRIVATE_KEY, "", chosen);
            }
            Certificate[] chain = store.getCertificateChain(chosen);
            if (chain == null || chain.length == 0) {
                Certificate single = store.getCertificate(chosen);
                chain = single == null ? new Certificate[0] : new Certificate[] {single};
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                if (c instanceof X509Certificate x) {
                    certificates.add(x);
                }
            }
            if (certificates.isEmpty()) {
                throw new EmrException(TrustError.NO_SIGNER_CERTIFICATE, "");
            }
            checkValidity(certificates.get(0), now);
            return JcaSigningKey.create(privateKey, certificates, provider);
        } catch (KeyStoreException | java.security.NoSuchAlgorithmException e) {
            throw new EmrException(TrustError.KEYSTORE_UNREADABLE, "", e, storeName, Reasons.of(e));
        }
    }

    /** The signer refuses an expired or not yet valid certificate, as signing tools in Vietnam do. */
    public static void checkValidity(X509Certificate certificate, Instant now) {
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new EmrException(TrustError.SIGNING_CERTIFICATE_EXPIRED, "", CertificateLabels.label(certificate),
                    certificate.getNotAfter().toInstant());
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new EmrException(TrustError.SIGNING_CERTIFICATE_NOT_YET_VALID, "",
                    CertificateLabels.label(certificate), certificate.getNotBefore().toInstant());
        }
    }
}
