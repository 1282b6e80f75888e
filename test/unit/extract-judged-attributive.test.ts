// The party named as the attribute of a judged act (relations/judged-attributive.ts): "unfriendly U.S.
// steps", "the illegal Israeli measures", "hostile and provocative Canadian actions". Negative cases: a
// warning about acts that may not happen ("any hostile US actions"), a name that is no act's attribute, a
// name after a preposition. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('the attribute of a judged act', () => {
  it('reads a name or a country adjective before the act noun', () => {
    const r = run(
      'Envoy summoned',
      '"It all began with a new wave of unfriendly Japan steps," Foreign Ministry spokeswoman Anna Petrova said. "We will not accept these hostile and provocative Canadian actions," said spokesman Chen Hao.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining(['Anna Petrova CRITICIZED Japan', 'Chen Hao CRITICIZED Canada']),
    );
  });

  it('does not read a warning, a bare name or a victim', () => {
    const r = run(
      'Envoy summoned',
      '"Any hostile Norwegian actions will receive a firm response," spokeswoman Anna Petrova said. "This is hostile toward Finland and its people," said spokesman Chen Hao.',
    );
    expect(critics(r.rels)).not.toContain('Anna Petrova CRITICIZED Norway');
    expect(critics(r.rels)).not.toContain('Chen Hao CRITICIZED Finland');
  });
});
