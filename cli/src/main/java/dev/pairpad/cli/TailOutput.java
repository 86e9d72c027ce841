package dev.pairpad.cli;

import dev.pairpad.api.client.SessionEvent;

/** One way of showing a tailed room; receives every session event in order. */
interface TailOutput {
    void on(SessionEvent event);

    /** The tail is over: flush what is pending and restore the terminal. Idempotent. */
    void finish();
}
