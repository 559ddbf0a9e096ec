package vn.emr.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the 63 provinces and centrally-run cities of Việt Nam (pre-2025 map) with its 2-digit administrative code,
 * as used in the first three digits of the 12-digit personal ID (Circular 07/2016/TT-BCA Art. 7, carried on by
 * Circular 59/2021/TT-BCA: {@code "0"} + the 2-digit code) and in the province part of the 15-character BHYT card
 * number (Decision 1351/QĐ-BHXH).
 *
 * <p>The list is runtime data read from {@code vn-province-codes.tsv} beside this class, copied from the project's
 * {@code data/core/vn-province-codes.tsv} (official 2-digit administrative codes; see {@code domain/payment-and-ids.md}
 * §5). The 2025 merger to 34 provinces does not change numbers already issued, so the pre-2025 list is the one that
 * decodes them.
 *
 * @param code the 2-digit administrative code, for example {@code 01} for Hà Nội
 * @param name the Vietnamese name, NFC
 */
public record Province(String code, String name) {

    private static final String RESOURCE = "vn-province-codes.tsv";
    private static final Map<String, Province> BY_CODE = load();

    /** Validates the components: a 2-digit code and a non-blank name. */
    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[0-9]{2}") || name.isBlank()) {
            throw new IllegalArgumentException("a province needs a 2-digit code and a name");
        }
    }

    /** The 3-digit prefix of a personal ID registered in this province: {@code "0"} + the code. */
    public String citizenIdPrefix() {
        return "0" + code;
    }

    /** Every province, in the order of the official code list (63 entries). */
    public static List<Province> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** The province with the 2-digit code, if the code is on the list. */
    public static Optional<Province> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** The province a personal ID's 3-digit prefix (for example {@code 079}) stands for, if any. */
    public static Optional<Province> byCitizenIdPrefix(String prefix) {
        if (prefix == null || prefix.length() != 3 || prefix.charAt(0) != '0') {
            return Optional.empty();
        }
        return byCode(prefix.substring(1));
    }

    @Override
    public String toString() {
        return code + " " + name;
    }

    private static Map<String, Province> load() {
        Map<String, Province> map = new LinkedHashMap<>();
        try (InputStream in = Province.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("province list missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            // header: code2 <TAB> cccd_prefix3 <TAB> province_pre_2025 <TAB> note
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3 || !cols[1].equals("0" + cols[0])) {
                    throw new IllegalStateException("bad province line: " + line);
                }
                map.put(cols[0], new Province(cols[0], java.text.Normalizer.normalize(cols[2].strip(),
                        java.text.Normalizer.Form.NFC)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("province list unreadable: " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(map);
    }
}
