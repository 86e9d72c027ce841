package dev.pairpad.api.protocol;

/** One row of {@code GET /api/languages}; {@code entry} and {@code assetsUrl} are absolute paths. */
public record LanguageInfo(String id, String name, String editorLanguage, String fileName, String entry,
                           String assetsUrl) {
}
