package dev.pairpad.core.executors;

import dev.pairpad.executors.spi.LanguageExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The language executors this server offers, each with a unique, URL-safe id.
 *
 * <p>Built once at start-up, immutable afterwards, so it is safe to share between threads.
 */
public final class ExecutorRegistry {

    private static final System.Logger LOG = System.getLogger(ExecutorRegistry.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern ENTRY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Map<String, LanguageExecutor> byId;

    private ExecutorRegistry(Map<String, LanguageExecutor> byId) {
        this.byId = byId;
    }

    /**
     * Finds every {@link LanguageExecutor} on the class path with {@link ServiceLoader} and logs what it found.
     *
     * @throws InvalidExecutorException if two providers share an id or one describes itself wrongly
     */
    public static ExecutorRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    /** Like {@link #load()}, looking in the given class loader. */
    public static ExecutorRegistry load(ClassLoader classLoader) {
        List<LanguageExecutor> found = new ArrayList<>();
        ServiceLoader.load(LanguageExecutor.class, classLoader).forEach(found::add);
        ExecutorRegistry registry = of(found);
        if (registry.byId.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "No language executors found on the class path: rooms cannot run code");
        } else {
            LOG.log(System.Logger.Level.INFO, "Language executors: " + registry.byId.values().stream()
                    .map(e -> e.id() + " (" + e.displayName() + ", " + e.getClass().getName() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return registry;
    }

    /**
     * A registry of exactly these executors, ordered by id.
     *
     * @throws InvalidExecutorException if two executors share an id or one describes itself wrongly
     */
    public static ExecutorRegistry of(List<? extends LanguageExecutor> executors) {
        Map<String, LanguageExecutor> byId = new LinkedHashMap<>();
        executors.stream().sorted(Comparator.comparing(LanguageExecutor::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(executor -> {
                    validate(executor);
                    LanguageExecutor previous = byId.putIfAbsent(executor.id(), executor);
                    if (previous != null) {
                        throw new InvalidExecutorException("two language executors have the id '" + executor.id()
                                + "': " + previous.getClass().getName() + " and " + executor.getClass().getName()
                                + "; remove one of their jars from the class path");
                    }
                });
        return new ExecutorRegistry(Collections.unmodifiableMap(byId));
    }

    /** Every executor, ordered by id; never null. */
    public List<LanguageExecutor> all() {
        return List.copyOf(byId.values());
    }

    /** The executor with this id, if any. */
    public Optional<LanguageExecutor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static void validate(LanguageExecutor executor) {
        String name = executor.getClass().getName();
        String id = executor.id();
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidExecutorException("language executor " + name + " has id '" + id
                    + "', which is not lower-case letters, digits and '-' starting with a letter (at most 32)");
        }
        require(executor.displayName(), "displayName", name);
        require(executor.editorLanguage(), "editorLanguage", name);
        require(executor.fileName(), "fileName", name);
        if (executor.starterCode() == null) {
            throw new InvalidExecutorException("language executor " + name + " returned null starterCode");
        }
        String root = require(executor.bundleRoot(), "bundleRoot", name);
        if (!ENTRY.matcher(root).matches()) {
            throw new InvalidExecutorException("language executor " + name + " has bundleRoot '" + root
                    + "', which must be a classpath folder without leading or trailing slash");
        }
        String entry = require(executor.entry(), "entry", name);
        if (!ENTRY.matcher(entry).matches() || entry.contains("..")) {
            throw new InvalidExecutorException("language executor " + name + " has entry '" + entry
                    + "', which must be a relative path inside its bundle");
        }
        if (executor.defaultTimeLimit() == null || executor.defaultTimeLimit().isNegative()
                || executor.defaultTimeLimit().isZero()) {
            throw new InvalidExecutorException("language executor " + name + " has default time limit "
                    + executor.defaultTimeLimit() + ", which must be positive");
        }
    }

    private static String require(String value, String what, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidExecutorException("language executor " + name + " returned a blank " + what);
        }
        return value;
    }
}
