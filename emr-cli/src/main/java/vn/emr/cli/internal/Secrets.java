package vn.emr.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * Asks for a password or PIN: on the terminal when there is one (the prompt and the echo-less input never touch
 * stdout, which may be a JSON stream), otherwise the prompt goes to stderr and one line is read from stdin.
 */
public final class Secrets {

    /** The value an option receives when it is given without one: "ask for it". */
    public static final String ASK = "\u0000ask\u0000";

    private static final int MAX_LINE = 4096;

    private Secrets() {
    }

    /** Whether the option value means "ask for it". */
    public static boolean isAsk(char[] value) {
        return value != null && Arrays.equals(value, ASK.toCharArray());
    }

    /**
     * The secret, asked for with the label.
     *
     * @throws EmrException {@code EMR-CORE-0072} when there is neither a terminal nor a line on stdin
     */
    public static char[] ask(String label, PrintWriter err, String path) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s: ", label);
            if (typed == null) {
                throw new EmrException(CoreError.PASSWORD_NO_INPUT, path);
            }
            return typed;
        }
        err.print(label + ": ");
        err.flush();
        try {
            return readLine(System.in, path);
        } catch (IOException e) {
            throw new EmrException(CoreError.PASSWORD_NO_INPUT, path, e);
        }
    }

    private static char[] readLine(InputStream in, String path) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (bytes.size() >= MAX_LINE) {
                throw new EmrException(CoreError.PASSWORD_NO_INPUT, path);
            }
            bytes.write(b);
        }
        if (!any) {
            throw new EmrException(CoreError.PASSWORD_NO_INPUT, path);
        }
        byte[] raw = bytes.toByteArray();
        int n = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw, 0, n));
        char[] secret = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return secret;
    }
}
