package dev.pairpad.api.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential backoff for reconnecting: attempt n waits {@code min(max, initial * 2^(n-1))}, minus up to
 * a fifth at random so that many clients cut off together do not come back together; gives up after
 * {@code maxAttempts} attempts in a row.
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    /** Initial not above max, both positive, at least one attempt. */
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and maxAttempts >= 1, got "
                    + initial + ", " + max + ", " + maxAttempts);
        }
    }

    /** 200 ms, doubling up to 10 s, never giving up. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10), Integer.MAX_VALUE);
    }

    /** The wait before attempt {@code attempt} (from 1); never more than {@link #max()}. */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, got " + attempt);
        }
        long maxMillis = max.toMillis();
        long millis = initial.toMillis();
        for (int i = 1; i < attempt && millis < maxMillis; i++) {
            millis *= 2;
        }
        millis = Math.min(millis, maxMillis);
        long jitter = millis / 5 == 0 ? 0 : ThreadLocalRandom.current().nextLong(millis / 5 + 1);
        return Duration.ofMillis(millis - jitter);
    }
}
