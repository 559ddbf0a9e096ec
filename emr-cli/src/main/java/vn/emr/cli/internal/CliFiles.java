package vn.emr.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.AtomicFiles;

/** File access for commands: coded errors instead of stack traces, and atomic writes (never a half-written file). */
public final class CliFiles {

    private CliFiles() {
    }

    /** The whole file; a missing or unreadable file is {@code EMR-CORE-0006}. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, String.valueOf(file.getFileName()));
        }
    }

    /** Writes the bytes completely or not at all (temporary file, then move); {@code EMR-CORE-0007} on failure. */
    public static void writeAtomically(Path target, byte[] bytes) {
        AtomicFiles.write(target, bytes);
    }

    /**
     * The name of the document element of UTF-8 XML, found by skipping the prolog (BOM, declaration, comments,
     * processing instructions, a document type); empty when there is none. Only a hint for choosing defaults: the
     * parsers decide what the document is.
     */
    public static String rootElement(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 8192), java.nio.charset.StandardCharsets.UTF_8);
        int i = head.startsWith("\uFEFF") ? 1 : 0;
        while (i < head.length()) {
            if (Character.isWhitespace(head.charAt(i))) {
                i++;
            } else if (head.startsWith("<?", i) || head.startsWith("<!--", i) || head.startsWith("<!", i)) {
                String end = head.startsWith("<?", i) ? "?>" : head.startsWith("<!--", i) ? "-->" : ">";
                int e = head.indexOf(end, i);
                if (e < 0) {
                    return "";
                }
                i = e + end.length();
            } else if (head.charAt(i) == '<') {
                int j = i + 1;
                while (j < head.length() && !Character.isWhitespace(head.charAt(j)) && "/>".indexOf(head.charAt(j)) < 0) {
                    j++;
                }
                String qname = head.substring(i + 1, j);
                return qname.substring(qname.indexOf(':') + 1);
            } else {
                return "";
            }
        }
        return "";
    }
}
