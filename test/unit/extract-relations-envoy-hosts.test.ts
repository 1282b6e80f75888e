// Envoys' receiving states read from the article when the envoy's sentence does not name them
// (events/envoy-hosts.ts), on sentences written for the test: the one state that summons, expels or is
// recalled from, a capital named with "in", an envoy "to the country". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('an envoy whose sentence does not name where he is posted', () => {
  it("is posted in the state that summons his country's envoy", () => {
    const r = run(
      'Poland summons Russian envoy',
      "Poland on Monday summoned the Russian ambassador over the strike. Russia's ambassador Ivan Petrov told reporters he had nothing to add.",
    );
    expect(r.rels).toContain('Ivan Petrov AMBASSADOR_TO Poland');
    expect(r.ruleOf('Ivan Petrov AMBASSADOR_TO Poland')).toMatch(/^events\/(?:envoy-hosts|envoys):/);
  });

  it('is posted in the state that expels diplomats of his country', () => {
    const r = run(
      'Canada expels diplomats',
      'Canada expelled two Russian diplomats on Tuesday over the interference campaign. The Russian envoy, Sergei Ivanov, said Moscow would respond.',
    );
    expect(r.rels).toContain('Sergei Ivanov AMBASSADOR_TO Canada');
    expect(r.ruleOf('Sergei Ivanov AMBASSADOR_TO Canada')).toBe('events/envoy-hosts:acting-state');
  });

  it('is posted in "the country" the article is about', () => {
    const r = run(
      'Austria summons envoy',
      'The Austrian government said it summons the Russian ambassador to the country, Sergei Ivanov, over a message he posted.',
    );
    expect(r.rels).toContain('Sergei Ivanov AMBASSADOR_TO Austria');
  });

  it('is posted where his own state recalls him from', () => {
    const r = run(
      'Row deepens',
      'Peru said on Monday it would recall its Ambassador Hugo Salas. Chile had expelled two Peruvian diplomats last week.',
    );
    expect(r.rels).toContain('Hugo Salas AMBASSADOR_TO Chile');
  });

  it('is posted in the country whose capital the sentence places him in', () => {
    const r = run(
      'Envoy speaks',
      'Chinese Ambassador Li Wei spoke at a reception in Warsaw on Monday. The Polish government did not comment.',
    );
    expect(r.rels).toContain('Li Wei AMBASSADOR_TO Poland');
    expect(r.ruleOf('Li Wei AMBASSADOR_TO Poland')).toBe('events/envoy-hosts:in-capital');
  });

  it('is posted in the capital his own sentence places him in, not in the state acting elsewhere', () => {
    const r = run(
      'Envoys summoned',
      "Lithuania's foreign ministry summoned Russian Ambassador Alexei Isakov on Monday. In Warsaw, the Polish foreign ministry handed a protest note to Russian ambassador Ivan Petrov. Iranian envoy Kazem Jalali met the deputy foreign minister in Moscow.",
    );
    expect(r.rels).toContain('Ivan Petrov AMBASSADOR_TO Poland');
    expect(r.rels).toContain('Kazem Jalali AMBASSADOR_TO Russia');
    expect(r.rels).not.toContain('Ivan Petrov AMBASSADOR_TO Lithuania');
  });

  it('is nowhere when two states act on envoys and his origin is unknown', () => {
    const r = run(
      'Expulsions',
      'Chile expelled two Peruvian diplomats. Peru expelled two Chilean diplomats. Ambassador Hugo Salas declined to comment.',
    );
    expect(r.rels.filter((x) => x.startsWith('Hugo Salas AMBASSADOR_TO'))).toEqual([]);
  });

  it('is no deputy', () => {
    const r = run(
      'Canada expels diplomats',
      'Canada expelled two Chinese diplomats on Tuesday. The Chinese deputy ambassador, Li Wei, said Beijing would respond.',
    );
    expect(r.rels.filter((x) => x.startsWith('Li Wei AMBASSADOR_TO'))).toEqual([]);
  });

  it('is posted in the country he is told to leave', () => {
    const r = run(
      'Envoy told to go',
      'The ministry did not say when Ambassador Hugo Salas would leave Chile.',
    );
    expect(r.rels).toContain('Hugo Salas AMBASSADOR_TO Chile');
    expect(r.ruleOf('Hugo Salas AMBASSADOR_TO Chile')).toBe('events/envoy-hosts:leaves-country');
  });

  it('is posted in the country the article is dated from', () => {
    const r = run(
      'Envoy speaks',
      'WARSAW, May 2 (Agency) – Chinese Ambassador Li Wei spoke at a reception on Monday. Poland and China signed a trade deal.',
    );
    expect(r.rels).toContain('Li Wei AMBASSADOR_TO Poland');
    expect(r.ruleOf('Li Wei AMBASSADOR_TO Poland')).toBe('events/envoy-hosts:dateline');
  });
});

