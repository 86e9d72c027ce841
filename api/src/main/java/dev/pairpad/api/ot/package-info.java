/**
 * Operational transformation for plain text, shared by the server, the headless client and (through the test
 * vectors in {@code ot-vectors.json}) the TypeScript web client.
 *
 * <p>{@link dev.pairpad.api.ot.TextOperation} is the operation value with its laws (apply, compose, transform,
 * invert, cursor transform); {@link dev.pairpad.api.ot.OtClient} is the client state machine
 * ({@link dev.pairpad.api.ot.ClientState}); {@link dev.pairpad.api.ot.TextOperationJsonb} is the JSON-B codec for
 * the wire array. Nothing here does I/O.
 *
 * <h2>NOTES</h2>
 * <ul>
 *   <li>Offsets and lengths are UTF-16 code units, as in Java strings, JavaScript and Monaco. An operation whose
 *   edit boundary falls inside a surrogate pair of the document, or whose inserted text holds a lone surrogate, is
 *   refused with {@link dev.pairpad.api.ot.InvalidOperationException}.</li>
 *   <li>Tie-break: where both operations insert at one position, {@code transform(a, b)} puts a's text first. The
 *   server passes the incoming op first; a client passes its own pending ops first.</li>
 *   <li>{@link dev.pairpad.api.ot.Selection#transform} clamps offsets beyond the base document to its end, so
 *   a stale remote cursor can never point outside the text.</li>
 * </ul>
 */
package dev.pairpad.api.ot;
