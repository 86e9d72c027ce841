package dev.pairpad.api.protocol;

import java.util.Optional;

/** The notes document in a {@code welcome} (interviewers only); {@code text} is absent when resumed. */
public record NotesState(int rev, Optional<String> text) {
}
