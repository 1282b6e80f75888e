// The managed Neo4j's version is written once, in neo4j/pom.xml: the server reads it from there.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markerJar, neo4jVersion, POM } from '../../server/src/neo4j/managed/layout.js';

describe('the managed Neo4j layout', () => {
  it("when the version is asked for, then it is the pom's neo4j.version, and the marker jar carries it", () => {
    const pom = fs.readFileSync(POM, 'utf8');
    expect(neo4jVersion()).toMatch(/^5\.\d+\.\d+$/);
    expect(pom).toContain(`<neo4j.version>${neo4jVersion()}</neo4j.version>`);
    expect(pom).toContain('<version>${neo4j.version}</version>');
    expect(markerJar()).toMatch(new RegExp(`neo4j-${neo4jVersion().replace(/\./g, '\\.')}\\.jar$`));
  });
});
