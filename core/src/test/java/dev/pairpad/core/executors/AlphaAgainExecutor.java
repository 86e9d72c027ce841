package dev.pairpad.core.executors;

/** A second provider claiming the id {@code alpha}. */
public class AlphaAgainExecutor extends AlphaExecutor {
}
