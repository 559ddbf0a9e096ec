package vn.emr.claims.portal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The portal account: a user name and the password as the login call takes it, the MD5 of the password's UTF-8
 * bytes in upper-case hex ({@code domain/claims.md} §1.5, technical guides CV 3190 and CV 1245). MD5 is the portal's
 * choice, not the SDK's: it is used for nothing else.
 *
 * <p>The password itself is not kept: {@link #of} hashes it and the caller may wipe its array straight after. Neither
 * the user name nor the hash appears in {@link #toString()}, in a message or in a log; the SDK never logs them.
 */
public final class PortalCredentials {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String user;
    private final char[] passwordHash;

    private PortalCredentials(String user, char[] passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    /**
     * The account of this user name and password; the password array is read, not kept (wipe it afterwards).
     *
     * @throws EmrException {@link ClaimsError#PORTAL_CREDENTIALS} when either is empty
     */
    public static PortalCredentials of(String user, char[] password) {
        if (user == null || user.isBlank() || password == null || password.length == 0) {
            throw new EmrException(ClaimsError.PORTAL_CREDENTIALS, "credentials");
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        Arrays.fill(bytes.array(), (byte) 0);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(raw);
            char[] hex = new char[digest.length * 2];
            for (int i = 0; i < digest.length; i++) {
                hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
                hex[2 * i + 1] = HEX[digest[i] & 0xF];
            }
            return new PortalCredentials(user.strip(), hex);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide MD5 (MessageDigest's documented list)
            throw new IllegalStateException("MD5 unavailable", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The user name (form field {@code username}). */
    String user() {
        return user;
    }

    /** The MD5 of the password, upper-case hex (form field {@code password}, header {@code passwordHash}). */
    String passwordHash() {
        return new String(passwordHash);
    }

    /** Shows neither the user name nor the password hash. */
    @Override
    public String toString() {
        return "PortalCredentials[hidden]";
    }
}