describe('envoys posted by their title or a credentials list', () => {
  it('are posted to both states of "Ambassador to A and B"', () => {
    const r = run(
      'Envoy presents letters',
      'Vietnamese Ambassador to Indonesia and Malaysia Nguyen Van Minh presented his letters on Monday.',
    );
    expect(r.rels).toContain('Nguyen Van Minh AMBASSADOR_TO Indonesia');
    expect(r.rels).toContain('Nguyen Van Minh AMBASSADOR_TO Malaysia');
  });

  it('are posted where the list of "the Ambassadors of A, X; B, Y" presents credentials', () => {
    const r = run(
      'President receives credentials',
      'Chilean President Gabriel Ruiz received the letters of credence of the Ambassadors of Egypt, Omar Hassan; and Kenya, David Otieno. Chile welcomed them.',
    );
    expect(r.rels).toContain('Omar Hassan AMBASSADOR_TO Chile');
    expect(r.rels).toContain('David Otieno AMBASSADOR_TO Chile');
  });
});

describe('an envoy placed "here", given a host or an unnamed posting', () => {
  it('of unknown origin, speaking "here", is posted in the country the article is dated from', () => {
    const r = run(
      'Envoy speaks',
      'LIMA, May 3 – Ambassador Hugo Salas, speaking to reporters here, said the sanctions would stay. Peru rejected the claim.',
    );
    expect(r.rels).toContain('Hugo Salas AMBASSADOR_TO Peru');
    expect(r.ruleOf('Hugo Salas AMBASSADOR_TO Peru')).toBe('events/envoy-hosts:here');
  });

  it('is posted in the state his sentence calls his host country', () => {
    const r = run(
      'Envoy thanks hosts',
      'Ambassador Li Wei thanked his host country, Kenya, for its support. China and Kenya signed a deal.',
    );
    expect(r.rels).toContain('Li Wei AMBASSADOR_TO Kenya');
    expect(r.ruleOf('Li Wei AMBASSADOR_TO Kenya')).toBe('events/envoy-hosts:host-country');
  });

  it("named apart from the phrase that gives an unnamed envoy's posting takes that posting", () => {
    const r = run(
      'Envoy interview',
      'The Chilean ambassador to Peru gave an interview on Monday. Hugo Salas, the ambassador, said the border would stay open.',
    );
    expect(r.rels).toContain('Hugo Salas AMBASSADOR_TO Peru');
    expect(r.ruleOf('Hugo Salas AMBASSADOR_TO Peru')).toBe('events/envoy-hosts:posting-named-before');
  });

  it('takes no unnamed posting when two heads of mission are named without one', () => {
    const r = run(
      'Envoys speak',
      'The Chilean ambassador to Peru gave an interview on Monday. Ambassador Hugo Salas and Ambassador Ana Ruiz attended a reception.',
    );
    expect(r.rels.filter((x) => x.includes('AMBASSADOR_TO'))).toEqual([]);
  });
  it('reads an unnamed posting given with "in" (a country or its capital) for the one envoy named apart', () => {
    const r = run(
      'Minister rebukes envoy',
      "Ghana's minister accused the Nigerian high commissioner in Accra of meddling. John Okafor, the high commissioner, rejected the charge.",
    );
    expect(r.rels).toContain('John Okafor AMBASSADOR_TO Ghana');
    const r2 = run(
      'Envoy speaks',
      'Ties with Uruguay are strong, the Bolivian ambassador in Uruguay said. Ambassador Rosa Quispe added that trade would grow.',
    );
    expect(r2.rels).toContain('Rosa Quispe AMBASSADOR_TO Uruguay');
  });

  it('takes no posting from "in" with no place after it, nor from a deputy\'s', () => {
    const r = run(
      'Envoy speaks',
      'The Bolivian ambassador in an interview praised Uruguay. Ambassador Rosa Quispe added that trade would grow.',
    );
    expect(r.rels.filter((x) => x.includes('AMBASSADOR_TO'))).toEqual([]);
    const r2 = run(
      'Envoy speaks',
      'The deputy ambassador in Montevideo met traders. Ambassador Rosa Quispe added that trade with Uruguay would grow.',
    );
    expect(r2.rels.filter((x) => x.includes('Quispe AMBASSADOR_TO'))).toEqual([]);
  });
});
