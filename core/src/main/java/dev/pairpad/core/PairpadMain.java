package dev.pairpad.core;

import dev.pairpad.core.config.Setting;
import dev.pairpad.core.config.Settings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the server without the CLI: {@code java -cp … dev.pairpad.core.PairpadMain --port 8080 --data ./data}.
 *
 * <p>Options are the {@link Setting} option names; prints {@code Pairpad listening on URL} once ready and shuts
 * down gracefully on SIGTERM. {@code interview serve} is the friendly way; this is for containers and tests.
 */
public final class PairpadMain {

    private PairpadMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<Setting, String> options = new EnumMap<>(Setting.class);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : args[i];
            Setting setting = find(name);
            if (setting == null || i + 1 >= args.length) {
                System.err.println("pairpad: unknown option or missing value: " + args[i]);
                System.exit(2);
            }
            options.put(setting, args[++i]);
        }
        PairpadServer server = PairpadServer.builder()
                .settings(Settings.resolve(options, System.getenv(), Optional.of(Path.of("application.yaml"))))
                .build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "pairpad-shutdown"));
        System.out.println("Pairpad listening on " + server.url());
        System.out.flush();
        stopped.await();
    }

    private static Setting find(String option) {
        for (Setting setting : Setting.values()) {
            if (setting.option().equals(option)) {
                return setting;
            }
        }
        return null;
    }
}
