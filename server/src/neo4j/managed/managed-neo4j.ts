// The managed local Neo4j: a child JVM running Neo4j Community with Bolt on loopback, owned by the server.
// The JVM reads its stdin and shuts down when it closes, so it dies with the server however the server ends.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { renderConf } from './conf.js';
import { Neo4jSetupError } from './fetch.js';
import { freePort } from './free-port.js';
import { CLASSPATH_DIR, JVM_FLAGS, LAUNCHER_CLASS, LAUNCHER_JAR } from './layout.js';
import { readOrCreatePassword } from './password.js';

export interface ManagedNeo4jOptions {
  /** Folder for data, logs, conf and password (created if missing). */
  dataDir: string;
  heap: string;
  pageCache: string;
  txTimeoutMs: number;
  /** Bolt port; a free one when omitted. */
  boltPort?: number;
  startTimeoutMs?: number;
  extraSettings?: string[];
  onLog?: (line: string) => void;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/**
 * Emits 'exit' (code, signal) when the JVM ends without being asked to, and 'runaway' ({stopped, detail})
 * when its reaper met a terminated transaction still computing: `stopped` false means this JVM cannot stop
 * that thread (Java 20+) and only a restart frees the core.
 */
export class ManagedNeo4j extends EventEmitter {
  private child: ChildProcessWithoutNullStreams | null = null;
  private stopping = false;
  private connection: Neo4jConnection | null = null;
  /**
   * Whether the JVM runs console queries at the lowest CPU priority (nice 19), and if not why: its
   * `DOSSIER_CONSOLE_PRIORITY on|off <reason>` line at start (null before the first start).
   */
  consolePriority: { on: boolean; reason: string | null } | null = null;
  /** Chosen at the first start and kept, so the driver finds a restarted instance at the same address. */
  private boltPort: number | undefined;

  constructor(private readonly options: ManagedNeo4jOptions) {
    super();
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** True once the owner asked it to stop (until the next start). */
  get stopRequested(): boolean {
    return this.stopping;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the JVM and resolves once Bolt accepts connections. */
  async start(): Promise<Neo4jConnection> {
    if (this.running && this.connection) return this.connection;
    const { dataDir } = this.options;
    const home = path.join(dataDir, 'neo4j');
    const importDir = path.join(dataDir, 'import-disabled');
    fs.mkdirSync(home, { recursive: true, mode: 0o700 });
    fs.mkdirSync(importDir, { recursive: true });
    for (const f of fs.readdirSync(importDir))
      fs.rmSync(path.join(importDir, f), { recursive: true, force: true });
    const password = readOrCreatePassword(path.join(dataDir, 'neo4j-password'));
    const boltPort = (this.boltPort ??= this.options.boltPort ?? (await freePort()));
    const confFile = path.join(dataDir, 'neo4j.conf');
    fs.writeFileSync(
      confFile,
      renderConf({
        boltPort,
        importDir,
        pageCache: this.options.pageCache,
        heap: this.options.heap,
        txTimeoutMs: this.options.txTimeoutMs,
        extraSettings: this.options.extraSettings,
      }),
    );
    const args = [
      `-Xms${this.options.heap}`,
      `-Xmx${this.options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${LAUNCHER_JAR}${path.delimiter}${path.join(CLASSPATH_DIR, '*')}`,
      LAUNCHER_CLASS,
      home,
      confFile,
    ];
    this.stopping = false;
    const child = spawn('java', args, {
      env: { ...process.env, DOSSIER_NEO4J_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    const output: string[] = [];
    const remember = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 60) output.shift();
        this.options.onLog?.(line);
      }
    };
    child.stderr.on('data', remember);
    await this.untilReady(child, output, remember);
    // A stop() asked while Neo4j was starting waits on this exit too: start-up removed only its own listener.
    child.once('exit', (code, signal) => {
      this.child = null;
      if (!this.stopping) this.emit('exit', code, signal);
    });
    this.connection = { uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password };
    return this.connection;
  }

  /**
   * Resolves once the JVM prints that Bolt is ready; rejects (and kills it) when it exits first, cannot run,
   * or outlasts the start timeout. Once it settles, its own exit listener goes and no other: a stop() asked
   * meanwhile still hears the exit. (`output` holds the JVM's last lines for the error; `remember` adds to it.)
   */
  private untilReady(
    child: ChildProcessWithoutNullStreams,
    output: string[],
    remember: (chunk: Buffer) => void,
  ): Promise<void> {
    const limitMs = this.options.startTimeoutMs ?? 180_000;
    return new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
        fail(`Neo4j exited during start-up (code ${code}, signal ${signal}).`);
      const onError = (err: Error) => fail(`Could not run java: ${err.message}`);
      const settle = () => {
        clearTimeout(timer);
        child.off('exit', onExit);
      };
      const fail = (why: string) => {
        settle();
        child.kill('SIGKILL');
        const log = output.slice(-25).join('\n');
        reject(
          new Neo4jSetupError(`${why}\nIts last output:\n${log}\n(data folder: ${this.options.dataDir})`),
        );
      };
      const timer = setTimeout(
        () => fail(`Neo4j did not start within ${Math.round(limitMs / 1000)} s.`),
        limitMs,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        const priority = /^DOSSIER_CONSOLE_PRIORITY (on|off) ?(.*)$/m.exec(text);
        if (priority) this.consolePriority = { on: priority[1] === 'on', reason: priority[2] || null };
        if (text.includes('DOSSIER_NEO4J_READY')) {
          settle();
          resolve();
        } else remember(chunk);
        for (const m of text.matchAll(/^DOSSIER_RUNAWAY (stopped|unstoppable) (.*)$/gm)) {
          this.emit('runaway', { stopped: m[1] === 'stopped', detail: m[2] });
        }
      });
      child.once('error', onError);
      child.once('exit', onExit);
    });
  }

  /** Stops the JVM: closes its stdin (orderly shutdown), then SIGTERM, then SIGKILL. Idempotent. */
  async stop(graceMs = 20_000): Promise<void> {
    const child = this.child;
    this.stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin.end();
    const term = setTimeout(() => child.kill('SIGTERM'), graceMs);
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs + 10_000);
    await exited;
    clearTimeout(term);
    clearTimeout(kill);
    this.child = null;
  }

  /** Kills the JVM at once, as a crash would (fault tests). */
  killHard(): void {
    this.child?.kill('SIGKILL');
  }
}
