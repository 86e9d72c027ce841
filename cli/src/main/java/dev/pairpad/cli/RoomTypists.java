package dev.pairpad.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A room's typists by clientId, looked up straight from the bytes of a received message (no string per message):
 * an open-addressing table, filled before anyone types and read by any thread afterwards.
 */
final class RoomTypists {
    private final List<String> ids = new ArrayList<>();
    private final List<LoadClient> joined = new ArrayList<>();
    private volatile Table table = new Table(new byte[0][], new LoadClient[0]);

    /** Adds a typist that has joined as {@code clientId}; call {@link #publish()} once all have. */
    synchronized void add(String clientId, LoadClient typist) {
        ids.add(clientId);
        joined.add(typist);
    }

    /** Makes every added typist findable by the reader threads. */
    synchronized void publish() {
        int size = Integer.highestOneBit(Math.max(4, joined.size() * 4) - 1) << 1;
        byte[][] keys = new byte[size][];
        LoadClient[] values = new LoadClient[size];
        for (int i = 0; i < joined.size(); i++) {
            LoadClient typist = joined.get(i);
            byte[] key = ids.get(i).getBytes(StandardCharsets.UTF_8);
            int slot = hash(key, 0, key.length) & (size - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = key;
            values[slot] = typist;
        }
        table = new Table(keys, values);
    }

    /** The typist whose clientId is the UTF-8 {@code data[start, start + length)}, or null. */
    LoadClient find(byte[] data, int start, int length) {
        Table t = table;
        int mask = t.keys.length - 1;
        if (mask < 0) {
            return null;
        }
        for (int slot = hash(data, start, length) & mask; t.keys[slot] != null; slot = (slot + 1) & mask) {
            byte[] key = t.keys[slot];
            if (key.length == length && Arrays.equals(key, 0, length, data, start, start + length)) {
                return t.values[slot];
            }
        }
        return null;
    }

    private static int hash(byte[] data, int start, int length) {
        int h = 0x811C9DC5;
        for (int i = start; i < start + length; i++) {
            h = (h ^ data[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private record Table(byte[][] keys, LoadClient[] values) {
    }
}
