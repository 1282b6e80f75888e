// A credentials ceremony's envoys named in the sentences that go on telling it by a roster's words
// ("included", "followed by", "the first to", "open with", "namely"), and a list of envoys one name a line
// with each posting on the line under it. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const met = (rels: string[], a: string, b: string) =>
  rels.includes(`${a} MET ${b}`) || rels.includes(`${b} MET ${a}`);

describe('envoys a roster names after the ceremony', () => {
  it('joins the envoys the next sentence says the presenters included', () => {
    const r = run(
      'Envoys present credentials',
      'President Tomas Arvelo on Tuesday received letters of credence from five envoys at the palace. According to a statement from his office, the envoys included the Danish Ambassador Henrik Solberg and Kenyan High Commissioner Wanjiru Kamau. The list also included the ambassadors of Peru and Chile, namely Rosa Quispe and Diego Sotomayor.',
    );
    for (const who of ['Henrik Solberg', 'Wanjiru Kamau', 'Rosa Quispe', 'Diego Sotomayor'])
      expect(met(r.rels, who, 'Tomas Arvelo')).toBe(true);
    expect(r.events('meeting')).toHaveLength(1);
  });

  it('follows the order of presentation across sentences', () => {
    const r = run(
      'Credentials at the palace',
      'King Harald Brenn received the credentials of four new ambassadors on Friday. The first to present was the new ambassador of Latvia, Ilze Ozola. She was followed by Pavel Hruby (Slovakia) and Amaru Condori (Bolivia).',
    );
    for (const who of ['Ilze Ozola', 'Pavel Hruby', 'Amaru Condori'])
      expect(met(r.rels, who, 'Harald Brenn')).toBe(true);
  });

  it('reads capitalised Letters of Credence, the order of presentation after it', () => {
    const r = run(
      'Ceremony at the palace',
      'Five new ambassadors presented their Letters of Credence to King Harald Brenn on Monday. The ceremony opened with the Ambassador of Uruguay, Lucia Ferreyra, followed by the Ambassadors of Ghana, John Mensah; and Fiji, Josefa Tuilagi.',
    );
    for (const who of ['Lucia Ferreyra', 'John Mensah', 'Josefa Tuilagi'])
      expect(met(r.rels, who, 'Harald Brenn')).toBe(true);
  });

  it('makes no meeting of a ceremony still to come, nor of its order', () => {
    const r = run(
      'Ceremony on Monday',
      'Five new ambassadors will present their Letters of Credence to King Harald Brenn on Monday. The ceremony will open with the Ambassador of Uruguay, Lucia Ferreyra, followed by the Ambassador of Fiji, Josefa Tuilagi.',
    );
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual([]);
    expect(r.events('meeting')).toHaveLength(0);
  });

  it('takes no one a later, unrelated paragraph names', () => {
    const r = run(
      'Envoys present credentials',
      'President Tomas Arvelo on Tuesday received letters of credence from five envoys at the palace.\n\nThe economy grew by two percent last year.\n\nTourism figures also rose sharply in the north.\n\nThe talks on a trade deal included the Danish Ambassador Henrik Solberg, officials said.',
    );
    expect(met(r.rels, 'Henrik Solberg', 'Tomas Arvelo')).toBe(false);
  });

  it('takes no envoy named before the roster words, nor anyone not told as an envoy', () => {
    const r = run(
      'Envoys present credentials',
      'President Tomas Arvelo on Tuesday received letters of credence from five envoys at the palace. Opposition leader Marta Villalobos said the guests included her adviser Jorge Peralta.',
    );
    expect(met(r.rels, 'Marta Villalobos', 'Tomas Arvelo')).toBe(false);
    expect(met(r.rels, 'Jorge Peralta', 'Tomas Arvelo')).toBe(false);
  });

  it('takes no roster when no ceremony was told', () => {
    const r = run(
      'Trade talks',
      'Trade minister Olga Brenner spoke in parliament on Tuesday. The delegation included the Danish Ambassador Henrik Solberg.',
    );
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual([]);
  });
});

describe('a list of envoys one name a line, each posting on the line under it', () => {
  it('joins every envoy, the posting lines no stop', () => {
    const r = run(
      'New envoys welcomed',
      'Today, Governor General Aline Tremblay welcomed three new heads of mission to Canada during a ceremony at Government House.\n\nNew heads of mission must present their letters of credence before they can carry out their duties.\n\nThe following new heads of mission presented their credentials:\n\nHis Excellency Bruno Kessler\n\nAmbassador of the Republic of Austria\n\nHer Excellency Mele Tupou\n\nHigh Commissioner of the Kingdom of Tonga\n\nHis Excellency Archbishop Paolo Rinaldi\n\nApostolic Nuncio of the Holy See\n\nQuick facts:\n\nFormer minister Jane Doe opened the first embassy in 1970.',
    );
    for (const who of ['Bruno Kessler', 'Mele Tupou', 'Paolo Rinaldi'])
      expect(met(r.rels, who, 'Aline Tremblay')).toBe(true);
    expect(met(r.rels, 'Jane Doe', 'Aline Tremblay')).toBe(false);
  });
});
