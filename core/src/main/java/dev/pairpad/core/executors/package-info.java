/**
 * The language executors the server offers ({@link dev.pairpad.core.executors.ExecutorRegistry}) and the files of
 * their browser bundles ({@link dev.pairpad.core.executors.ExecutorAssetsService}); user code never runs here.
 *
 * <h2>NOTES: what the browser sandbox needs from these responses</h2>
 * <ul>
 *   <li>Runners put user code in a Web Worker inside an iframe with {@code sandbox="allow-scripts"}, so it runs
 *       in an opaque origin: no access to the app's origin, DOM, cookies or storage. Everything that frame loads
 *       is cross-origin to it, hence {@code Access-Control-Allow-Origin: *} and
 *       {@code Cross-Origin-Resource-Policy: cross-origin} on every bundle file.</li>
 *   <li>SharedArrayBuffer (Python's interrupt, {@code input()} and output ring) needs cross-origin isolation all
 *       the way down: COOP and COEP on the app page, {@code allow="cross-origin-isolated"} on the iframe, and
 *       COEP {@code require-corp} on the sandbox page and the worker scripts.</li>
 *   <li>In an opaque origin {@code 'self'} matches nothing, so the sandbox page's policy names our origin (from
 *       the Host header, https when TLS or {@code X-Forwarded-Proto} says so). Without
 *       {@code 'wasm-unsafe-eval'} Pyodide does not fail but hangs; the runner loads with a time limit.</li>
 *   <li>Module-type blob workers fail in an opaque origin; classic blob workers work.</li>
 *   <li>A sandboxed frame gets a new, empty HTTP cache partition each time, so caching headers help only the
 *       app page: the Python runner fetches the runtime itself (cached for a year under its version folder) and
 *       hands the bytes to each sandbox.</li>
 * </ul>
 */
package dev.pairpad.core.executors;
