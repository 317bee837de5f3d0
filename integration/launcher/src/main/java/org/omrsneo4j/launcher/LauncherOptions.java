package org.omrsneo4j.launcher;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.io.ByteUnit;

/**
 * Command-line options of {@link Neo4jLauncher}, parsed and validated.
 *
 * @param home          Neo4j home directory; data goes to {@code home/data}, logs to {@code home/logs}
 * @param port          Bolt port on 127.0.0.1; 0 lets the operating system pick a free port
 * @param pageCacheBytes page cache size in bytes
 * @param readyFile     file that receives the Bolt URI once the database is available, or null
 * @param authPassword  password for the {@code neo4j} user, or null to run without authentication
 * @param startTimeout  maximum time to wait for the default database to become available
 * @param help          whether {@code --help} was given
 */
record LauncherOptions(
        Path home,
        int port,
        long pageCacheBytes,
        Path readyFile,
        String authPassword,
        Duration startTimeout,
        boolean help) {

    static final int DEFAULT_PORT = 7687;
    static final String DEFAULT_PAGECACHE = "128m";
    static final long DEFAULT_START_TIMEOUT_SECONDS = 180;

    /** Neo4j's default for {@code dbms.security.auth_minimum_password_length}. */
    static final int MIN_PASSWORD_LENGTH = 8;

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: java ... org.omrsneo4j.launcher.Neo4jLauncher --home DIR [options]",
            "",
            "Runs Neo4j Community with Bolt on 127.0.0.1 until SIGTERM, SIGINT or end of standard input.",
            "Prints one line NEO4J_BOLT=bolt://127.0.0.1:PORT on standard output once the database is available.",
            "",
            "  --home DIR              Neo4j home directory (required); created if missing",
            "  --port N                Bolt port on 127.0.0.1 (default 7687; 0 picks a free port)",
            "  --pagecache SIZE        page cache size, for example 64m or 1g (default 128m)",
            "  --ready-file PATH       also write the Bolt URI to PATH (atomic rename) when ready",
            "  --auth-password PW      enable authentication and set the password of user neo4j",
            "                          at every start (at least 8 characters); default: no authentication",
            "  --start-timeout SECONDS maximum wait for the database to become available (default 180)",
            "  --help                  print this text");

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException with a message naming the bad option and value
     */
    static LauncherOptions parse(String[] args) {
        Path home = null;
        int port = DEFAULT_PORT;
        long pageCache = parseSize("--pagecache", DEFAULT_PAGECACHE);
        Path readyFile = null;
        String password = null;
        Duration startTimeout = Duration.ofSeconds(DEFAULT_START_TIMEOUT_SECONDS);

        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                return new LauncherOptions(null, port, pageCache, null, null, startTimeout, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " is unknown or has no value; see --help");
            }
            String value = args[++i];
            switch (name) {
                case "--home" -> home = Path.of(value).toAbsolutePath().normalize();
                case "--port" -> port = parsePort(value);
                case "--pagecache" -> pageCache = parseSize(name, value);
                case "--ready-file" -> readyFile = Path.of(value).toAbsolutePath().normalize();
                case "--auth-password" -> password = checkPassword(value);
                case "--start-timeout" -> startTimeout = Duration.ofSeconds(parsePositive(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name + "; see --help");
            }
        }

        if (home == null) {
            throw new IllegalArgumentException("missing required option --home DIR");
        }
        return new LauncherOptions(home, port, pageCache, readyFile, password, startTimeout, false);
    }

    private static int parsePort(String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid --port " + value + ": expected a number from 0 to 65535");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid --port " + value + ": expected a number from 0 to 65535");
        }
        return port;
    }

    private static long parseSize(String option, String value) {
        long bytes;
        try {
            bytes = ByteUnit.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "invalid " + option + " " + value + ": expected a size such as 64m, 512m or 1g");
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("invalid " + option + " " + value + ": size must be positive");
        }
        return bytes;
    }

    private static long parsePositive(String option, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Falls through to the error below, which names the value.
        }
        throw new IllegalArgumentException("invalid " + option + " " + value + ": expected a positive whole number");
    }

    private static String checkPassword(String value) {
        if (value.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("invalid --auth-password: Neo4j requires at least "
                    + MIN_PASSWORD_LENGTH + " characters, got " + value.length());
        }
        return value;
    }
}
