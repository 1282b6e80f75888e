// Where an organisation's name starts and ends, on invented text (session 24): a preposition or a
// conjunction opening a sentence is no body's first word (sentence-start-names.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);

describe('a preposition or a conjunction before a body at a sentence start', () => {
  it('when "As" opens the sentence before a body named by its head, then the body starts after it', () => {
    const d = extract(
      ['Talks stall', 'As Baltic Press Agency earlier reported, the talks stalled.'].join('\n'),
    );
    expect(orgs(d)).toContain('Baltic Press Agency');
    expect(orgs(d)).not.toContain('As Baltic Press Agency');
  });

  it('when "While" opens it, then the body starts after it too', () => {
    const d = extract(
      ['Talks stall', 'While Northern Fisheries Council members agreed, the talks stalled.'].join('\n'),
    );
    expect(orgs(d)).toContain('Northern Fisheries Council');
  });

  it('near miss: a common noun opening the sentence stays the body\'s ("Amnesty International said")', () => {
    const d = extract(
      ['Arrests condemned', 'Harbour Workers Union said the arrests were unlawful.'].join('\n'),
    );
    expect(orgs(d)).toContain('Harbour Workers Union');
  });
});
