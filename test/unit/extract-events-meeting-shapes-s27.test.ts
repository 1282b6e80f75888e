// Meeting shapes of session 27, on sentences written for the test: a place, time or occasion between the
// verb or the talks held and "with" ("met on the sidelines of the summit with B", "held talks in Baghdad
// with B", "had a meeting at the prime minister's office with B"); "the two sides" and "they" after
// successive meetings of one person are the last meeting's pair. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const parties = (r: ReturnType<typeof run>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());
const rules = (r: ReturnType<typeof run>) => r.events('meeting').map((e) => e.rule);

describe('a gap between the meeting and its partner', () => {
  it('"met on the sidelines of the summit with B" reads the clause', () => {
    const r = run(
      'Leaders confer',
      'Nigerian President Bola Tinubu also met on the sidelines of the summit with Kenyan President William Ruto.',
    );
    expect(parties(r)).toEqual([['Bola Tinubu', 'William Ruto']]);
    expect(rules(r)).toEqual(['events/meetings:meeting']);
  });

  it('talks held in a place, with a list, are one meeting per partner', () => {
    const r = run(
      'Leaders confer',
      'Nigerian President Bola Tinubu held separate talks in Abuja with Kenyan President William Ruto and Ghanaian President John Mahama.',
    );
    expect(parties(r)).toEqual([
      ['Bola Tinubu', 'William Ruto'],
      ['Bola Tinubu', 'John Mahama'],
    ]);
  });

  it('a meeting had at a place with B', () => {
    const r = run(
      'Minister in Baghdad',
      "Turkish Foreign Minister Hakan Fidan had a meeting at the prime minister's office with Iraqi Prime Minister Mohammed Shia al-Sudani.",
    );
    expect(parties(r)).toEqual([['Hakan Fidan', 'Mohammed Shia al-Sudani']]);
    expect(r.rels).toContain('Hakan Fidan MET Mohammed Shia al-Sudani');
  });

  it('talks still to be held are no meeting', () => {
    const r = run(
      'Leaders to confer',
      'Nigerian President Bola Tinubu will hold talks in Abuja with Kenyan President William Ruto next week.',
    );
    expect(parties(r)).toEqual([]);
  });
});

describe('"the two" and "they" after successive meetings of one person', () => {
  const lead =
    'Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Jakarta on Thursday.\n\nHe later met US Secretary of State Antony Blinken.';

  it('"The two sides" are the person and the one he met last, not the last two named', () => {
    const r = run('Talks in Jakarta', `${lead} The two sides exchanged views on Taiwan.`);
    expect(parties(r)).toEqual([
      ['Sergey Lavrov', 'Wang Yi'],
      ['Antony Blinken', 'Wang Yi'],
    ]);
    expect(r.rels).not.toContain('Antony Blinken MET Sergey Lavrov');
  });

  it('"They" after a sentence naming one person are the last meeting\'s pair', () => {
    const r = run('Talks in Jakarta', `${lead} They exchanged views on Taiwan.`);
    expect(parties(r)).toEqual([
      ['Sergey Lavrov', 'Wang Yi'],
      ['Antony Blinken', 'Wang Yi'],
    ]);
  });

  it('"The two leaders" after a sentence naming two persons who met are those two', () => {
    const r = run(
      'Leaders in Paris',
      'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday. The two leaders discussed support for Ukraine.',
    );
    expect(parties(r)).toEqual([['Emmanuel Macron', 'Olaf Scholz']]);
  });
});

describe('states met through their leaders or a counterpart', () => {
  const lead = 'Israeli Prime Minister Benjamin Netanyahu arrived in Budapest on Monday.';

  it('leaders of listed states holding separate talks with one person: one meeting each', () => {
    const r = run(
      'Talks in Budapest',
      `${lead} The leaders of Hungary, Slovakia and the Czech Republic held separate bilateral talks with Netanyahu.`,
    );
    expect(parties(r)).toEqual([
      ['Benjamin Netanyahu', 'Hungary'],
      ['Benjamin Netanyahu', 'Slovakia'],
      ['Benjamin Netanyahu', 'Czech Republic'],
    ]);
  });

  it('two named subjects holding talks with one person, with no word of apart: one meeting', () => {
    const r = run(
      'Talks in Budapest',
      `${lead} Hungarian Prime Minister Viktor Orban and Slovak Prime Minister Robert Fico held talks with Netanyahu.`,
    );
    expect(parties(r)).toEqual([['Benjamin Netanyahu', 'Robert Fico', 'Viktor Orban']]);
  });

  it('"his counterpart from X", no name given: the state', () => {
    const r = run('Talks in Budapest', `${lead} He also met his counterpart from Slovakia.`);
    expect(parties(r)).toEqual([['Benjamin Netanyahu', 'Slovakia']]);
    expect(r.rels).toContain('Benjamin Netanyahu MET Slovakia');
  });

  it('"his counterpart from X, Name": the person', () => {
    const r = run('Talks in Budapest', `${lead} He also met his counterpart from Slovakia, Robert Fico.`);
    expect(parties(r)).toEqual([['Benjamin Netanyahu', 'Robert Fico']]);
  });
});

describe('"he" in successive meetings of one person', () => {
  const lead =
    'Turkish Foreign Minister Hakan Fidan held talks with Iraqi Prime Minister Mohammed Shia al-Sudani on Tuesday.';

  it('"He also met" after a quotation is the one who went on meeting, not the one he met', () => {
    const r = run(
      'Minister in Baghdad',
      `${lead} He stressed trade ties during the short meeting. "Pleased to meet PM Mohammed Shia al-Sudani of Iraq again. Water was discussed," he said. He also met his counterpart from Kuwait.`,
    );
    expect(parties(r)).toEqual([
      ['Hakan Fidan', 'Mohammed Shia al-Sudani'],
      ['Hakan Fidan', 'Kuwait'],
    ]);
  });

  it('after a host received a visitor, "he" is left to the pronoun resolver', () => {
    const r = run(
      'Visit to Nairobi',
      'Kenyan President William Ruto received Nigerian President Bola Tinubu at State House on Tuesday. He later held talks with Kenyan Foreign Minister Musalia Mudavadi.',
    );
    expect(parties(r)).toContainEqual(['Bola Tinubu', 'William Ruto']);
    expect(r.rels).not.toContain('William Ruto MET Musalia Mudavadi');
  });
});
