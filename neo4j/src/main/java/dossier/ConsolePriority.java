package dossier;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs console queries at the lowest CPU priority, so that they use only the CPU nobody else wants.
 *
 * <p>The Cypher console's transactions carry the metadata key {@code dossierConsole}. Every {@code intervalMs},
 * this sweep finds the thread executing each such query and sets its Linux scheduling priority to nice 19
 * ({@code setpriority(PRIO_PROCESS, tid, 19)}); once the thread no longer runs a console query (it is a pooled
 * Bolt worker), it is set back to nice 0. A console query that computes until its deadline then costs the other
 * endpoints' queries, which run at nice 0 on the same cores, almost nothing. The native thread id of a Java thread
 * comes from the JVM's own thread dump ({@code nid=}), read only when a thread not seen before runs a console
 * query.
 *
 * <p>Setting a thread back to nice 0 needs the right to raise priority (root, or {@code RLIMIT_NICE}); where the
 * JVM lacks it, or is not on Linux, the sweep does not start, and prints why: {@code DOSSIER_CONSOLE_PRIORITY
 * off ...} (else {@code DOSSIER_CONSOLE_PRIORITY on}).
 */
final class ConsolePriority implements Runnable {
  static final String CONSOLE_TX_TAG = "dossierConsole";
  private static final int PRIO_PROCESS = 0;
  private static final int LOW = 19;
  private static final int NORMAL = 0;
  private static final Pattern DUMP_LINE = Pattern.compile("\" #(\\d+) .*?nid=(0x[0-9a-fA-F]+|\\d+)");

  interface LibC extends Library {
    int setpriority(int which, int who, int prio);

  }

  private final DatabaseManagementService dbms;
  private final long intervalMs;
  private final LibC libc;
  /** Java thread id → native thread id, from the last thread dump. */
  private final Map<Long, Integer> nativeIds = new HashMap<>();
  /** Java thread ids a thread dump was read for and did not hold (ended threads): not dumped for again. */
  private final Set<Long> notInDump = new HashSet<>();
  /** Native ids of the threads this sweep lowered and has not yet set back. */
  private final Set<Integer> lowered = new HashSet<>();

  private ConsolePriority(DatabaseManagementService dbms, long intervalMs, LibC libc) {
    this.dbms = dbms;
    this.intervalMs = intervalMs;
    this.libc = libc;
  }

  static void start(DatabaseManagementService dbms, long intervalMs) {
    String off = null;
    LibC libc = null;
    if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
      off = "not Linux";
    } else {
      try {
        libc = Native.load("c", LibC.class);
        off = probe(libc);
      } catch (Throwable e) {
        off = "no libc through JNA (" + e.getMessage() + ")";
      }
    }
    if (off != null) {
      System.out.println("DOSSIER_CONSOLE_PRIORITY off " + off);
      System.out.flush();
      return;
    }
    Thread t = new Thread(new ConsolePriority(dbms, intervalMs, libc), "dossier-console-priority");
    t.setDaemon(true);
    t.start();
    System.out.println("DOSSIER_CONSOLE_PRIORITY on");
    System.out.flush();
  }

  /**
   * Lowers a short-lived thread to nice 19 and tries to set it back to 0: null when both work, else the reason
   * the sweep cannot run (it must never leave a pooled worker lowered).
   */
  private static String probe(LibC libc) throws InterruptedException {
    String[] outcome = new String[1];
    Thread t =
        new Thread(
            () -> {
              int tid = ownNativeId();
              if (tid <= 0) {
                outcome[0] = "no /proc/thread-self";
              } else if (libc.setpriority(PRIO_PROCESS, tid, LOW) != 0) {
                outcome[0] = "setpriority refused (errno " + Native.getLastError() + ")";
              } else if (libc.setpriority(PRIO_PROCESS, tid, NORMAL) != 0) {
                outcome[0] = "cannot set a thread back to nice 0 (needs root or RLIMIT_NICE)";
              }
            },
            "dossier-console-priority-probe");
    t.start();
    t.join();
    return outcome[0];
  }

  /** The calling thread's native id, from the link /proc/thread-self → /proc/PID/task/TID (-1: none). */
  private static int ownNativeId() {
    try {
      return Integer.parseInt(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public void run() {
    for (; ; ) {
      try {
        Thread.sleep(intervalMs);
        Set<Integer> running = new HashSet<>();
        for (String name : dbms.listDatabases()) sweep(name, running);
        for (Integer tid : running) {
          if (lowered.add(tid)) libc.setpriority(PRIO_PROCESS, tid, LOW);
        }
        lowered.removeIf(
            tid -> {
              if (running.contains(tid)) return false;
              libc.setpriority(PRIO_PROCESS, tid, NORMAL); // fails only when the thread has ended
              return true;
            });
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // A database stopping or starting under us: look again at the next tick.
      }
    }
  }

  /** Adds to `running` the native id of every thread now executing a console query of database `name`. */
  private void sweep(String name, Set<Integer> running) {
    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(name);
    if (!db.isAvailable(0)) return;
    KernelTransactions transactions = db.getDependencyResolver().resolveDependency(KernelTransactions.class);
    for (KernelTransactionHandle handle : transactions.activeTransactions()) {
      Map<String, Object> meta = handle.getMetaData();
      if (meta == null || !meta.containsKey(CONSOLE_TX_TAG)) continue;
      Optional<ExecutingQuery> query = handle.executingQuery();
      if (query.isEmpty()) continue;
      long id = RunawayReaper.threadId(query.get());
      if (id < 0) continue;
      Integer tid = nativeIds.get(id);
      if (tid == null && notInDump.add(id)) {
        readThreadDump();
        tid = nativeIds.get(id);
      }
      if (tid != null) running.add(tid);
    }
  }

  /** Refreshes `nativeIds` from the JVM's thread dump (each thread's line holds `#<id>` and `nid=<native id>`). */
  private void readThreadDump() {
    try {
      String dump =
          (String)
              ManagementFactory.getPlatformMBeanServer()
                  .invoke(
                      new ObjectName("com.sun.management:type=DiagnosticCommand"),
                      "threadPrint",
                      new Object[] {new String[0]},
                      new String[] {String[].class.getName()});
      nativeIds.clear();
      for (String line : dump.split("\n")) {
        Matcher m = DUMP_LINE.matcher(line);
        if (!m.find()) continue;
        String nid = m.group(2);
        int tid = nid.startsWith("0x") ? Integer.parseInt(nid.substring(2), 16) : Integer.parseInt(nid);
        nativeIds.put(Long.parseLong(m.group(1)), tid);
      }
      notInDump.removeAll(nativeIds.keySet());
    } catch (Exception e) {
      // No dump this tick: the query runs at normal priority until the next one.
    }
  }
}
