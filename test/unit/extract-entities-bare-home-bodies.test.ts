// A bare foreign ministry with capitals and no country in its name ("the Foreign Office (FO)", "the
// Ministry of Foreign Affairs in Nairobi", "the Foreign Ministry") is one body, the home state's: the
// capital after it, the headline's subject or the dateline names that state (entities/home-bodies.ts,
// bareHomeBodies). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The names of the organisations, and the speaker's name of the statement whose quotation starts with `start`. */
function read(title: string, body: string, start: string) {
  const { d } = extractChecked(title, body);
  const orgs = d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  const speaker = st && d.entities.find((e) => e.id === st.speaker)?.name;
  return { orgs, speaker };
}

describe('a bare foreign ministry is the home state’s', () => {
  it('when a dateline names the capital, then "the Foreign Office (FO)" and "the Ministry of Foreign Affairs in <capital>" are one body of that state', () => {
    const r = read(
      'FO rejects remarks by former minister',
      'Guards stand outside the Ministry of Foreign Affairs in Islamabad.\n\nISLAMABAD: The Foreign Office (FO) on Sunday objected to the remarks.\n\nIn a tweet, the FO said: “We strongly reject the unwarranted comments.”\n\n“The matter has been taken up,” the FO added.',
      'We strongly',
    );
    expect(r.orgs).toContain('Pakistani Foreign Office');
    expect(r.orgs).not.toContain('Foreign Office');
    expect(r.orgs).not.toContain('Ministry of Foreign Affairs');
    expect(r.speaker).toBe('Pakistani Foreign Office');
  });

  it('when a wire dateline opens the body, then the Foreign Ministry is that capital’s state', () => {
    const r = read(
      'Envoy told to leave within 72 hours',
      'NAIROBI, March 3 — The Foreign Ministry ordered the envoy to leave the country.\n\n“This conduct is unacceptable,” the Foreign Ministry said in a statement.',
      'This conduct',
    );
    expect(r.speaker).toBe('Kenyan Foreign Ministry');
  });

  it('when the headline’s subject is a country, then the bare Ministry of Foreign Affairs is its ministry', () => {
    const r = read(
      'Ghana expels two Nigerian diplomats',
      'Ghana said on Tuesday it was expelling two diplomats, the Ministry of Foreign Affairs said.\n\n“They must leave within 48 hours,” the Ministry of Foreign Affairs said.',
      'They must',
    );
    expect(r.speaker).toBe('Ghanaian Foreign Ministry');
  });

  it('when a capital follows the body ("the Foreign Ministry in Lima"), then that capital’s state wins over the headline', () => {
    const r = read(
      'Mexico recalls ambassador',
      'The ambassador was summoned to the Foreign Ministry in Lima on Monday.\n\n“We regret the decision,” the Foreign Ministry said.',
      'We regret',
    );
    expect(r.orgs).toContain('Peruvian Foreign Ministry');
  });

  it('when the headline opens with an envoy’s demonym, then it names no home state', () => {
    const r = read(
      'Norwegian Ambassador summoned to Foreign Ministry',
      'The Norwegian ambassador was summoned to the Foreign Ministry on Friday.\n\n“Such a position is unacceptable,” the Foreign Ministry said.',
      'Such a position',
    );
    expect(r.orgs).not.toContain('Norwegian Foreign Ministry');
  });

  it('when another state’s foreign ministry is named, then the bare one is left as worded', () => {
    const r = read(
      'Chile protests to Argentina',
      'SANTIAGO, May 2 — The Argentine Foreign Ministry rejected the note.\n\n“It is baseless,” the Foreign Ministry said.',
      'It is baseless',
    );
    expect(r.orgs).not.toContain('Chilean Foreign Ministry');
  });

  it('when nothing names a home state, then the body stays as worded', () => {
    const r = read(
      'Talks on fishing rights resume',
      'Delegations met on Monday.\n\n“Progress was made,” the Foreign Ministry said.',
      'Progress',
    );
    expect(r.orgs.some((n) => / Foreign Ministry$/.test(n) && n !== 'Foreign Ministry')).toBe(false);
  });
});
