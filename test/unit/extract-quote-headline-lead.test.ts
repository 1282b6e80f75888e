// A headline's "<speaker> <circumstance>: “…”" and "<role>: “…”" (quotes/headline-lead.ts): the name before
// a phrase of circumstance, or the one person the article titles with the role; nobody when the role is
// held by two, when no one holds it, or when the lead names a place or no speaker.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (title: string, body: string) => {
  const { d } = extractChecked(title, body);
  return speakerOf(d, title.replace(/^[^“‘]*[“‘]/, '').slice(0, 12));
};

describe('a headline credits its quotation to the name or role before the colon', () => {
  it('reads a name followed by a phrase of circumstance', () => {
    expect(
      speaker(
        'President Boric on first day in Mexico: “We have agreed on joint actions”',
        'Chilean President Gabriel Boric arrived in Mexico City on Thursday. He met businesspeople.',
      ),
    ).toBe('Gabriel Boric');
    expect(
      speaker(
        'Lavrov after talks with Wang: “The West is isolated”',
        'Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Friday.',
      ),
    ).toBe('Sergei Lavrov');
    expect(
      speaker(
        'Scholz to Xi: “Trade must be fair”',
        'German Chancellor Olaf Scholz met Chinese President Xi Jinping on Tuesday.',
      ),
    ).toBe('Olaf Scholz');
  });

  it('reads a role the article gives one person, whatever the circumstance', () => {
    expect(
      speaker(
        'US Ambassador: ‘The process is inspiring’',
        'US Ambassador to Armenia Lynne Tracy spoke to reporters on Wednesday.',
      ),
    ).toBe('Lynne Tracy');
    expect(
      speaker(
        'Interim US Ambassador to Fox: “Ukraine should win this war”',
        'Acting US Ambassador to Ukraine Kristina Kvien spoke to Fox News. The ambassador smiled.',
      ),
    ).toBe('Kristina Kvien');
    expect(
      speaker(
        'German Chancellor to Xi: “Trade must be fair”',
        'German Chancellor Olaf Scholz met Chinese President Xi Jinping on Tuesday. Scholz also met Premier Li Qiang.',
      ),
    ).toBe('Olaf Scholz');
    expect(
      speaker(
        'Chinese Ambassador: “We are ready to talk”',
        'US Ambassador Nicholas Burns met Chinese Ambassador Xie Feng in Washington.',
      ),
    ).toBe('Xie Feng');
  });

  it('credits nobody when two hold the role, nobody holds it, or the lead names no speaker', () => {
    expect(
      speaker(
        'Ambassador on the row: “We are worried”',
        'US Ambassador John Smith met British Ambassador Jane Doe in Kyiv.',
      ),
    ).toBeUndefined();
    expect(
      speaker(
        'President after summit: “A good day”',
        'French President Emmanuel Macron hosted US President Joe Biden in Paris.',
      ),
    ).toBeUndefined();
    expect(
      speaker(
        'Russia on sanctions: “They will fail”',
        'Russian Foreign Minister Sergei Lavrov spoke on Monday.',
      ),
    ).toBeUndefined();
    expect(
      speaker('Talks in Geneva: “constructive”', 'Russian Foreign Minister Sergei Lavrov spoke on Monday.'),
    ).toBeUndefined();
    expect(
      speaker(
        'Foreign Minister on visit: “We are ready”',
        'Indian Prime Minister Narendra Modi visited Japan with Finance Minister Nirmala Sitharaman.',
      ),
    ).toBeUndefined();
  });
});
