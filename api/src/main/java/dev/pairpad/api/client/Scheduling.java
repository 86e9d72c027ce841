package dev.pairpad.api.client;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** One daemon timer thread for all sessions' reconnects and pings (the tasks only start asynchronous work). */
final class Scheduling {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "pairpad-client-timer");
        thread.setDaemon(true);
        return thread;
    });

    private Scheduling() {
    }

    static ScheduledExecutorService scheduler() {
        return SCHEDULER;
    }
}
