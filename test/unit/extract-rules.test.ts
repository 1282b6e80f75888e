// Rule tracing: every entity, statement, event and relation the extractor makes names the rule that made
// it (a stable id, `entities|events|relations/<family>:<name>`, `quotes:<name>` or a learned step's
// `learned/<step>`), so a wrong item can be traced back; the event rules' ids are unique and name the file
// of their family.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvalArticle, readEvalSet, SETS } from '../../server/src/cli/eval.js';
import { extractArticle } from '../../server/src/extract/index.js';
import { RULES } from '../../server/src/extract/events/index.js';

const RULE_ID = /^(?:(?:(?:entities|events|relations)\/[a-z-]+|quotes):[a-z-]+|learned\/[a-z-]+)$/;
const EVENTS_DIR = path.join(import.meta.dirname, '..', '..', 'server', 'src', 'extract', 'events');

describe('the rule of each extracted item', () => {
  it('when the seeds and held-out articles are extracted, then every item names a rule of the id format', () => {
    const docs = [...readEvalSet(SETS.seeds), ...readEvalSet(SETS.heldout)].map(
      (a) => extractEvalArticle(a).document,
    );
    const rules = new Set<string>();
    for (const d of docs) {
      const items = [...d.entities, ...d.statements, ...d.events, ...d.relations];
      expect(items.length).toBeGreaterThan(10);
      for (const x of items) {
        expect(x.rule, JSON.stringify(x).slice(0, 120)).toMatch(RULE_ID);
        rules.add(x.rule!.split(':')[0]!);
      }
    }
    // Items come from every stage, not from one catch-all rule.
    expect([...rules]).toEqual(
      expect.arrayContaining(['entities/classification', 'quotes', 'events/expulsions', 'relations/titles']),
    );
    // (Extracting the 13 articles took 6.5-7.2 s beside other files on two shared cores, on main too.)
  }, 30_000);

  it('when an event implies a relation, then the relation names the event rule that made both', () => {
    const { document: d } = extractArticle({
      raw: 'Oslo expels envoy\n\nNorway expelled the Iranian ambassador, Farid Karimi, on Monday, the foreign ministry said.',
      meta: { published: '2024-02-06' },
    });
    const expelled = d.relations.find((r) => r.type === 'EXPELLED');
    expect(expelled).toMatchObject({ target: 'person:farid-karimi', rule: 'events/expulsions:expulsion' });
    expect(d.events.find((e) => e.id === expelled!.event)?.rule).toBe('events/expulsions:expulsion');
    expect(d.entities.find((e) => e.id === 'person:farid-karimi')?.rule).toMatch(/^entities\//);
  });

  it('when the event rules are listed, then their ids are unique and name the file of their family', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const family = /^events\/([a-z-]+):[a-z-]+$/.exec(id)?.[1];
      expect(family, id).toBeDefined();
      expect(fs.existsSync(path.join(EVENTS_DIR, `${family}.ts`)), id).toBe(true);
    }
  });
});
