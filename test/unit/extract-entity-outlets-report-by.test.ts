// An outlet no lexicon knows named as the agent of a report (reporting-outlets.ts): "reported by X." and
// "according to a report by X." when the name ends its phrase, with a dotted domain kept whole ("Korvel.NET");
// a person ("reported by Arvo Tamm"), a demonym ("reported by Velmoran media"), a title ("reported by the
// President") or a place ("reported by Kyiv") after "by" is no outlet.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);

describe('an outlet as the agent of a report', () => {
  it('when a report is credited "reported by X." or "a report by X.", then X is an organisation', () => {
    const d = extract(
      [
        'Minister resigns',
        'The deputy minister resigned on Monday, according to a report by Tamba Courier.',
        'This was first reported by Korvel.NET.',
        'His arrest was reported by Velna Post, citing two officials.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['Tamba Courier', 'Korvel.NET', 'Velna Post']));
    expect(orgs(d)).not.toContain('Korvel');
  });

  it('when a person, a demonym, a title or a place follows "by", then no outlet is made', () => {
    const d = extract(
      [
        'Minister resigns',
        'The resignation was reported by Arvo Tamm. It was also reported by Ukrainian media.',
        'It was reported by the President, and it was reported by Kyiv.',
      ].join('\n'),
    );
    expect(d.entities.filter((e) => e.rule === 'entities/reporting-outlets:credit')).toEqual([]);
  });
});
