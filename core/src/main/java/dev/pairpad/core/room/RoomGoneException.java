package dev.pairpad.core.room;

/** The room was unloaded or deleted while a request was on its way; the caller looks it up again. */
public final class RoomGoneException extends RuntimeException {

    public RoomGoneException(String roomId) {
        super("room " + roomId + " was unloaded or deleted meanwhile");
    }
}
