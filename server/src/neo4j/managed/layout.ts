// Where the managed local Neo4j's pieces live: the Maven project, the built launcher and its classpath.
// The Neo4j version is written once, as the `neo4j.version` property of neo4j/pom.xml.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';

export const MAVEN_PROJECT = path.join(PROJECT_ROOT, 'neo4j');
export const POM = path.join(MAVEN_PROJECT, 'pom.xml');
export const LAUNCHER_JAR = path.join(MAVEN_PROJECT, 'target', 'dossier-neo4j.jar');
export const CLASSPATH_DIR = path.join(MAVEN_PROJECT, 'target', 'lib');

let version: string | undefined;
/** The Neo4j version neo4j/pom.xml asks Maven for (its `<neo4j.version>` property). */
export function neo4jVersion(): string {
  if (version) return version;
  const found = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!found) throw new Error(`${POM} has no <neo4j.version> property.`);
  return (version = found[1]!);
}

/** The jar whose presence says the classpath was fetched whole (Maven copies it last-but-not-least). */
export const markerJar = () => path.join(CLASSPATH_DIR, `neo4j-${neo4jVersion()}.jar`);
export const LAUNCHER_CLASS = 'dossier.ManagedNeo4j';

/** JVM flags from Neo4j's own neo4j.conf (server.jvm.additional) that the embedded server needs on Java 17. */
export const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
];
