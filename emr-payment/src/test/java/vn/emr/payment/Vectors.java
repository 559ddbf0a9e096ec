package vn.emr.payment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The VietQR vectors of {@code ../shared/data/payment/vietqr-vectors.tsv} (copied to test resources with the
 * notes file): 131 strings from the NAPAS spec examples, open-source libraries and real bank QRs, each marked
 * {@code true} (valid VietQR), {@code false} or {@code emv-only} (a valid EMV QR of another scheme).
 */
final class Vectors {

    /** One row; {@code line} is the TSV line number, the key of the notes file. */
    record Vector(int line, String qr, String bin, String account, String service, String amount, String purpose,
            String valid, String source, String findings) {
        @Override
        public String toString() {
            return "line " + line + " (" + valid + ")";
        }
    }

    private Vectors() {
    }

    static List<Vector> all() {
        List<String[]> rows = read("/vietqr/vietqr-vectors.tsv");
        List<String[]> notes = read("/vietqr/vietqr-vectors-notes.tsv");
        List<Vector> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String[] n = notes.get(i);
            if (!n[0].equals(r[0])) {
                throw new IllegalStateException("notes out of step at line " + (i + 1));
            }
            out.add(new Vector(i + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], n.length > 3 ? n[3] : ""));
        }
        return out;
    }

    static List<Vector> valid() {
        return all().stream().filter(v -> v.valid().equals("true")).toList();
    }

    static List<Vector> invalid() {
        return all().stream().filter(v -> v.valid().equals("false")).toList();
    }

    static List<Vector> emvOnly() {
        return all().stream().filter(v -> v.valid().equals("emv-only")).toList();
    }

    static Vector line(int line) {
        return all().stream().filter(v -> v.line() == line).findFirst().orElseThrow();
    }

    private static List<String[]> read(String resource) {
        try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
