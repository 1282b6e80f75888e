// Statement issuers called by their kind alone, in lower case (events/statement-body-nouns.ts): "…," the
// ministry said in a statement; read the foreign ministry's statement; a statement issued by / from the
// ministry; a government news release said. The body is the last one named with that word, the state
// acting before for "the government"; a ministry the article never names is no one. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const issuers = (r: ReturnType<typeof run>) =>
  r.events('statement').map((e) => e.participants.map((p) => r.name(p.entity)));

describe('statement issuers called by their kind', () => {
  it('"…," the ministry said in a statement: the ministry named before', () => {
    const r = run(
      'Envoys summoned',
      'Ruritania summoned three envoys on Monday, the Ruritanian Foreign Ministry said. The envoys were told to end their support for the strikers, the ministry said in a statement carried by state radio.',
    );
    expect(issuers(r)).toEqual([['Ruritanian Foreign Ministry']]);
  });

  it('the ministry of an article naming none is no one', () => {
    const r = run(
      'Envoys summoned',
      'Norway summoned three envoys on Monday. The envoys were shown a film of the riots, the ministry said in a statement carried by state radio.',
    );
    expect(issuers(r)).toEqual([]);
  });

  it("read the foreign ministry's statement; issued by the ministry; from the ministry", () => {
    const a = run(
      'Consul rebuked',
      'Borduria recalled its ambassador from Syldavia on Tuesday. The Bordurian Foreign Ministry accused the consul of insults. "This remark cannot be tolerated," read the foreign ministry\'s statement.',
    );
    expect(issuers(a)).toEqual([['Bordurian Foreign Ministry']]);
    const b = run(
      'Protest note',
      'Ruritania summoned the Bordurian envoy on Monday. The Ministry of Foreign Affairs handed him a protest note. "The remarks hurt our people," said a press release issued by the ministry.',
    );
    expect(issuers(b)).toEqual([['Ministry of Foreign Affairs']]);
    const c = run(
      'Diplomat expelled',
      'Ruritania expelled a Bordurian diplomat, the Ruritanian Foreign Ministry announced. A local paper reported it, referring to a statement from the ministry.',
    );
    expect(issuers(c)).toEqual([['Ruritanian Foreign Ministry']]);
  });

  it('a government news release: the state acting before', () => {
    const r = run(
      'Officials sanctioned',
      'Canada imposed sanctions on nine Bordurian officials on Monday. "These sanctions answer grave abuses," a government news release said.',
    );
    expect(issuers(r)).toEqual([['Canada']]);
  });

  it("no issuer from a body noun that is not the statement's issuer", () => {
    // The ministry is what the statement is about, not who issued it.
    const a = run(
      'Statement',
      'The Ruritanian Foreign Ministry summoned the envoy. Critics rejected a statement about the ministry on Monday.',
    );
    expect(issuers(a).flat()).not.toContain('Ruritanian Foreign Ministry');
    // A minister's office is no ministry.
    const b = run(
      'Statement',
      "Ruritania's Interior Ministry opened an inquiry. The prime minister's office said in a statement that the inquiry was welcome.",
    );
    expect(issuers(b).flat()).not.toContain("Ruritania's Interior Ministry");
    expect(issuers(b).flat()).not.toContain('Interior Ministry');
  });
});
