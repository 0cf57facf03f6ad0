package io.newsflow.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} (or {@code --name=value}) flags of the local stack's command-line
 * entry points. Unknown flags and flags without a value are rejected by name.
 */
public final class CommandLineArguments {

    private final Map<String, String> values;

    private CommandLineArguments(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * @param flags the accepted flag names without the leading dashes
     * @throws IllegalArgumentException naming the first argument that is not one of {@code flags}
     */
    public static CommandLineArguments parse(String[] args, Set<String> flags) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + argument + "'; flags look like --name value");
            }
            String name = argument.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Flag --" + name + " needs a value");
            }
            if (!flags.contains(name)) {
                throw new IllegalArgumentException("Unknown flag --" + name + "; known flags: --" + String.join(", --", flags.stream().sorted().toList()));
            }
            values.put(name, value);
        }
        return new CommandLineArguments(values);
    }

    public Optional<String> value(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    public int port(String flag, int defaultPort) {
        return value(flag).map(text -> parsePort(flag, text)).orElse(defaultPort);
    }

    public Optional<Path> path(String flag) {
        return value(flag).map(Path::of);
    }

    private static int parsePort(String flag, String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("--" + flag + " must be a port between 0 and 65535, was " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + flag + " must be a port number, was '" + text + "'", e);
        }
    }
}
