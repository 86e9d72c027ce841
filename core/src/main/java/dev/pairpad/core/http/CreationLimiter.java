package dev.pairpad.core.http;

import dev.pairpad.core.room.TokenBucket;
import java.util.concurrent.ConcurrentHashMap;

/** Rooms created per minute per client address: a token bucket per address, forgotten once full again. */
final class CreationLimiter {

    private final int perMinute;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    CreationLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 when {@code address} may create a room now (and counts it), else the seconds to wait. */
    long tryCreate(String address) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(address, a -> new TokenBucket(perMinute / 60.0, perMinute, now));
        if (bucket.tryTake(now)) {
            return 0;
        }
        return Math.max(1, (bucket.nanosUntilToken(now) + 999_999_999L) / 1_000_000_000L);
    }

    /** Drops buckets that are full again, so the map does not grow without bound. */
    void sweep() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
