package dev.pairpad.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of room keys, so that a stolen database does not hand out working links. */
public final class KeyHash {

    private KeyHash() {
    }

    /** The lower-case hex SHA-256 of {@code key}. */
    public static String of(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** True when {@code key} hashes to {@code hash}, compared in constant time. */
    public static boolean matches(String key, String hash) {
        return MessageDigest.isEqual(of(key).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }
}
