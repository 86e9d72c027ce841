package dev.pairpad.core.packaging;

import dev.pairpad.core.packaging.Dockerfiles.Instruction;
import dev.pairpad.core.packaging.Dockerfiles.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JDK AOT cache of the production image is usable: trained by the runtime stage itself with the
 * ENTRYPOINT's JVM options and jar, written where the ENTRYPOINT's {@code -XX:AOTCache} reads it.
 */
final class AotCacheChecks {
    static final String TRAINING_SCRIPT = "docker/aot-training.sh";

    private AotCacheChecks() {
    }

    static List<String> check(Repository repo, String dockerfile) {
        Stage runtime = Dockerfiles.parse(repo.read(dockerfile)).finalStage();
        List<String> entry = runtime.last("ENTRYPOINT").map(Instruction::words).orElse(List.of());
        Optional<String> cache = entry.stream().filter(w -> w.startsWith("-XX:AOTCache=")).findFirst()
                .map(w -> w.substring("-XX:AOTCache=".length()));
        if (cache.isEmpty()) {
            return List.of(dockerfile + ": the ENTRYPOINT uses no -XX:AOTCache");
        }
        List<String> problems = new ArrayList<>();
        int jre = ToolchainChecks.major(runtime.image()).orElse(0);
        if (jre < 25) {
            problems.add(dockerfile + ": runtime image " + runtime.image() + " is Java " + jre
                    + "; -XX:AOTCacheOutput needs a JRE 25 or newer");
        }
        String training = "/opt/pairpad/" + TRAINING_SCRIPT.substring(TRAINING_SCRIPT.lastIndexOf('/') + 1);
        boolean trained = runtime.all("RUN").stream().anyMatch(r -> r.words().equals(List.of(training, cache.get())));
        if (!trained) {
            problems.add(dockerfile + ": no RUN of the runtime stage runs '" + training + " " + cache.get() + "'");
        }
        List<String> runtimeOptions = jvmOptions(entry, "-XX:AOTCache=");
        List<String> trainingOptions = List.of();
        for (String line : repo.read(TRAINING_SCRIPT).split("\n")) {
            if (line.strip().startsWith("java -XX:AOTCacheOutput=")) {
                trainingOptions = jvmOptions(List.of(line.strip().split("\\s+")), "-XX:AOTCacheOutput=");
            }
        }
        if (!trainingOptions.equals(runtimeOptions)) {
            problems.add(TRAINING_SCRIPT + " trains with JVM options " + trainingOptions + " but the ENTRYPOINT runs "
                    + runtimeOptions + "; the JVM would not use the cache");
        }
        String jar = entry.indexOf("-jar") >= 0 && entry.indexOf("-jar") + 1 < entry.size()
                ? entry.get(entry.indexOf("-jar") + 1) : "";
        if (!repo.read(TRAINING_SCRIPT).contains("jar=" + jar + "\n")) {
            problems.add(TRAINING_SCRIPT + " does not train with the ENTRYPOINT's jar " + jar);
        }
        return problems;
    }

    /** The options between {@code java} and {@code -jar}, without the one that names the cache file. */
    private static List<String> jvmOptions(List<String> command, String cacheOption) {
        int jar = command.indexOf("-jar");
        if (command.isEmpty() || !command.getFirst().equals("java") || jar < 0) {
            return List.of();
        }
        return command.subList(1, jar).stream().filter(o -> !o.startsWith(cacheOption)).toList();
    }
}
