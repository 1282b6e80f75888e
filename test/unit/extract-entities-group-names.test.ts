// Groups named by one word no lexicon knows, on invented text (group-names.ts): "the X's government", "the
// X-led", "the X spokesman" make X a body, named wherever it stands alone; adjectives, persons' regimes and
// faiths' people are no body.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) => namesOf(d, 'Organization');

describe('a group named by one unknown word', () => {
  it('when "the X-led government" names it, then X is a body everywhere on the page', () => {
    const d = extract(
      [
        'Envoy meets rebels',
        'The Mazrun-led government in the north received the envoy on Tuesday.',
        'Mazrun officials said the talks would continue next month in Doha.',
      ].join('\n'),
    );
    expect(orgs(d)).toContain('Mazrun');
    expect(d.entities.find((e) => e.name === 'Mazrun')?.mentions.length).toBe(2);
  });

  it("when a spokesman or the group's government is named, then X is a body", () => {
    const d = extract(
      [
        'Ceasefire talks',
        "A statement from the Velhar spokesman came after the Tavrun's government rejected the plan.",
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['Velhar', 'Tavrun']));
  });

  it('when the word is an adjective, a faith or a known name, then no body is read', () => {
    const d = extract(
      [
        'Regional tensions',
        'The Islamic regime and the Zionist regime traded threats, and the Sunni militants withdrew.',
        "The Obama-led talks ended, and the Lukashenka regime's envoy left.",
      ].join('\n'),
    );
    expect(orgs(d)).toEqual([]);
  });
});
