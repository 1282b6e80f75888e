// "“…,” an official at Peru's Foreign Ministry said": an unnamed voice of a body the possessive owns speaks
// for that body, not for the owner's place (quotes/named-speakers.ts voiceOfBody). The owner alone when
// the possessed words are no body the text names. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Envoy summoned over border dispute';

/** The speaker's name of the statement whose quotation starts with `start`, or "none". */
function credit(body: string, start: string): string {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st ? `${d.entities.find((e) => e.id === st.speaker)?.name}` : 'none';
}

describe('an unnamed voice of a possessed body', () => {
  it('when "an official at X\'s Foreign Ministry said", then the ministry speaks', () => {
    const body =
      'The Peruvian Foreign Ministry summoned the Chilean ambassador on Monday over the border dispute.\n\nSpokesman Luis Prado said the meeting was short. “The envoy listened,” Prado said.\n\n“The border is not up for negotiation,” an official at Peru’s Foreign Ministry said during the meeting.';
    expect(credit(body, 'The border is not')).toBe('Peruvian Foreign Ministry');
  });

  it('when "a spokeswoman for X\'s Foreign Ministry said", then the ministry speaks', () => {
    const body =
      'The Chilean Foreign Ministry issued a note on Tuesday.\n\n“We regret the decision,” a spokeswoman for Chile’s Foreign Ministry said.';
    expect(credit(body, 'We regret')).toBe('Chilean Foreign Ministry');
  });

  it('when the body is named without a possessive, then it still speaks', () => {
    const body =
      'The Peruvian Foreign Ministry summoned the Chilean ambassador on Monday.\n\n“The border is closed,” an official at the Peruvian Foreign Ministry said.';
    expect(credit(body, 'The border is closed')).toBe('Peruvian Foreign Ministry');
  });

  it('when the possessed words name no body, then the named ministry is not credited', () => {
    const body =
      'The Chilean Foreign Ministry issued a note on Tuesday.\n\n“We regret the decision,” a spokeswoman for Chile’s ruling coalition said.';
    expect(credit(body, 'We regret')).not.toBe('Chilean Foreign Ministry');
  });
});
