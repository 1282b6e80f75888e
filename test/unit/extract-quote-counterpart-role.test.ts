// A person titled only as another's counterpart holds the other's role, on invented text: after
// "President A met his Ukrainian counterpart B", "the Ukrainian president" is B, and "a statement on the
// Ukrainian president's official website" is B's; the other's demonym stays the other's ("the Polish
// president" is still A), and "counterpart" with no role before the other names no role.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (lead: string, credit: string) =>
  speakerOf(
    extractChecked('Talks', `${lead}\n\n${credit} “We discussed trade and energy.”`).d,
    'We discussed',
  );

describe('the counterpart holds the role of the one they are counterpart to', () => {
  it.each([
    [
      'Slovak President Peter Pellegrini met his Hungarian counterpart Tamas Sulyok in Bratislava on Monday.',
      'The Hungarian president said:',
      'Tamas Sulyok',
    ],
    [
      'Japanese Prime Minister Fumio Kishida hosted his Indian counterpart Narendra Modi on Tuesday.',
      'The Indian prime minister said:',
      'Narendra Modi',
    ],
    [
      'French President Emmanuel Macron received his Brazilian counterpart, Luiz Inacio Lula da Silva, at the Elysee.',
      'The Brazilian president told reporters:',
      'Luiz Inacio Lula da Silva',
    ],
  ])('%s %s “…” → %s', (lead, credit, who) => {
    expect(speaker(lead, credit)).toBe(who);
  });

  it('a statement on the counterpart’s site by role: the counterpart speaks', () => {
    const lead =
      'Slovak President Peter Pellegrini met his Hungarian counterpart Tamas Sulyok in Bratislava on Monday.';
    expect(speaker(lead, 'A statement published on the Hungarian president’s official website said:')).toBe(
      'Tamas Sulyok',
    );
  });
});

describe('negatives', () => {
  it('the other’s own demonym still names the other', () => {
    const lead =
      'Slovak President Peter Pellegrini met his Hungarian counterpart Tamas Sulyok in Bratislava on Monday.';
    expect(speaker(lead, 'The Slovak president said:')).toBe('Peter Pellegrini');
  });

  it('when the other has no role, "counterpart" gives none', () => {
    const lead = 'Peter Pellegrini met his Hungarian counterpart Tamas Sulyok in Bratislava on Monday.';
    expect(speaker(lead, 'The Hungarian president said:')).toBeUndefined();
  });

  it('a statement on a role’s site whose holder the text never named: no one speaks', () => {
    const lead =
      'Slovak President Peter Pellegrini met Hungarian envoy Tamas Sulyok in Bratislava on Monday.';
    expect(
      speaker(lead, 'A statement published on the Hungarian president’s official website said:'),
    ).toBeUndefined();
  });
});
