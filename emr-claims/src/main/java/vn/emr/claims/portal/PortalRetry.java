package vn.emr.claims.portal;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request is retried after a connection failure or a server error (5xx): at most
 * {@code maxAttempts} attempts in all, waiting {@code firstBackoff} after the first failure and twice as long after
 * each further one, never more than {@code maxBackoff}. A timeout after the request was sent is not retried (the
 * portal may have received it) unless the client is told to ({@link PortalClient.Builder#resendAfterTimeout}).
 *
 * @param maxAttempts attempts in all, 1 to 10 (1: no retry)
 * @param firstBackoff the wait after the first failure, not negative
 * @param maxBackoff the longest wait, at least {@code firstBackoff}
 */
public record PortalRetry(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    /** The default: 4 attempts, waiting 1, 2 and 4 seconds. */
    public static final PortalRetry DEFAULT = new PortalRetry(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** Validates the settings. */
    public PortalRetry {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1..10");
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("0 <= firstBackoff <= maxBackoff");
        }
    }

    /** No retry: one attempt. */
    public static PortalRetry none() {
        return new PortalRetry(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait after the given failed attempt (from 1). */
    public Duration backoffAfter(int attempt) {
        Duration d = firstBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
