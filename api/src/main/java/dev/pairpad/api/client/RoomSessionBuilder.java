package dev.pairpad.api.client;

import java.time.Duration;
import java.util.Objects;

/** Options of a {@link RoomSession}; {@link #open()} connects and waits for the {@code welcome}. */
public final class RoomSessionBuilder {
    final PairpadClient client;
    final String roomId;
    final String key;
    String name = "pairpad-client";
    boolean observe;
    boolean keepText = true;
    Backoff backoff = Backoff.standard();
    Duration joinTimeout = Duration.ofSeconds(15);
    Duration pingInterval = Duration.ofSeconds(25);
    SessionListener listener = SessionListener.ignoring();

    RoomSessionBuilder(PairpadClient client, String roomId, String key) {
        this.client = client;
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        this.key = Objects.requireNonNull(key, "key");
        if (roomId.isBlank() || key.isBlank()) {
            throw new IllegalArgumentException("room id and key must not be blank");
        }
    }

    /** The name others see (default {@code pairpad-client}). */
    public RoomSessionBuilder name(String name) {
        this.name = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Join read-only ({@code "mode":"observe"}), whatever the key allows. */
    public RoomSessionBuilder observe() {
        this.observe = true;
        return this;
    }

    /** Whether to keep the document text (default true); without it only the length is tracked. */
    public RoomSessionBuilder keepText(boolean keepText) {
        this.keepText = keepText;
        return this;
    }

    public RoomSessionBuilder backoff(Backoff backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        return this;
    }

    /** How long {@link #open()} waits for the first {@code welcome} (default 15 s). */
    public RoomSessionBuilder joinTimeout(Duration timeout) {
        this.joinTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** How often to send {@code ping} to keep proxies from closing an idle connection (default 25 s). */
    public RoomSessionBuilder pingInterval(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("ping interval must be positive, got " + interval);
        }
        this.pingInterval = interval;
        return this;
    }

    public RoomSessionBuilder listener(SessionListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Connects and returns once joined; throws {@link PairpadClientException} when joining fails. */
    public RoomSession open() {
        return RoomSession.open(this);
    }
}
