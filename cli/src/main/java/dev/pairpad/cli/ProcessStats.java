package dev.pairpad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time and memory of a local process from {@code /proc} (Linux): {@code stat} for user+system time,
 * {@code status} for resident and peak resident memory; and the process listening on a TCP port.
 */
final class ProcessStats {
    private static final Path PROC = Path.of("/proc");
    private final long pid;
    private final long ticksPerSecond;

    ProcessStats(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
    }

    long pid() {
        return pid;
    }

    /** User plus system CPU time so far, in nanoseconds; empty if the process is gone or /proc is missing. */
    OptionalLong cpuNanos() {
        try {
            String stat = Files.readString(PROC.resolve(pid + "/stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalLong.of(ticks * 1_000_000_000L / ticksPerSecond);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code VmRSS} in bytes. */
    OptionalLong residentBytes() {
        return statusField("VmRSS:");
    }

    /** {@code VmHWM}, the peak resident set, in bytes. */
    OptionalLong peakResidentBytes() {
        return statusField("VmHWM:");
    }

    private OptionalLong statusField(String name) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(pid + "/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.substring(name.length()).strip().split("\\s+")[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * Live heap after a full collection, in bytes, through {@code jcmd PID GC.run} and {@code GC.heap_info} (same
     * user, a JDK with jcmd); empty when that is not possible. Forces a GC in the measured process.
     */
    OptionalLong heapUsedAfterGc() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return OptionalLong.empty();
        }
        try {
            run(jcmd.toString(), Long.toString(pid), "GC.run");
            for (String line : run(jcmd.toString(), Long.toString(pid), "GC.heap_info").lines().toList()) {
                Matcher used = Pattern.compile("heap.* used (\\d+)K").matcher(line);
                if (used.find()) {
                    return OptionalLong.of(Long.parseLong(used.group(1)) * 1024);
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalLong.empty();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }

    /** The process listening on TCP {@code port} on this machine, found through /proc/net/tcp{,6} and fd links. */
    static Optional<Long> listeningOn(int port) {
        Optional<String> inode = listeningInode(port);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String target = "socket:[" + inode.get() + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (Files.readSymbolicLink(fd).toString().equals(target)) {
                                return Optional.of(Long.parseLong(process.getFileName().toString()));
                            }
                        } catch (IOException vanished) {
                            // fd closed meanwhile
                        }
                    }
                } catch (IOException | SecurityException notOurs) {
                    // another user's process, or gone
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> listeningInode(int port) {
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve(table))) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                        return Optional.of(f[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table
            }
        }
        return Optional.empty();
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
