/**
 * The server side of OT for one document: {@link dev.pairpad.core.doc.DocumentSequencer} orders and applies ops
 * and keeps the history; {@link dev.pairpad.core.doc.RoomDocument} holds the text. No network, no JSON, no
 * threads: the room serialises calls.
 *
 * <h2>NOTES</h2>
 * <ul>
 *   <li>The text is a gap buffer: an edit copies its own text plus the characters between it and the previous
 *   edit, never the whole document. Replaying automerge-paper (259,778 keystrokes) takes about 15 ms of CPU
 *   (bin/bench).</li>
 *   <li>The whole history stays in memory for the room's lifetime, as parallel arrays; revision times are kept to
 *   the millisecond.</li>
 *   <li>Dedupe remembers every (clientId, seq) ever applied; seqs counted up from any start cost one int each.</li>
 * </ul>
 */
package dev.pairpad.core.doc;
