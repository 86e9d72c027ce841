package dev.pairpad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview deploy init}: writes one platform's configuration, consistent with docker/Dockerfile. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write the configuration that runs Pairpad on a platform.",
                "Consistent with docker/Dockerfile: port 8080, health check GET /health,",
                "data volume /data, PAIRPAD_* environment. Run it in the root of your",
                "Pairpad checkout; it never overwrites a file without --force."},
        footerHeading = "%nExamples:%n",
        footer = {"  interview deploy init --target compose",
                "  interview deploy init --target fly --app acme-interviews --region fra",
                "  interview deploy init --target render --public-url https://pairpad.acme.dev"})
final class DeployInitCommand implements Callable<Integer> {
    private static final Pattern APP_NAME = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "PLATFORM",
            description = "compose, railway, fly or render.", converter = TargetConverter.class,
            completionCandidates = TargetNames.class)
    DeployTarget target;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write into (default: the current folder, which should be the repository root).")
    Path directory;

    @Option(names = "--app", paramLabel = "NAME", defaultValue = "pairpad",
            description = "Application / service name (default: ${DEFAULT-VALUE}).")
    String app;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Address people will open (default: the platform's usual address for --app).")
    String publicUrl;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "ams",
            description = "Fly.io region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Host port for compose (default: ${DEFAULT-VALUE}); the container always listens on 8080.")
    int hostPort;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "pairpad:latest",
            description = "Image name compose tags the build with (default: ${DEFAULT-VALUE}).")
    String image;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() {
        if (!APP_NAME.matcher(app).matches()) {
            throw new UsageException("--app '" + app + "' must be 2-63 lowercase letters, digits or dashes,"
                    + " starting with a letter");
        }
        if (hostPort < 1 || hostPort > 65535) {
            throw new UsageException("--port " + hostPort + " is not a TCP port (1-65535)");
        }
        String url = publicUrl == null ? target.defaultPublicUrl(app, hostPort) : ServerOptions.parse(publicUrl).toString();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("APP", app);
        values.put("PUBLIC_URL", url);
        values.put("REGION", region);
        values.put("HOST_PORT", Integer.toString(hostPort));
        values.put("IMAGE", image);
        Path file = directory.resolve(target.fileName());
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " already exists; pass --force to overwrite it");
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(file, target.render(values), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + file + " (" + target.name().toLowerCase() + ", public URL " + url + ").");
        out.println("Next:");
        target.nextSteps(values).forEach(step -> out.println("  " + step));
        out.flush();
        return ExitCodes.OK;
    }

    /** The platform names, for shell completion and help. */
    static final class TargetNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DeployTarget.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                    .iterator();
        }
    }

    /** Accepts the platform names in any case. */
    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<DeployTarget> {
        @Override
        public DeployTarget convert(String value) {
            try {
                return DeployTarget.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown target '" + value + "'; choose compose, railway, fly or render");
            }
        }
    }
}
