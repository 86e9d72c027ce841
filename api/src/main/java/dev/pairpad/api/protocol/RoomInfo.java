package dev.pairpad.api.protocol;

/** The room as described in a {@code welcome}. */
public record RoomInfo(String id, String title, RoomState state) {
}
