package vn.emr.claims.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The decision's number rules: amounts carry 2 decimal places, unit prices and quantities 3, rates are percentages
 * from 0 to 100.
 *
 * <p>Computed amounts are rounded once, at the end of each formula, half up ({@link RoundingMode#HALF_UP}): Decision
 * 130/4750 says only "làm tròn số đến 2 chữ số thập phân" (round to 2 decimal places) without naming a mode, and half
 * up is the ordinary reading of "làm tròn" in Vietnamese accounting; half-even would differ only on exact halves of a
 * cent. Inputs are never rounded: a quantity with 4 decimal places is refused ({@link ClaimsError#MONEY_SCALE}), not
 * silently changed.
 */
public final class Money {

    /** The rounding mode of every computed amount. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** Decimal places of an amount (THANH_TIEN_*, T_*). */
    public static final int AMOUNT_SCALE = 2;
    /** Decimal places of a unit price or a quantity (DON_GIA*, SO_LUONG). */
    public static final int PRICE_SCALE = 3;
    /** Characters of a money field ("Số 15"), the decimal point included. */
    public static final int FIELD_LENGTH = 15;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** The value rounded to an amount's 2 decimal places, half up. */
    public static BigDecimal amount(BigDecimal value) {
        return value.setScale(AMOUNT_SCALE, ROUNDING);
    }

    /** Zero as an amount ({@code 0.00}). */
    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(AMOUNT_SCALE);
    }

    /**
     * The input value as given, checked: not negative and at most {@code scale} decimal places (trailing zeros do not
     * count).
     *
     * @throws EmrException {@link ClaimsError#MONEY_NEGATIVE} or {@link ClaimsError#MONEY_SCALE}, at {@code path}
     */
    static BigDecimal checked(BigDecimal value, int scale, String path) {
        if (value == null) {
            throw new EmrException(vn.emr.core.CoreError.REQUIRED, path);
        }
        if (value.signum() < 0) {
            throw new EmrException(ClaimsError.MONEY_NEGATIVE, path);
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw new EmrException(ClaimsError.MONEY_SCALE, path, scale);
        }
        return value;
    }

    /** A percentage from 0 to 100 (an integer or, for a benefit rate, a decimal such as 47.5). */
    static BigDecimal rate(BigDecimal value, String path) {
        if (value == null) {
            throw new EmrException(vn.emr.core.CoreError.REQUIRED, path);
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new EmrException(ClaimsError.RATE_RANGE, path);
        }
        return value;
    }

    /** The computed amount, refused when it does not fit its 15-character field. */
    static BigDecimal fitting(BigDecimal amount, String path) {
        if (amount.toPlainString().length() > FIELD_LENGTH) {
            throw new EmrException(ClaimsError.MONEY_TOO_LARGE, path);
        }
        return amount;
    }
}
