package dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;

/**
 * Dossier's managed local Neo4j: Neo4j Community run embedded, with Bolt, in a JVM owned by the Node server.
 *
 * <p>Usage: {@code ManagedNeo4j HOME CONF}. The settings come from CONF (written by the server); the password of
 * the {@code neo4j} user comes from the environment variable {@code DOSSIER_NEO4J_PASSWORD}. The process prints
 * {@code DOSSIER_NEO4J_READY} once Bolt accepts connections, and shuts Neo4j down when its standard input closes
 * (the owning server stopped or died) or when it receives SIGINT/SIGTERM: it is never left orphaned. A
 * {@link RunawayReaper} stops the threads of terminated transactions that go on computing; {@link ConsolePriority}
 * runs console queries at the lowest CPU priority.
 */
public final class ManagedNeo4j {
  private ManagedNeo4j() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ManagedNeo4j HOME CONF");
      System.exit(2);
    }
    String password = System.getenv("DOSSIER_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("DOSSIER_NEO4J_PASSWORD must hold the neo4j user's password (8 characters or more)");
      System.exit(2);
    }
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(Path.of(args[0])).loadPropertiesFromFile(Path.of(args[1])).build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "dossier-neo4j-shutdown"));
    setPassword(dbms, password);
    RunawayReaper.start(dbms, envMillis("DOSSIER_NEO4J_RUNAWAY_GRACE_MS", 1000), 1000);
    ConsolePriority.start(dbms, 200);
    System.out.println("DOSSIER_NEO4J_READY");
    System.out.flush();
    // Block until the parent closes our stdin (orderly stop, crash or kill of the server), then exit:
    // the shutdown hook stops Neo4j cleanly.
    while (System.in.read() != -1) {
      // ignore anything written to us
    }
    System.exit(0);
  }

  private static long envMillis(String name, long fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim());
  }

  /**
   * Sets the neo4j user's password; the embedded API talks to the system database without auth. Its own long
   * timeout: the first query of a JVM compiles Cypher's planner, which on a busy machine outlasts
   * db.transaction.timeout.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try (Transaction tx = dbms.database("system").beginTx(10, TimeUnit.MINUTES)) {
      tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password))
          .close();
      tx.commit();
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to the one it already has: that is the normal warm start.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }
}
