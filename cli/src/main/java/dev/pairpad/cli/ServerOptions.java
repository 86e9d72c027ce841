package dev.pairpad.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --server} and {@code --verbose} options shared by every command that talks to a server. */
final class ServerOptions {
    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";
    static final String SERVER_VARIABLE = "PAIRPAD_SERVER";

    @Option(names = "--server", paramLabel = "URL",
            description = "Pairpad server (default: $PAIRPAD_SERVER, else server= in config.properties, else "
                    + DEFAULT_SERVER + ").")
    String server;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    boolean verbose;

    /** The server to talk to: {@code --server}, else the environment, else the config file, else the default. */
    URI resolve(CliContext context) {
        String chosen = Optional.ofNullable(server).filter(s -> !s.isBlank())
                .or(() -> context.variable(SERVER_VARIABLE))
                .or(() -> new CliConfig(context.configDirectory()).server())
                .orElse(DEFAULT_SERVER);
        return parse(chosen);
    }

    static URI parse(String text) {
        String trimmed = text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new UsageException("server address '" + text + "' is not a URL; use e.g. http://127.0.0.1:8080");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageException("server address '" + text + "' must start with http:// or https:// and name a host");
        }
        return uri;
    }
}
