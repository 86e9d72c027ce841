package dev.pairpad.core.executors;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file name inside a bundle that is safe to look up on the class path: plain segments, a known type.
 *
 * @param path        the relative path, segments joined by {@code /}
 * @param contentType the media type to answer with
 * @param versioned   true when a segment is a version number ({@code 314.0.7}), so the content never changes
 */
record BundleFile(String path, String contentType, boolean versioned) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Pattern VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([.-][A-Za-z0-9]+)*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("zip", "application/zip"),
            Map.entry("whl", "application/zip"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ts", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"));

    /** The file for this request path, or empty when it could escape the bundle or has no known type. */
    static Optional<BundleFile> parse(String relativePath) {
        if (relativePath.isEmpty() || relativePath.length() > 512) {
            return Optional.empty();
        }
        String[] segments = relativePath.split("/", -1);
        boolean versioned = false;
        for (String segment : segments) {
            // Segments may not start with a dot, so "." and ".." (and hidden files) never match.
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.empty();
            }
            versioned |= VERSION.matcher(segment).matches();
        }
        String last = segments[segments.length - 1];
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String type = TYPES.get(last.substring(dot + 1));
        return type == null ? Optional.empty() : Optional.of(new BundleFile(relativePath, type, versioned));
    }

    boolean isPage() {
        return path.endsWith(".html");
    }
}
