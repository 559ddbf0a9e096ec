package vn.emr.core.prescription;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One dispensing period of an e-prescription, {@code dot_dung_thuoc} (Decision 808/QD-BYT Part V): the round
 * {@code dot}, the first and last day {@code tu_ngay}/{@code den_ngay} (both included, {@code dd/MM/yyyy} on the wire)
 * and, for decoctions, the number of packs {@code so_thang_thuoc}.
 *
 * @param round the round, 1 for the first
 * @param from the first day of use
 * @param to the last day of use
 * @param decoctionPacks the number of decoction packs (traditional medicine), if present
 */
public record DispensingPeriod(int round, LocalDate from, LocalDate to, Optional<Integer> decoctionPacks) {

    /** Refuses missing days; an absent pack count is {@link Optional#empty()}. */
    public DispensingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        decoctionPacks = Objects.requireNonNullElse(decoctionPacks, Optional.empty());
    }

    /** A first-round period of the given number of days starting on the day. */
    public static DispensingPeriod ofDays(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        return new DispensingPeriod(1, from, from.plusDays(days - 1L), Optional.empty());
    }

    /** The number of days of use, both ends included ({@code 02/06} to {@code 01/07} is 30 days). */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
