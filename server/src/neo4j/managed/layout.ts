// Where the managed local Neo4j's pieces live: the Maven project, the built launcher and its classpath.
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';

export const NEO4J_VERSION = '5.26.30';
export const MAVEN_PROJECT = path.join(PROJECT_ROOT, 'neo4j');
export const LAUNCHER_JAR = path.join(MAVEN_PROJECT, 'target', 'dossier-neo4j.jar');
export const CLASSPATH_DIR = path.join(MAVEN_PROJECT, 'target', 'lib');
/** The jar whose presence says the classpath was fetched whole (Maven copies it last-but-not-least). */
export const MARKER_JAR = path.join(CLASSPATH_DIR, `neo4j-${NEO4J_VERSION}.jar`);
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
