// Envoys of a credentials ceremony posted where the ceremony is (events/ceremony-envoys.ts), when the
// sentence naming the envoy does not name the receiving state: the head of state's country, a state the
// article accredits envoys to, a capital, the dateline, the one country no envoy comes from. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const postings = (r: ReturnType<typeof run>, who: string) =>
  r.rels.filter((x) => x.startsWith(`${who} AMBASSADOR_TO`));

describe('envoys of a credentials ceremony', () => {
  it('are posted to the state of "the President of X" who receives the letters', () => {
    const r = run(
      'President receives envoys',
      'The President of Mongolia received the letters of credence of the new Ambassador of Japan, Kenji Sato, on Monday. Ambassador Sato said relations were excellent.',
    );
    expect(r.rels).toContain('Kenji Sato AMBASSADOR_TO Mongolia');
    expect(r.ruleOf('Kenji Sato AMBASSADOR_TO Mongolia')).toBe('events/ceremony-envoys:credentials-host');
  });

  it('named in later sentences are posted to the state envoys are accredited to', () => {
    const r = run(
      'King receives credentials',
      'MADRID, April 12 – King Carlos received on Tuesday the credentials of five new ambassadors to Spain at the Royal Palace. The ambassador of Peru, Luis Gomez, was the first to present his letters. He was followed by the ambassador of Kenya, David Otieno, and the ambassador of Norway, Ingrid Berg.',
    );
    for (const who of ['Luis Gomez', 'David Otieno', 'Ingrid Berg'])
      expect(r.rels).toContain(`${who} AMBASSADOR_TO Spain`);
  });

  it("listed after the ceremony with their states in brackets are posted to the head of state's country", () => {
    const r = run(
      'President receives credentials',
      'President Adrian Kole on Tuesday received credentials from three envoys at State House. The envoys are Luis Gomez (Peru), Ingrid Berg (Norway) and Hans Muller (Germany). Kole said Kenya valued its partners.',
    );
    for (const who of ['Luis Gomez', 'Ingrid Berg', 'Hans Muller'])
      expect(r.rels).toContain(`${who} AMBASSADOR_TO Kenya`);
  });

  it('listed as "Name, Ambassador of X" are posted to the capital\'s country', () => {
    const r = run(
      'New envoys present credentials',
      'Three new heads of mission presented their credentials to Governor General Mary Hale at a ceremony in Ottawa on Monday. They are: Luis Gomez, Ambassador of Peru; David Otieno, High Commissioner of Kenya; Ingrid Berg, Ambassador of Norway. Canada welcomed them.',
    );
    for (const who of ['Luis Gomez', 'David Otieno', 'Ingrid Berg'])
      expect(r.rels).toContain(`${who} AMBASSADOR_TO Canada`);
  });

  it('is posted to the one country named that no envoy comes from', () => {
    const r = run(
      'Meeting with ambassador',
      'President Amin Solak met with the new US Ambassador Jane Teller on Monday after she presented her credentials. Teller said the United States valued its ties with the Maldives.',
    );
    expect(r.rels).toContain('Jane Teller AMBASSADOR_TO Maldives');
  });

  it('is not posted to the country of the head of state who sent him', () => {
    const r = run(
      'Ambassadors present credentials',
      'President Sahle Alemu received the credentials of new ambassadors on Monday. The envoys who presented credentials were Ambassador Omar Said of Tanzania and Ambassador Luis Gomez of Peru. Tanzanian President Amina Rashid sent her greetings through Ambassador Said. Ethiopia welcomed them.',
    );
    expect(postings(r, 'Omar Said')).toEqual(['Omar Said AMBASSADOR_TO Ethiopia']);
    expect(postings(r, 'Luis Gomez')).toEqual(['Luis Gomez AMBASSADOR_TO Ethiopia']);
  });

  it('leaves out deputies, the chief of protocol and envoys of the host state itself', () => {
    const r = run(
      'President receives credentials',
      'NAIROBI, May 2 – The President of Kenya received the credentials of the new Ambassador of Peru, Luis Gomez. Deputy Ambassador Ana Ruiz attended. Chief of Protocol Ambassador Paul Mwangi led the ceremony. Kenyan Ambassador Joseph Kamau flew in from Lima.',
    );
    expect(r.rels).toContain('Luis Gomez AMBASSADOR_TO Kenya');
    expect(postings(r, 'Ana Ruiz')).toEqual([]);
    expect(postings(r, 'Paul Mwangi')).toEqual([]);
    expect(postings(r, 'Joseph Kamau').filter((x) => x.endsWith('Kenya'))).toEqual([]);
  });

  it('are nowhere when the article names no ceremony', () => {
    const r = run(
      'Envoys meet',
      'The President of Kenya met the Ambassador of Peru, Luis Gomez, on Monday to discuss trade.',
    );
    expect(postings(r, 'Luis Gomez').filter((x) => x.includes('credentials-host'))).toEqual([]);
    expect(r.ruleOf('Luis Gomez AMBASSADOR_TO Kenya')).not.toBe('events/ceremony-envoys:credentials-host');
  });
});
