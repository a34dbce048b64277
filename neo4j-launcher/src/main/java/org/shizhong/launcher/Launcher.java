// Starts Neo4j Community embedded with Bolt on loopback, authentication on and transaction memory
// limited, prints one READY line, and shuts down cleanly on SIGTERM/SIGINT or when its parent closes
// stdin (so a crashed parent leaves no JVM).
package org.shizhong.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import java.time.Duration;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

public final class Launcher {
  private static final String DEFAULT_HOME = ".data/neo4j";
  private static final int DEFAULT_PORT = 7687;
  private static final String HOST = "127.0.0.1";
  private static final String USER = "neo4j";
  /** Where index.ts hands over a new password (never on the command line, which `ps` shows to all). */
  private static final String PASSWORD_ENV = "NEO4J_LAUNCHER_PASSWORD";
  /**
   * Procedures any query may call. Everything else (dbms.*, db.create.*, ...) is refused by the
   * database itself, which the Cypher console relies on besides its own checks.
   */
  private static final List<String> PROCEDURE_ALLOWLIST = List.of(
      "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
      "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
      "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
      "db.awaitIndexes", "dbms.components");

  public static void main(String[] args) throws Exception {
    String home = DEFAULT_HOME;
    int port = DEFAULT_PORT;
    long pageCacheMb = 256;
    long txTotalMb = 512;
    long txMaxMb = 256;
    // Neo4j keeps 2 days of transaction logs by default: 8.7 GB after loading a million entities.
    String txLogRetention = "256M size";
    boolean setPassword = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
        case "--tx-total-mb" -> txTotalMb = Long.parseLong(args[++i]);
        case "--tx-max-mb" -> txMaxMb = Long.parseLong(args[++i]);
        case "--tx-log-retention" -> txLogRetention = args[++i];
        case "--set-password" -> setPassword = true;
        default -> {
          System.err.println("neo4j-launcher: unknown argument " + args[i]
              + " (expected --home DIR --port N [--pagecache-mb N --tx-total-mb N --tx-max-mb N --tx-log-retention POLICY --set-password])");
          System.exit(2);
        }
      }
    }
    Path homePath = Path.of(home).toAbsolutePath();

    if (setPassword) {
      String password = System.getenv(PASSWORD_ENV);
      if (password == null || password.length() < 8) {
        System.err.println("neo4j-launcher: --set-password needs a password of 8+ characters in " + PASSWORD_ENV);
        System.exit(2);
      }
      setInitialPassword(homePath, password);
    }

    Map<org.neo4j.graphdb.config.Setting<?>, Object> settings = new java.util.HashMap<>();
    settings.put(BoltConnector.enabled, true);
    settings.put(BoltConnector.listen_address, new SocketAddress(HOST, port));
    // Nothing but Bolt: no HTTP API or browser on another port.
    settings.put(HttpConnector.enabled, false);
    settings.put(HttpsConnector.enabled, false);
    settings.put(GraphDatabaseSettings.auth_enabled, true);
    // LOAD CSV may not read the machine's files (the console refuses LOAD CSV too; this holds for Bolt).
    settings.put(GraphDatabaseSettings.allow_file_urls, false);
    settings.put(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb));
    // A query that would build a huge list is stopped with a memory error long before the heap
    // (1 GiB by default) runs out: per transaction, and all transactions together.
    settings.put(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMaxMb));
    settings.put(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txTotalMb));
    settings.put(GraphDatabaseSettings.preallocate_logical_logs, false);
    settings.put(GraphDatabaseSettings.keep_logical_logs, txLogRetention);
    settings.put(GraphDatabaseSettings.procedure_allowlist, new ArrayList<>(PROCEDURE_ALLOWLIST));
    // Transaction timeouts are checked on this beat (default 2 s); the Cypher console promises
    // cancellation within its timeout + 1 s.
    settings.put(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100));
    // Bolt waits 5 s twice on shutdown by default; a local dev database need not.
    settings.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500));
    settings.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(homePath).setConfig(settings).build();

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("STOPPED");
    }, "neo4j-shutdown"));

    waitForBolt(port);
    System.out.println("READY bolt://" + HOST + ":" + port);
    System.out.flush();

    // The parent holds our stdin open; EOF means it is gone, so we go too.
    InputStream in = System.in;
    try {
      while (in.read() != -1) {
        // ignore input
      }
    } catch (IOException ignored) {
      // stdin broken: same as EOF
    }
    System.exit(0);
  }

  /**
   * The neo4j user's password, set before Bolt ever listens. A new home gets it the way
   * `neo4j-admin dbms set-initial-password` does it (data/dbms/auth.ini, read when the system
   * database is created). A home created earlier (its system database exists, possibly with the
   * default neo4j/neo4j) is opened once without any connector to change it there.
   */
  private static void setInitialPassword(Path home, String password) throws Exception {
    Path systemDb = home.resolve("data").resolve("databases").resolve("system");
    if (!Files.exists(systemDb)) {
      Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
      Path authFile = CommunitySecurityModule.getInitialUserRepositoryFile(config);
      Files.createDirectories(authFile.getParent());
      Files.deleteIfExists(authFile);
      FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), authFile,
          NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
      users.create(new User(USER, null, SystemGraphCredential.createCredentialForPassword(bytes, new SecureHasher()), false, false));
      users.shutdown();
      return;
    }
    DatabaseManagementService offline = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
    try {
      offline.database("system").executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (org.neo4j.graphdb.QueryExecutionException e) {
      // an earlier launch set it but died before the caller could note that: nothing to do
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    } finally {
      offline.shutdown();
    }
  }

  private static void waitForBolt(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 600; attempt++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(HOST, port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("Bolt did not accept connections on " + HOST + ":" + port);
  }
}
