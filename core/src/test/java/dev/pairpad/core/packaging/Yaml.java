package dev.pairpad.core.packaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads YAML (compose files, workflows) with SnakeYAML and walks the result without unchecked casts at call sites. */
final class Yaml {
    private Yaml() {
    }

    /** Parses one YAML document; throws with the parser's message (line and column) when it is not valid YAML. */
    static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new org.yaml.snakeyaml.Yaml(options).load(text);
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<Object, Object>> map(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of((Map<Object, Object>) map) : Optional.empty();
    }

    static Optional<List<?>> list(Object value) {
        return value instanceof List<?> list ? Optional.of(list) : Optional.empty();
    }

    static Map<Object, Object> mapAt(Map<Object, Object> parent, Object key) {
        return map(parent.get(key)).orElse(Map.of());
    }

    static Optional<String> string(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? Optional.of(String.valueOf(value)) : Optional.empty();
    }
}
