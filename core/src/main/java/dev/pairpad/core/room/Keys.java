package dev.pairpad.core.room;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable URL-safe identifiers: room ids (96 bits), keys (144 bits) and client ids (96 bits). */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Keys() {
    }

    /** A room id: 16 URL-safe characters. */
    public static String roomId() {
        return random(12);
    }

    /** A room key: 24 URL-safe characters, 144 random bits. */
    public static String key() {
        return random(18);
    }

    /** A client id: 16 URL-safe characters. */
    public static String clientId() {
        return random(12);
    }

    /** True when {@code id} could be an id minted here: 1 to 64 URL-safe base64 characters. */
    public static boolean plausible(String id) {
        if (id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String random(int bytes) {
        byte[] data = new byte[bytes];
        RANDOM.nextBytes(data);
        return ENCODER.encodeToString(data);
    }
}
