package vn.emr.claims.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The base salary (lương cơ sở) by the date it takes effect: a dated configuration value, because decrees change it
 * and a claim is computed with the value of its own date, never today's. Immutable.
 *
 * <p>Two rules of the claims file hang on it: a visit whose cost is below 15 % of the base salary is paid in full
 * (benefit 100), and a medical-supply package is capped at 45 times the base salary ({@code T_TRANTT}).
 */
public final class BaseSalary {

    private static final BigDecimal LOW_COST_SHARE = new BigDecimal("0.15");
    private static final BigDecimal SUPPLY_PACKAGE_MULTIPLE = BigDecimal.valueOf(45);

    private final NavigableMap<LocalDate, BigDecimal> byDate;

    private BaseSalary(NavigableMap<LocalDate, BigDecimal> byDate) {
        this.byDate = byDate;
    }

    /**
     * The values this SDK knows with their source: 1,800,000 VND from 2023-07-01 (Decree 24/2023/NĐ-CP), which covers
     * every claim of QĐ 130 (from 2023-09-01), and 2,340,000 VND from 2024-07-01 (Decree 73/2024/NĐ-CP). Dates before
     * 2023-07-01 have no value here; add them with {@link #with(LocalDate, BigDecimal)} from the decree in force.
     */
    public static BaseSalary known() {
        return empty().with(LocalDate.of(2023, 7, 1), new BigDecimal("1800000"))
                .with(LocalDate.of(2024, 7, 1), new BigDecimal("2340000"));
    }

    /** A table with no value yet. */
    public static BaseSalary empty() {
        return new BaseSalary(new TreeMap<>());
    }

    /**
     * The same table with one more value, in force from {@code from} until the next value's date.
     *
     * @throws EmrException {@link ClaimsError#DATED_VALUE_DUPLICATE} when the date already has a value,
     *     {@link ClaimsError#MONEY_NEGATIVE} or {@link ClaimsError#MONEY_SCALE} for a bad amount
     */
    public BaseSalary with(LocalDate from, BigDecimal amount) {
        Objects.requireNonNull(from, "from");
        Money.checked(amount, Money.AMOUNT_SCALE, "luongCoSo");
        if (byDate.containsKey(from)) {
            throw new EmrException(ClaimsError.DATED_VALUE_DUPLICATE, "luongCoSo", from);
        }
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>(byDate);
        copy.put(from, Money.amount(amount));
        return new BaseSalary(copy);
    }

    /**
     * The base salary in force on the date.
     *
     * @throws EmrException {@link ClaimsError#BASE_SALARY_UNKNOWN} when no value covers the date
     */
    public BigDecimal on(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> e = byDate.floorEntry(Objects.requireNonNull(date, "date"));
        if (e == null) {
            throw new EmrException(ClaimsError.BASE_SALARY_UNKNOWN, "luongCoSo", date);
        }
        return e.getValue();
    }

    /** 15 % of the base salary on the date: a visit costing less is paid in full. */
    public BigDecimal lowCostThreshold(LocalDate date) {
        return Money.amount(on(date).multiply(LOW_COST_SHARE));
    }

    /** 45 times the base salary on the date: the ceiling of a medical-supply package ({@code T_TRANTT}). */
    public BigDecimal supplyPackageCeiling(LocalDate date) {
        return Money.amount(on(date).multiply(SUPPLY_PACKAGE_MULTIPLE));
    }

    /** The dates and values of the table, in date order. */
    public NavigableMap<LocalDate, BigDecimal> values() {
        return java.util.Collections.unmodifiableNavigableMap(byDate);
    }

    @Override
    public String toString() {
        return "BaseSalary" + byDate;
    }
}
