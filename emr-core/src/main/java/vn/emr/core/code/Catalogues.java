package vn.emr.core.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/** Factories for {@link Catalogue}s: in-memory ones, ones read from a TSV file, and the bundled ICD-10 subset. */
public final class Catalogues {

    private static volatile Catalogue bundledIcd10;

    private Catalogues() {
    }

    /** An in-memory catalogue of the entries (later duplicates of a code are refused). */
    public static Catalogue of(String name, Collection<CatalogueEntry> entries) {
        Map<String, CatalogueEntry> map = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            if (map.putIfAbsent(e.code(), e) != null) {
                throw new EmrException(CoreError.DUPLICATE_ID, "", e.code());
            }
        }
        return new MapCatalogue(name, Map.copyOf(map));
    }

    /**
     * Reads a UTF-8 TSV of {@code code <TAB> name_vi [<TAB> name_en]}; lines starting with {@code #} and blank lines
     * are skipped. The stream is closed.
     */
    public static Catalogue fromTsv(String name, InputStream in) {
        Map<String, CatalogueEntry> map = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                CatalogueEntry e = new CatalogueEntry(p[0].strip(), p.length > 1 ? p[1].strip() : "",
                        p.length > 2 ? p[2].strip() : "");
                if (map.putIfAbsent(e.code(), e) != null) {
                    throw new EmrException(CoreError.DUPLICATE_ID, "", e.code());
                }
            }
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, name);
        }
        return new MapCatalogue(name, Map.copyOf(map));
    }

    /** The small ICD-10 subset bundled with the SDK (about 40 common codes), for tests and the demo only. */
    public static Catalogue bundledIcd10() {
        Catalogue c = bundledIcd10;
        if (c == null) {
            InputStream in = Catalogues.class.getResourceAsStream("icd10-subset.tsv");
            if (in == null) {
                throw new UncheckedIOException(new IOException("bundled ICD-10 subset missing"));
            }
            c = fromTsv("ICD-10 (bundled subset)", in);
            bundledIcd10 = c;
        }
        return c;
    }

    private record MapCatalogue(String name, Map<String, CatalogueEntry> entries) implements Catalogue {
        @Override
        public Optional<CatalogueEntry> find(String code) {
            return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code));
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public String toString() {
            return "Catalogue[" + name + ", " + entries.size() + " entries]";
        }
    }
}
