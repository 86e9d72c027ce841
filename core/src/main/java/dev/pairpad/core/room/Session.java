package dev.pairpad.core.room;

import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.Participant;
import dev.pairpad.api.protocol.Range;
import dev.pairpad.api.protocol.Role;
import java.util.List;
import java.util.Optional;

/**
 * One joined connection in a room; the fields that change are guarded by the room's lock.
 *
 * <p>{@code codeFrom}/{@code notesFrom}: the revision up to which this connection already has the document;
 * the room sends it only revisions after that.
 */
public final class Session {

    final String clientId;
    final String name;
    final Role role;
    final String color;
    final Outbound out;
    final TokenBucket bucket;
    int codeFrom;
    int notesFrom;
    /** Own ops up to these revisions were acknowledged on an earlier connection only (resume point). */
    int codeResumedFrom;
    int notesResumedFrom;
    List<Range> selection = List.of();
    int selectionRev = -1;
    boolean active = true;

    Session(String clientId, String name, Role role, String color, Outbound out, TokenBucket bucket) {
        this.clientId = clientId;
        this.name = name;
        this.role = role;
        this.color = color;
        this.out = out;
        this.bucket = bucket;
    }

    /** The id the client uses to resume. */
    public String clientId() {
        return clientId;
    }

    /** The role granted by the key and mode of the hello. */
    public Role role() {
        return role;
    }

    boolean sees(DocumentKind doc) {
        return doc == DocumentKind.CODE || role.seesNotes();
    }

    int resumedFrom(DocumentKind doc) {
        return doc == DocumentKind.CODE ? codeResumedFrom : notesResumedFrom;
    }

    int from(DocumentKind doc) {
        return doc == DocumentKind.CODE ? codeFrom : notesFrom;
    }

    Participant participant(Optional<List<Range>> transformedSelection) {
        return new Participant(clientId, name, role, color, transformedSelection);
    }
}
