// Small pure parts of the server: the search query builder, date bounds, configuration, the managed
// Neo4j's conf, and documents turned into load rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig, readEnvFile } from '../../server/src/config.js';
import type { AnnotationDocument, SearchHit } from '@dossier/model';
import { documentToRows } from '../../server/src/ingest/to-rows.js';
import { renderConf } from '../../server/src/neo4j/managed/conf.js';
import { dateBound } from '../../server/src/services/graph-service.js';
import {
  ARTICLE_FIELDS,
  ENTITY_FIELDS,
  firstOfEachId,
  toLuceneQuery,
  toPrefixQuery,
} from '../../server/src/services/search-query.js';

describe('toLuceneQuery', () => {
  it.each([
    ['Antonov', '(antonov* OR antonov~1)'],
    ['Anatoly Anto', '(anatoly* OR anatoly~1) AND (anto* OR anto~1)'],
    ['US', 'us*'],
    ['title:* AND (x', '(title* OR title~1) AND and* AND x*'],
    ['"\\~[]{}^', null],
    ['   ', null],
    ['Zakharova’s', '(zakharova* OR zakharova~1) AND s*'],
  ])('when the input is %j, then the Lucene query is %j', (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });
});

describe('toPrefixQuery', () => {
  it.each([
    ['Antonov', '(antonov^4 OR antonov*)'],
    ['Anatoly Anto', '(anatoly^4 OR anatoly*) AND (anto^4 OR anto*)'],
    ['title:* AND (x', '(title^4 OR title*) AND (and^4 OR and*) AND (x^4 OR x*)'],
    ['"\\~[]{}^', null],
  ])('when the input is %j, then the prefix query is %j', (input, expected) => {
    expect(toPrefixQuery(input)).toBe(expected);
  });
});

describe('search queries in fields', () => {
  it('when fields are given, then each word must match in one of them', () => {
    expect(toPrefixQuery('Anatoly Anto', ENTITY_FIELDS)).toBe(
      '(name:(anatoly^4 OR anatoly*) OR aliasText:(anatoly^4 OR anatoly*)) AND ' +
        '(name:(anto^4 OR anto*) OR aliasText:(anto^4 OR anto*))',
    );
    expect(toLuceneQuery('US Antonv', ARTICLE_FIELDS)).toBe(
      '(title:(us*)) AND (title:(antonv* OR antonv~1))',
    );
    expect(toPrefixQuery('"\\~[]', ARTICLE_FIELDS)).toBeNull();
  });
});

describe('firstOfEachId', () => {
  it('when two passes meet the same node, then it is listed once, where it came first', () => {
    const hit = (id: string, score: number): SearchHit => ({
      id,
      kind: 'article',
      type: 'Article',
      name: id,
      aliases: [],
      description: null,
      score,
    });
    const merged = firstOfEachId([hit('article:a', 14.5), hit('article:b', 12), hit('article:a', 9.7)]);
    expect(merged.map((h) => [h.id, h.score])).toEqual([
      ['article:a', 14.5],
      ['article:b', 12],
    ]);
  });
});

describe('dateBound', () => {
  it('when a date has month or year precision, then the bound covers the whole period', () => {
    expect(dateBound('2021-03', 'from')).toBe('2021-03-00');
    expect(dateBound('2021-03', 'to')).toBe('2021-03-99');
    expect(dateBound('2021', 'to')).toBe('2021-99-99');
    expect(dateBound('2021-06-16', 'from')).toBe('2021-06-16');
    expect(dateBound(undefined, 'from')).toBeNull();
  });
});

describe('loadConfig', () => {
  it('when the environment is empty, then the defaults hold: loopback, 3000, managed Neo4j', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, seed: 'auto' });
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.maxPoolSize).toBe(50);
    expect(loadConfig({ NEO4J_MAX_POOL_SIZE: '200' }).neo4j.maxPoolSize).toBe(200);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: '0' })).toThrow(/NEO4J_MAX_POOL_SIZE/);
  });

  it('when a variable is bad, then the error names it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ CYPHER_ROW_CAP: '0' })).toThrow(ConfigError);
  });

  it('when NEO4J_URI is set without a password, then the error says so', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it("when the user is given as NEO4J_USERNAME (Aura's name), then it is the user; two that disagree are an error", () => {
    expect(loadConfig({}).neo4j.user).toBe('neo4j');
    expect(loadConfig({ NEO4J_USERNAME: 'aura' }).neo4j.user).toBe('aura');
    expect(loadConfig({ NEO4J_USER: 'reader' }).neo4j.user).toBe('reader');
    expect(loadConfig({ NEO4J_USER: 'a', NEO4J_USERNAME: 'a' }).neo4j.user).toBe('a');
    expect(() => loadConfig({ NEO4J_USER: 'a', NEO4J_USERNAME: 'b' })).toThrow(/NEO4J_USER.*NEO4J_USERNAME/);
  });
});

