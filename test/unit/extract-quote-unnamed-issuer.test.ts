// "“…,” the statement said" after the text introduced that statement with an issuer it names by a phrase
// and no name ("Norwegian diplomacy said in a statement", "a statement released by the office of the
// governor"): a body merely named before, which no quotation was credited to, does not speak for it
// (quotes/statement-issuer.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Fishing row deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or "none". */
function credit(body: string, start: string): string {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st ? `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]` : 'none';
}

describe('a statement whose issuer the text names by a phrase only', () => {
  it('when "<demonym> diplomacy said in a statement" introduced it, then the body named before does not speak', () => {
    const body =
      'The European Commission proposed new quotas for the North Sea on Monday. Norwegian diplomacy said in a statement that the quotas were unfair.\n\n“The proposed quotas ignore years of joint research and will not be accepted by our fishermen,” the statement said.';
    expect(credit(body, 'The proposed quotas')).toBe('none');
  });

  it('when "a statement released by the office of …" introduced it, then the body named before does not speak', () => {
    const body =
      'The European Commission proposed new quotas on Monday. In a statement released by the office of the governor of Finnmark, the quotas were called unfair.\n\n“The proposed quotas ignore years of joint research,” the statement said.';
    expect(credit(body, 'The proposed quotas')).toBe('none');
  });

  it('when the issuer is named, then it still speaks', () => {
    const body =
      'The European Commission proposed new quotas on Monday. The Norwegian Foreign Ministry said in a statement that the quotas were unfair.\n\n“The proposed quotas ignore years of joint research,” the statement said.';
    expect(credit(body, 'The proposed quotas')).toBe('Norwegian Foreign Ministry [quotes:the-statement]');
  });

  it('when the unnamed issuers are a bare plural and a body was just quoted, then that body still speaks', () => {
    const body =
      'The Danish Foreign Ministry sent a note on Monday replying to a statement issued by ambassadors of five countries. It warned the envoys against “lecturing a sovereign state”.\n\n“Denmark remains a willing partner in all talks on the quotas,” the statement read.';
    expect(credit(body, 'Denmark remains')).toBe('Danish Foreign Ministry [quotes:the-statement]');
  });
});
