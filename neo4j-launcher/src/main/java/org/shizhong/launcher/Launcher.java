// Starts Neo4j Community embedded with Bolt on loopback, prints one READY line, and shuts down
// cleanly on SIGTERM/SIGINT or when its parent closes stdin (so a crashed parent leaves no JVM).
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
import org.neo4j.io.ByteUnit;

public final class Launcher {
  private static final String DEFAULT_HOME = ".data/neo4j";
  private static final int DEFAULT_PORT = 7687;
  private static final String HOST = "127.0.0.1";
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
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("neo4j-launcher: unknown argument " + args[i] + " (expected --home DIR --port N)");
          System.exit(2);
        }
      }
    }

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(home).toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.procedure_allowlist, new ArrayList<>(PROCEDURE_ALLOWLIST))
        // Transaction timeouts are checked on this beat (default 2 s); the Cypher console promises
        // cancellation within its timeout + 1 s.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
        // Bolt waits 5 s twice on shutdown by default; a local dev database need not.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .build();

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
