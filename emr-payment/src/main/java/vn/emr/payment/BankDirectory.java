package vn.emr.payment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.emr.core.EmrException;

/**
 * The list of NAPAS participants by BIN. Names change (2024-2025 renames) while BINs do not, so the list is data: the
 * bundled one ({@link #standard()}, from SBV letter 1589/NHNN-TT plus the NAPAS ids of wallets and digital banks)
 * or the host's own ({@link #of}, {@link #read}).
 */
public final class BankDirectory {

    private static final class Standard {
        static final BankDirectory INSTANCE = loadStandard();
    }

    private final Map<String, Bank> byBin;

    private BankDirectory(Map<String, Bank> byBin) {
        this.byBin = byBin;
    }

    /** The bundled list ({@code vn/emr/payment/bank-bins.tsv}). */
    public static BankDirectory standard() {
        return Standard.INSTANCE;
    }

    /** A directory of the given banks; on a repeated BIN the last one wins. */
    public static BankDirectory of(Collection<Bank> banks) {
        Map<String, Bank> map = new TreeMap<>();
        for (Bank b : banks) {
            map.put(b.bin(), b);
        }
        return new BankDirectory(java.util.Collections.unmodifiableMap(map));
    }

    /**
     * Reads a UTF-8 TSV with a header line and the columns {@code bin, short_name, code, swift, name_sbv_2023,
     * name_current, ...} (the layout of the bundled file); lines starting with {@code #} are comments.
     *
     * @throws EmrException {@link PaymentError#BANK_LIST} on a malformed line
     */
    public static BankDirectory read(InputStream in) {
        Map<String, Bank> map = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 || line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].length() != 6 || !vn.emr.payment.internal.Text.isDigits(f[0])) {
                    throw new EmrException(PaymentError.BANK_LIST, "", n);
                }
                String current = f.length > 5 ? f[5] : "";
                String sbv = f.length > 4 ? f[4] : "";
                map.put(f[0], new Bank(f[0], f[1], f.length > 2 ? f[2] : "", f.length > 3 ? f[3] : "",
                        current.isEmpty() ? sbv : current));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BankDirectory(java.util.Collections.unmodifiableMap(map));
    }

    private static BankDirectory loadStandard() {
        try (InputStream in = BankDirectory.class.getResourceAsStream("bank-bins.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bank list missing: vn/emr/payment/bank-bins.tsv");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bank with the BIN. */
    public Optional<Bank> find(String bin) {
        return bin == null ? Optional.empty() : Optional.ofNullable(byBin.get(bin));
    }

    /** Every bank, by BIN. */
    public List<Bank> all() {
        return List.copyOf(byBin.values());
    }

    @Override
    public String toString() {
        return "BankDirectory[" + byBin.size() + " banks]";
    }
}
