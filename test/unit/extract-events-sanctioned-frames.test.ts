// People sanctioned, listed in a sentence after the sanctions in more frames: the group the sanctions
// counted named with "including" ("The officials, including A, B and C, are accused of …"), "A and B are
// among them", "The individuals sanctioned by X include A"; and a group the sanctions did not speak of
// ("The protesters, including A") is no target. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('people sanctioned in a sentence after the sanctions', () => {
  it.each([
    [
      '"The officials, including A, B and C, are accused"',
      'Britain imposed sanctions on 12 officials on Monday. The officials, including Ivan Petrov, Sergei Volkov and Anna Orlova, are accused of rigging the vote.',
    ],
    [
      '"A, B and C are among them"',
      'Britain on Monday imposed sanctions on 12 officials. Ivan Petrov, Sergei Volkov and Anna Orlova are among them.',
    ],
    [
      '"The individuals sanctioned by X include"',
      'Britain imposed sanctions on Monday. The individuals sanctioned by Britain include Ivan Petrov, Sergei Volkov and Anna Orlova.',
    ],
  ])('%s', (_, body) => {
    const r = run('Sanctions', body);
    for (const n of ['Ivan Petrov', 'Sergei Volkov', 'Anna Orlova'])
      expect(r.rels).toContain(`United Kingdom SANCTIONED ${n}`);
  });

  it('a group the sanctions did not speak of is no target', () => {
    const r = run(
      'Sanctions',
      'Britain imposed sanctions on 12 officials on Monday. The protesters, including Ivan Petrov and Sergei Volkov, said they were beaten.',
    );
    expect(r.rels.filter((x) => /SANCTIONED (?:Ivan Petrov|Sergei Volkov)$/.test(x))).toEqual([]);
  });
});
