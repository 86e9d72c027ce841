package dev.pairpad.e2e.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used by a Chromium instance and all its processes, read from Linux's /proc: a number that, unlike
 * wall time, does not grow when other work shares the machine.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ProcessCpu() {
    }

    /** Seconds of CPU used so far by the browser whose command line names this profile, and its descendants. */
    static double browserSeconds(Path profile) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        Optional<Long> browser = Optional.empty();
        for (Path process : processes()) {
            long pid = Long.parseLong(process.getFileName().toString());
            try {
                String stat = Files.readString(process.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                parents.put(pid, Long.parseLong(fields[1]));
                // its own time plus that of children it has reaped, so a renderer that ended still counts
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                        + Long.parseLong(fields[14]));
                String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                if (command.contains("--user-data-dir=" + profile) && !command.contains("--type=")) {
                    browser = Optional.of(pid);
                }
            } catch (IOException gone) {
                // the process ended while we looked: its time no longer counts anywhere
            }
        }
        long root = browser.orElseThrow(() -> new IllegalStateException("no Chromium runs with profile " + profile));
        long total = 0;
        Deque<Long> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            long pid = todo.pop();
            total += ticks.getOrDefault(pid, 0L);
            parents.forEach((child, parent) -> {
                if (parent == pid) {
                    todo.push(child);
                }
            });
        }
        return total / TICKS_PER_SECOND;
    }

    private static List<Path> processes() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc", e);
        }
    }
}