describe('readEnvFile', () => {
  const write = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-env-'));
    fs.writeFileSync(path.join(dir, '.env'), text);
    return path.join(dir, '.env');
  };

  it('when a .env file sets variables, then they are added and a variable already set wins', () => {
    const file = write(
      '# Aura credentials\nNEO4J_URI=neo4j+s://x.databases.neo4j.io\nNEO4J_USERNAME=neo4j\nPORT="3200"\nHOST=0.0.0.0\n',
    );
    const env = readEnvFile(file, { HOST: '127.0.0.1' });
    expect(env).toEqual({
      HOST: '127.0.0.1',
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      PORT: '3200',
    });
    expect(loadConfig({ ...env, NEO4J_PASSWORD: 'secret' })).toMatchObject({
      host: '127.0.0.1',
      port: 3200,
      neo4j: { uri: 'neo4j+s://x.databases.neo4j.io', user: 'neo4j' },
    });
  });

  it('when the configuration is documented, then README.md and .env.example name every variable', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const example = fs.readFileSync('.env.example', 'utf8');
    for (const name of CONFIG_VARIABLES) {
      expect(readme, name).toContain(`| \`${name}\``);
      expect(example, name).toMatch(new RegExp(`^# ${name}=`, 'm'));
    }
  });

  it('when there is no .env file, then the environment is unchanged', () => {
    const env = { PORT: '1' };
    expect(readEnvFile(path.join(os.tmpdir(), 'no-such-dir-dossier', '.env'), env)).toEqual({ PORT: '1' });
  });
});

describe('renderConf', () => {
  it('when rendered, then Bolt is on loopback, auth on, LOAD CSV closed and a timeout set', () => {
    const conf = renderConf({ boltPort: 7999, importDir: '/x/empty', pageCache: '64m', txTimeoutMs: 30_000 });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
    expect(conf).toContain('server.directories.import=/x/empty');
    expect(conf).toContain('internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0');
    expect(conf).toContain('db.transaction.timeout=30s');
  });

  it('when rendered, then Bolt stops without waiting its network threads a quiet period', () => {
    const conf = renderConf({ boltPort: 7999, importDir: '/x/empty', pageCache: '64m', txTimeoutMs: 30_000 });
    expect(conf).toContain('internal.dbms.bolt.netty_server_shutdown_quiet_period=0');
  });
});

describe('documentToRows', () => {
  const text = 'Biden met Putin in Geneva. Biden met Putin again.';
  const doc: AnnotationDocument = {
    article: { id: 'x-1', title: 'T', outlet: 'O', published: '2021-06-17', url: null, language: 'en' },
    body: { start: 0, end: text.length },
    entities: [
      {
        id: 'person:joe-biden',
        type: 'Person',
        name: 'Joe Biden',
        aliases: ['Biden', 'Biden'],
        mentions: [
          { start: 0, end: 5, text: 'Biden' },
          { start: 27, end: 32, text: 'Biden' },
        ],
      },
    ],
    events: [],
    statements: [],
    relations: [
      {
        source: 'person:joe-biden',
        type: 'MET',
        target: 'person:vladimir-putin',
        date: '2021-06-16',
        place: 'place:geneva',
        evidence: [{ start: 0, end: 26, text: 'Biden met Putin in Geneva.' }],
      },
      {
        source: 'person:joe-biden',
        type: 'MET',
        target: 'person:vladimir-putin',
        date: '2021-06-16',
        place: 'place:geneva',
        evidence: [{ start: 27, end: 49, text: 'Biden met Putin again.' }],
      },
    ],
  };

  it('when one relation is reported twice, then it becomes one row with both evidence spans', () => {
    const rows = documentToRows(doc, text);
    expect(rows.relations).toHaveLength(1);
    expect(rows.relations[0]).toMatchObject({
      key: '2021-06-16|place:geneva',
      evidence: ['Biden met Putin in Geneva.', 'Biden met Putin again.'],
      evidenceStarts: [0, 27],
      evidenceEnds: [26, 49],
    });
  });

  it('when an entity has mentions and repeated aliases, then spans are flat and aliases distinct', () => {
    const rows = documentToRows(doc, text);
    expect(rows.entities[0]).toMatchObject({ count: 2, spans: [0, 5, 27, 32], aliases: ['Biden'] });
    expect(rows.article).toMatchObject({ id: 'x-1', bodyStart: 0, bodyEnd: text.length, text });
  });
});
