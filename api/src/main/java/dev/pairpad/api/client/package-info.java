/**
 * A headless Pairpad client over {@code java.net.http}: every REST call of PROTOCOL.md ({@link
 * dev.pairpad.api.client.PairpadClient}) and live WebSocket sessions ({@link dev.pairpad.api.client.RoomSession})
 * that keep a local replica of a room's code in step with the server through the OT client state machine.
 *
 * <pre>{@code
 * PairpadClient client = PairpadClient.of(URI.create("http://127.0.0.1:8080"));
 * RoomCreated room = client.createRoom(new CreateRoomRequest(Optional.of("Backend"), Optional.of("python"),
 *         Optional.empty()));
 * try (RoomSession ada = client.session(room.id(), room.candidateKey()).name("ada")
 *         .listener(event -> System.out.println(event)).open()) {
 *     ada.insert(0, "print('hi')\n");
 *     ada.settled().join();                       // acknowledged, durable on the server
 * }
 * }</pre>
 *
 * <h2>Notes</h2>
 * <ul>
 *   <li>Failures are {@link dev.pairpad.api.client.PairpadClientException}s: {@code PairpadApiException} (an error
 *       status with the server's problem+json), {@code PairpadUnreachableException} (no answer),
 *       {@code PairpadProtocolException} (an answer PROTOCOL.md does not allow), {@code PairpadSessionException}
 *       (a WebSocket session ended for good: not-found, unauthorized, protocol, replaced, room deleted).</li>
 *   <li>Sessions reconnect by themselves with capped exponential backoff ({@link dev.pairpad.api.client.Backoff})
 *       and resume: the replay updates the replica, the unacknowledged op is resent under the same seq once
 *       {@code synced} arrives (unless it was already sent on the new connection). If the server cannot resume
 *       ({@code stale-revision}, or a fresh {@code welcome}), the replica is reloaded, unsent local edits are
 *       dropped and a {@code Reloaded} event says so. The same happens when the server refuses the op in flight
 *       ({@code bad-op}, {@code too-large}, {@code forbidden}, {@code room-closed}); a {@code rate-limited} op is
 *       resent after half a second under the same seq. Edits in a room known to be closed throw at once.</li>
 *   <li>Listeners run on the network thread under the session's lock, in order: keep them short.</li>
 *   <li>Sessions edit only the {@code code} document; the interviewers' {@code notes} document is ignored.</li>
 *   <li>No JSON library is needed at run time: the wire codec lives in {@code dev.pairpad.api.protocol}.</li>
 * </ul>
 */
package dev.pairpad.api.client;
