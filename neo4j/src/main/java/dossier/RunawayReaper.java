package dossier;

import io.netty.channel.Channel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.api.net.TrackedNetworkConnection;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Stops the threads of terminated transactions that go on computing.
 *
 * <p>Neo4j terminates a transaction (timeout, {@code TERMINATE TRANSACTION}) by marking it; the thread running
 * its query notices the mark only between rows. An expression such as {@code reduce(s = '', x IN range(1,
 * 2000000) | s + 'xxxxxxxxxx')} computes inside one row and never looks, so its Bolt thread burns a core long
 * after the transaction is "terminated". Every {@code intervalMs}, this reaper finds transactions marked for
 * termination more than {@code graceMs} ago whose query is still executing, and stops the thread running it
 * ({@link Thread#stop()}, still honoured by Java 17 to 19). It prints one line per case on standard output,
 * which the owning server reads: {@code DOSSIER_RUNAWAY stopped ...} when the thread was stopped, or
 * {@code DOSSIER_RUNAWAY unstoppable ...} when this JVM cannot stop threads (Java 20+): the server then restarts
 * the JVM.
 */
final class RunawayReaper implements Runnable {
  private final DatabaseManagementService dbms;
  private final long graceMs;
  private final long intervalMs;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  /** CPU time of each suspect thread at the previous sweep: only a thread still computing is stopped. */
  private final Map<Long, Long> cpuAtLastSweep = new HashMap<>();
  /** Threads already reported as unstoppable, so each is reported once. */
  private final Set<Long> reported = new HashSet<>();

  RunawayReaper(DatabaseManagementService dbms, long graceMs, long intervalMs) {
    this.dbms = dbms;
    this.graceMs = graceMs;
    this.intervalMs = intervalMs;
  }

  static void start(DatabaseManagementService dbms, long graceMs, long intervalMs) {
    Thread t = new Thread(new RunawayReaper(dbms, graceMs, intervalMs), "dossier-runaway-reaper");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void run() {
    for (; ; ) {
      try {
        Thread.sleep(intervalMs);
        Map<Long, Long> seen = new HashMap<>();
        for (String name : dbms.listDatabases()) sweep(name, seen);
        cpuAtLastSweep.keySet().retainAll(seen.keySet());
        cpuAtLastSweep.putAll(seen);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // A database stopping or starting under us: look again at the next tick.
      }
    }
  }

  private void sweep(String databaseName, Map<Long, Long> seen) {
    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(databaseName);
    if (!db.isAvailable(0)) return;
    KernelTransactions transactions = db.getDependencyResolver().resolveDependency(KernelTransactions.class);
    long now = System.nanoTime();
    for (KernelTransactionHandle handle : transactions.activeTransactions()) {
      Optional<TerminationMark> mark = handle.terminationMark();
      Optional<ExecutingQuery> query = handle.executingQuery();
      if (mark.isEmpty() || query.isEmpty()) continue;
      long sinceMs = TimeUnit.NANOSECONDS.toMillis(now - mark.get().getTimestampNanos());
      if (sinceMs < graceMs) continue;
      Thread thread = findThread(threadId(query.get()));
      if (thread == null || !thread.isAlive()) continue;
      long cpu = threads.getThreadCpuTime(thread.getId());
      seen.put(thread.getId(), cpu);
      Long before = cpuAtLastSweep.get(thread.getId());
      if (before == null || cpu <= before) continue;
      String what = databaseName + " " + handle.getUserTransactionName() + " thread " + thread.getName()
          + " terminated " + sinceMs + " ms ago";
      closeConnection(db, handle);
      if (stop(thread)) {
        System.out.println("DOSSIER_RUNAWAY stopped " + what);
      } else if (reported.add(thread.getId())) {
        System.out.println("DOSSIER_RUNAWAY unstoppable " + what);
      }
      System.out.flush();
    }
  }

  /**
   * Closes the client's socket first: the stopped thread cannot answer, and the client must not wait. Bolt's own
   * {@code close()} waits for the running request to end, so the Netty channel is closed directly.
   */
  private static void closeConnection(GraphDatabaseAPI db, KernelTransactionHandle handle) {
    String id = handle.clientInfo().map(c -> c.connectionId()).orElse(null);
    if (id == null) return;
    NetworkConnectionTracker tracker = db.getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
    TrackedNetworkConnection connection = tracker.get(id);
    if (connection == null) return;
    Channel channel = field(connection, "channel", Channel.class);
    if (channel != null) channel.close();
    else connection.close();
  }

  /** A private field of {@code target} or of one of its superclasses, or null. */
  private static <T> T field(Object target, String name, Class<T> type) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        Object value = f.get(target);
        return type.isInstance(value) ? type.cast(value) : null;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  @SuppressWarnings({"deprecation", "removal"})
  private static boolean stop(Thread thread) {
    try {
      thread.stop();
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /** ExecutingQuery keeps the id of the thread that started it, but exposes only its name. */
  static long threadId(ExecutingQuery query) {
    Long id = field(query, "threadExecutingTheQueryId", Long.class);
    return id == null ? -1 : id;
  }

  private static Thread findThread(long id) {
    if (id < 0) return null;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getId() == id) return t;
    }
    return null;
  }
}
