package dev.pairpad.cli;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A room as the user named it: a bare id, or a whole room link {@code https://host/r/{id}#k={key}}, which also
 * carries the server and the key.
 */
record RoomRef(String id, Optional<String> key, Optional<URI> server) {
    private static final Pattern LINK = Pattern.compile("(https?://[^/#?]+)(?:/[^#?]*)?/r/([^/#?]+)/?(?:#k=([^&]+))?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    static RoomRef parse(String text) {
        String trimmed = text.strip();
        Matcher link = LINK.matcher(trimmed);
        if (link.matches()) {
            return new RoomRef(link.group(2), Optional.ofNullable(link.group(3)), Optional.of(URI.create(link.group(1))));
        }
        if (ID.matcher(trimmed).matches()) {
            return new RoomRef(trimmed, Optional.empty(), Optional.empty());
        }
        throw new UsageException("'" + text + "' is neither a room id nor a room link (https://host/r/ID#k=KEY)");
    }
}
