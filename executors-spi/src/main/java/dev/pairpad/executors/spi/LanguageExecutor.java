package dev.pairpad.executors.spi;

import java.time.Duration;

/**
 * A language that Pairpad can run in the browser, found by {@link java.util.ServiceLoader}.
 *
 * <p>An implementation ships a browser bundle on the classpath under {@link #bundleRoot()}; the server
 * serves its files at {@code /executors/{id}/…} and lists the language at {@code GET /api/languages}.
 * Adding a language means adding a jar with an implementation and a
 * {@code META-INF/services/dev.pairpad.executors.spi.LanguageExecutor} entry; neither the server nor the
 * web app names any language.
 *
 * <h2>The browser contract</h2>
 * The bundle's {@link #entry()} module (an ES module) exports one factory:
 * <pre>{@code
 * export function createRunner({ assetsUrl, onOutput, onStdinRequest }) -> {
 *   ready: Promise<void>,                                  // resolves when the first run can start
 *   run(code, { timeoutMs }) -> Promise<{ status, ms }>,   // status: "ok" | "error" | "timeout" | "stopped"
 *   stop(): void,                                          // ends the current run; the runner stays usable
 *   dispose(): void                                        // frees everything; the runner is unusable after
 * }
 * }</pre>
 * {@code assetsUrl} is the absolute URL of the bundle folder (ending in {@code /});
 * {@code onOutput(stream, text)} receives output in order, {@code stream} being {@code "stdout"} or
 * {@code "stderr"}; {@code onStdinRequest(prompt)} returns a {@code Promise<string>} answering a read from
 * standard input, or resolving to {@code null} for end of input (a runner whose language has no input may
 * never call it). User code never runs in the page's own origin.
 *
 * <p>More precisely: {@code createRunner} starts loading at once, so a page calls it when a room opens, not on
 * Run. {@code ready} rejects with a readable message when the runtime cannot load (runners load with a time
 * limit, never hang). {@code run} resolves with {@code "ok"} when the code finished, {@code "error"} when it
 * ended with an uncaught error (already written to stderr with its line), {@code "timeout"} when
 * {@code timeoutMs} passed, {@code "stopped"} after {@code stop()}; {@code ms} is how long the code
 * ran. {@code run} rejects only when the runner cannot run at all: disposed, or another run still in progress.
 * A run's output is written before its promise resolves.
 *
 * <h2>Serving</h2>
 * The server serves every file of the bundle with {@code Access-Control-Allow-Origin: *},
 * {@code Cross-Origin-Resource-Policy: cross-origin} and {@code Cross-Origin-Embedder-Policy: require-corp}, so a
 * sandboxed (opaque-origin) iframe of the bundle can load them; {@code .html} pages get a Content-Security-Policy
 * that names the server's origin, allows only this bundle's scripts and fetches, {@code blob:} workers,
 * {@code 'unsafe-eval'} and {@code 'wasm-unsafe-eval'}, and lets the app's own pages frame them. Files in a
 * folder named like a version ({@code 314.0.7}) are cached for a year; others are revalidated.
 */
public interface LanguageExecutor {

    /** The stable language id used on the wire and in URLs, such as {@code python}; never null. */
    String id();

    /** The name shown to people, such as {@code Python 3.13}; never null. */
    String displayName();

    /** The Monaco language id for highlighting, such as {@code python}; never null. */
    String editorLanguage();

    /** The file name shown for the document, such as {@code main.py}; never null. */
    String fileName();

    /** The code a new room of this language starts with; never null, may be empty. */
    String starterCode();

    /**
     * The classpath folder that holds the browser bundle, without leading or trailing slash, such as
     * {@code pairpad/executors/python}; never null.
     */
    String bundleRoot();

    /** The runner module's path inside the bundle, such as {@code runner.js}; never null. */
    String entry();

    /** The time limit a run gets unless the room says otherwise; positive, never null. */
    Duration defaultTimeLimit();
}
