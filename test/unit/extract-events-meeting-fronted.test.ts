// Meetings told by a participle clause opening the sentence, whose subject is the main clause's
// ("Meeting X in Nairobi, Y said …", "Welcoming X to Berlin, Y said …"), and what is no meeting there
// ("Welcoming the decision by X, Y said …"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meetings told by a fronted participle clause', () => {
  it('"Meeting X …, Y said": the main clause subject meets X', () => {
    const r = run(
      'Leaders confer',
      'Meeting Kenyan President Daniel Otieno in Nairobi on Monday, Ethiopian Prime Minister Abebe Tesfaye said the two countries were close.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels).toContain('Abebe Tesfaye MET Daniel Otieno');
    expect(r.ruleOf('Abebe Tesfaye MET Daniel Otieno')).toBe('events/meetings:fronted');
  });

  it('"Welcoming X to Berlin, Y said" and "After receiving X, Y …": hosting participles', () => {
    const a = run(
      'Europe must stand together',
      'Welcoming French President Julien Moreau to Berlin, German Chancellor Klaus Richter said Europe must stand together.',
    );
    expect(a.rels).toContain('Julien Moreau MET Klaus Richter');
    const b = run(
      'Talks at the palace',
      'After receiving Polish President Tomasz Nowak at the palace, King Henrik Lund hosted a lunch.',
    );
    expect(b.rels).toContain('Henrik Lund MET Tomasz Nowak');
  });

  it('a participle with no person met is no meeting', () => {
    const r = run(
      'Berlin backs plan',
      'Welcoming the decision by French President Julien Moreau, German Chancellor Klaus Richter said Europe must stand together.',
    );
    expect(r.events('meeting')).toHaveLength(0);
    expect(r.rels.filter((x) => x.includes(' MET '))).toHaveLength(0);
  });
});
