package vn.emr.payment;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import vn.emr.core.EmrException;

/**
 * The short payment code of a hospital-fee bill, carried in the VietQR purpose (the transfer memo): {@code VP}, eight
 * characters of the Crockford base-32 alphabet (digits and upper-case letters without I, L, O, U) and a check
 * character, e.g. {@code VP7K3M9Q2XH}. The check is a weighted sum modulo the prime 37 (weights 9..2 on the body,
 * 1 on the check character; bodies whose check value would be 32-36 are never issued), in the manner of ISO/IEC 7064. Upper-case letters and digits only, because bank apps strip or mangle
 * other characters; because the modulus is prime and every weight and weight difference is non-zero modulo 37, the check catches
 * every single mistyped character and every swap of two adjacent characters.
 *
 * @param value the 11-character reference
 */
public record BillReference(String value) {

    /** The prefix of every reference ("viện phí", hospital fee). */
    public static final String PREFIX = "VP";
    /** The length of a reference. */
    public static final int LENGTH = 11;

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BODY = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Validates the format and the check character. */
    public BillReference {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.startsWith(PREFIX)) {
            throw new EmrException(PaymentError.REFERENCE_FORMAT, "reference");
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new EmrException(PaymentError.REFERENCE_FORMAT, "reference");
            }
        }
        if (!checks(value)) {
            throw new EmrException(PaymentError.REFERENCE_CHECK, "reference");
        }
    }

    /** Parses a reference as typed: case, spaces and dashes are ignored, O is read as 0 and I, L as 1. */
    public static BillReference parse(String text) {
        if (text == null) {
            throw new EmrException(PaymentError.REFERENCE_FORMAT, "reference");
        }
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c == ' ' || c == '-') {
                continue;
            }
            if (s.length() >= PREFIX.length()) {
                c = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            }
            s.append(c);
        }
        return new BillReference(s.toString());
    }

    /** A new random reference (about 32^8 &times; 32/37, 10^12, possible values) from a secure random source. */
    public static BillReference random() {
        return random(RANDOM);
    }

    /** A new random reference from the given source (seeded sources make tests reproducible). */
    public static BillReference random(RandomGenerator random) {
        char[] c = new char[LENGTH];
        c[0] = 'V';
        c[1] = 'P';
        int check;
        do {
            for (int i = 0; i < BODY; i++) {
                c[PREFIX.length() + i] = ALPHABET.charAt(random.nextInt(32));
            }
            check = checkValue(new String(c, PREFIX.length(), BODY));
        } while (check >= ALPHABET.length());
        c[LENGTH - 1] = ALPHABET.charAt(check);
        return new BillReference(new String(c));
    }

    /** Whether text (already upper case, without separators) is a well-formed reference with a valid check. */
    static boolean isValid(CharSequence s) {
        if (s.length() != LENGTH || s.charAt(0) != 'V' || s.charAt(1) != 'P') {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return checks(s);
    }

    /** The check value (0-36) for the 8-character body; only values below 32 have a check character. */
    static int checkValue(String body) {
        int sum = 0;
        for (int i = 0; i < BODY; i++) {
            sum += (BODY + 1 - i) * ALPHABET.indexOf(body.charAt(i));
        }
        return (37 - sum % 37) % 37;
    }

    private static boolean checks(CharSequence s) {
        int sum = 0;
        for (int i = 0; i <= BODY; i++) {
            sum += (BODY + 1 - i) * ALPHABET.indexOf(s.charAt(PREFIX.length() + i));
        }
        return sum % 37 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
