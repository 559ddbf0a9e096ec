package vn.emr.core.identity;

import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The benefit level (mức hưởng) printed as the third character of the 15-character BHYT card number (Decision
 * 1351/QĐ-BHXH, 2015; shares per the Law on Health Insurance as amended 2014, Art. 22), with the share of in-scope
 * costs the fund pays at the registered facility. Out-of-network ("trái tuyến") rates apply on top and are not
 * modelled here; the gateway, not the printed code, has the last word on a card's current level.
 */
public enum BenefitLevel {
    /** Level 1: 100%, no cap (people with merit, children under 6). */
    LEVEL_1(1, 100, "100%, không giới hạn trần", "100%, no cap"),
    /** Level 2: 100%, capped for some drugs and services. */
    LEVEL_2(2, 100, "100%, có giới hạn trần với một số thuốc, dịch vụ", "100% with caps on some drugs and services"),
    /** Level 3: 95%. */
    LEVEL_3(3, 95, "95%", "95%"),
    /** Level 4: 80%. */
    LEVEL_4(4, 80, "80%", "80%"),
    /** Level 5: 100% including costs outside the benefit scope (military, police, cipher staff). */
    LEVEL_5(5, 100, "100%, kể cả chi phí ngoài phạm vi được hưởng", "100% including out-of-scope costs");

    private final int level;
    private final int percent;
    private final String vietnameseLabel;
    private final String englishLabel;

    BenefitLevel(int level, int percent, String vietnameseLabel, String englishLabel) {
        this.level = level;
        this.percent = percent;
        this.vietnameseLabel = vietnameseLabel;
        this.englishLabel = englishLabel;
    }

    /** The printed code, {@code "1"} to {@code "5"}. */
    public String code() {
        return Integer.toString(level);
    }

    /** The level as a number, 1 to 5. */
    public int level() {
        return level;
    }

    /** The share of in-scope costs paid by the fund, in percent. */
    public int percent() {
        return percent;
    }

    /** Whether some drugs and services are capped (level 2 only). */
    public boolean capped() {
        return this == LEVEL_2;
    }

    /** Whether costs outside the benefit scope are covered too (level 5 only). */
    public boolean coversOutOfScope() {
        return this == LEVEL_5;
    }

    /** The Vietnamese description. */
    public String vietnameseLabel() {
        return vietnameseLabel;
    }

    /** The English description. */
    public String englishLabel() {
        return englishLabel;
    }

    /** The level with the printed code {@code "1"} to {@code "5"}, if any. */
    public static Optional<BenefitLevel> lookup(String code) {
        for (BenefitLevel l : values()) {
            if (l.code().equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The level with the printed code.
     *
     * @throws EmrException {@link CoreError#BHYT_LEVEL} if the code is not 1 to 5
     */
    public static BenefitLevel fromCode(String code) {
        return lookup(code).orElseThrow(() -> new EmrException(CoreError.BHYT_LEVEL, ""));
    }
}
