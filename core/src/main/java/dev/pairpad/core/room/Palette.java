package dev.pairpad.core.room;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Gives each participant of a room a colour that stays theirs (also across reconnects) while the room is loaded. */
final class Palette {

    private static final String[] COLORS = {
        "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#bfef45",
        "#fabed4", "#469990", "#dcbeff", "#9a6324", "#800000", "#aaffc3", "#808000", "#000075"
    };

    private final Map<String, String> byClient = new HashMap<>();

    /** The colour of {@code clientId}, choosing the first one no present participant has. */
    String colorOf(String clientId, Set<String> presentClientIds) {
        String existing = byClient.get(clientId);
        if (existing != null) {
            return existing;
        }
        Set<String> taken = new HashSet<>();
        for (String id : presentClientIds) {
            String color = byClient.get(id);
            if (color != null) {
                taken.add(color);
            }
        }
        String chosen = COLORS[Math.floorMod(clientId.hashCode(), COLORS.length)];
        for (String color : COLORS) {
            if (!taken.contains(color)) {
                chosen = color;
                break;
            }
        }
        byClient.put(clientId, chosen);
        return chosen;
    }
}
