package org.omrsneo4j.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1 only, for local development and tests.
 *
 * <p>Standard output carries exactly one line, {@code NEO4J_BOLT=bolt://127.0.0.1:PORT}, once the
 * default database is available. Neo4j's own messages go to {@code HOME/logs} ({@code neo4j.log} and
 * {@code debug.log}), and launcher errors go to standard error. The process shuts Neo4j down cleanly,
 * releasing the store lock, on SIGTERM, on SIGINT and when standard input reaches end of file, so a
 * parent that dies without cleaning up does not leave this JVM running.
 */
public final class Neo4jLauncher {

    /** Prefix of the single line printed on standard output when Bolt accepts connections. */
    public static final String READY_PREFIX = "NEO4J_BOLT=";

    private static final String LOOPBACK = "127.0.0.1";
    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_USAGE = 2;

    private final LauncherOptions options;
    private volatile DatabaseManagementService service;
    private volatile Log4jLogProvider userLog;

    private Neo4jLauncher(LauncherOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help()) {
            System.out.println(LauncherOptions.USAGE);
            return;
        }

        try {
            new Neo4jLauncher(options).run();
        } catch (Exception e) {
            System.err.println("neo4j-launcher: start Neo4j in " + options.home() + ": " + describe(e)
                    + System.lineSeparator() + "  see " + options.home().resolve("logs") + " for Neo4j's logs");
            System.exit(EXIT_FAILURE);
        }
    }

    /**
     * Joins the messages of an exception and its causes. Neo4j wraps the useful detail, such as
     * "Address already in use" for a taken port, several causes deep.
     */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++) {
            text.append(System.lineSeparator()).append("  caused by ").append(cause);
            cause = cause.getCause();
        }
        return text.toString();
    }

    /** Starts Neo4j, announces the Bolt URI and blocks until the JVM is asked to exit. */
    private void run() throws IOException, InterruptedException {
        Path logs = options.home().resolve("logs");
        Files.createDirectories(logs);
        if (options.readyFile() != null) {
            Files.deleteIfExists(options.readyFile());
        }

        // The hook is in place before build() so that a signal during start-up also shuts down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "neo4j-launcher-shutdown"));
        watchStandardInput();

        OutputStream userLogFile = Files.newOutputStream(
                logs.resolve("neo4j.log"), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        userLog = new Log4jLogProvider(userLogFile);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.home())
                .setUserLogProvider(userLog);
        configure(builder);
        service = builder.build();

        GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!database.isAvailable(options.startTimeout().toMillis())) {
            throw new IllegalStateException("database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + " is not available after " + options.startTimeout().toSeconds() + " s");
        }
        if (options.authPassword() != null) {
            setPassword(options.authPassword());
        }

        String uri = "bolt://" + LOOPBACK + ":" + boltPort(database);
        announce(uri);

        new CountDownLatch(1).await();
    }

    /** Applies the settings that keep a local Neo4j private, small and bounded. */
    private void configure(DatabaseManagementServiceBuilder builder) {
        SocketAddress loopback = new SocketAddress(LOOPBACK);
        SocketAddress bolt = new SocketAddress(LOOPBACK, options.port());
        boolean auth = options.authPassword() != null;

        // Usage reporting sends data to a Neo4j server on the internet; it must stay off.
        builder.setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, loopback)
                .setConfig(GraphDatabaseSettings.default_advertised_address, loopback)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(30))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(8))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.filewatcher_enabled, false)
                // Internal settings of 5.26: each defaults to 5 s, which made every stop take about 10 s.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
    }

    /**
     * Sets the password of user {@code neo4j}. It runs at every start, so the password given on the
     * command line always works, even when an earlier start used another one. Neo4j rejects a new
     * password equal to the current one, so a random password is set first.
     */
    private void setPassword(String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String statement = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";
        system.executeTransactionally(statement, Map.of("password", UUID.randomUUID().toString()));
        system.executeTransactionally(statement, Map.of("password", password));
    }

    /** Returns the port Bolt actually listens on, which differs from the option when it was 0. */
    private static int boltPort(GraphDatabaseService database) {
        ConnectorPortRegister ports = ((GraphDatabaseAPI) database)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            throw new IllegalStateException("Bolt connector did not register a listen address");
        }
        return address.getPort();
    }

    /** Prints the ready line and, if asked, writes the same line to the ready file by atomic rename. */
    private void announce(String uri) throws IOException {
        PrintStream out = System.out;
        out.println(READY_PREFIX + uri);
        out.flush();

        Path readyFile = options.readyFile();
        if (readyFile == null) {
            return;
        }
        Path parent = readyFile.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, readyFile.getFileName().toString(), ".tmp");
        Files.writeString(temporary, READY_PREFIX + uri + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Exits the JVM, and so runs the shutdown hook, once standard input reaches end of file. */
    private static void watchStandardInput() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only end of file matters.
                }
            } catch (IOException e) {
                System.err.println("neo4j-launcher: read standard input: " + e + "; shutting down");
            }
            System.exit(0);
        }, "neo4j-launcher-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void shutdown() {
        DatabaseManagementService running = service;
        if (running != null) {
            running.shutdown();
        }
        Log4jLogProvider log = userLog;
        if (log != null) {
            log.close();
        }
        Path readyFile = options.readyFile();
        if (readyFile != null) {
            try {
                Files.deleteIfExists(readyFile);
            } catch (IOException e) {
                System.err.println("neo4j-launcher: remove ready file " + readyFile + ": " + e);
            }
        }
    }
}
