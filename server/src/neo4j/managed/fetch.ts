// Fetches Neo4j Community from Maven Central and builds the launcher (`mvn package` in neo4j/), once.
// Later starts find the jars in neo4j/target and need no network.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLASSPATH_DIR, LAUNCHER_JAR, markerJar, MAVEN_PROJECT, neo4jVersion } from './layout.js';

export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

export type FetchProgress = (line: string) => void;

/** True when the launcher and Neo4j's classpath are built and newer than the Maven project. */
export function neo4jIsFetched(): boolean {
  if (!fs.existsSync(LAUNCHER_JAR) || !fs.existsSync(markerJar())) return false;
  const built = fs.statSync(LAUNCHER_JAR).mtimeMs;
  const sources = [path.join(MAVEN_PROJECT, 'pom.xml'), ...javaSources(path.join(MAVEN_PROJECT, 'src'))];
  return sources.every((f) => fs.statSync(f).mtimeMs <= built);
}

function javaSources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.java'))
    .map((d) => path.join(d.parentPath, d.name));
}

/** Checks that Java 17+ and Maven are on the PATH, saying exactly what is missing. */
export function checkToolchain(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Neo4jSetupError(
      'Java is not installed: the managed Neo4j needs Java 17 (Debian: apt-get install openjdk-17-jre-headless), ' +
        'or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const version = /version "(\d+)/.exec(java.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new Neo4jSetupError(`Java ${version} is too old: Neo4j 5.26 needs Java 17 or newer.`);
  }
}

function checkMaven(): void {
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new Neo4jSetupError(
      'Maven is not installed: the first start fetches Neo4j with it (Debian: apt-get install maven), ' +
        'or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

/**
 * Runs `mvn package` in neo4j/ when the jars are missing or stale, reporting progress (one line per
 * artifact, with a running count). Resolves when the launcher is ready.
 */
export async function ensureNeo4jFetched(progress: FetchProgress = () => {}): Promise<void> {
  checkToolchain();
  if (neo4jIsFetched()) return;
  checkMaven();
  progress(`Fetching Neo4j Community ${neo4jVersion()} from Maven Central (first start only, about 120 MB)…`);
  fs.rmSync(CLASSPATH_DIR, { recursive: true, force: true });
  let downloaded = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', 'package', '-Dstyle.color=never'], {
      cwd: MAVEN_PROJECT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const onData = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        // Batch mode prefixes "[INFO] ": "[INFO] Downloaded from central: https://…/neo4j-5.26.30.jar (…)".
        const m = /Downloaded from [^:\s]+: (\S+)/.exec(line);
        if (m) {
          downloaded += 1;
          const name = m[1]!.split('/').slice(-1)[0];
          if (name?.endsWith('.jar')) progress(`  [${downloaded}] ${name}`);
        }
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', reject);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0 || !neo4jIsFetched()) {
    throw new Neo4jSetupError(
      `Fetching Neo4j with Maven failed (mvn -B package in ${MAVEN_PROJECT}, exit ${code}). Its last lines:\n` +
        tail.filter(Boolean).join('\n'),
    );
  }
  progress(`Neo4j ${neo4jVersion()} is ready (${downloaded} files fetched).`);
}
