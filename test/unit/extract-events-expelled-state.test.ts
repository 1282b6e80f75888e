// The other state of an expulsion or a summons whose clause reader found none (session 19): read from the
// trigger clause's object phrase (a demonym, a possessive or a complement before or after the words for
// staff or a mission), else from the nearest earlier sentence of the paragraph that names diplomats' or a
// mission's state; expellers left out after a count ("Italy expelled 30 and Spain 25"). Never the acting
// state's own, never a place named as where the staff are. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const of = (type: string, body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(` ${type} `));

describe('the expelled state read from the object phrase', () => {
  it.each([
    ['Poland expelled the head of the Belarusian mission on Monday.', 'Poland EXPELLED Belarus'],
    [
      'Mexico expelled the head of North Korea’s embassy, ambassador Kim Hyong Gil.',
      'Mexico EXPELLED North Korea',
    ],
    [
      'The Belarusian mission’s deputy head was expelled by Lithuania on Friday.',
      'Lithuania EXPELLED Belarus',
    ],
    [
      'New Zealand expelled an undeclared intelligence officer from the Russian embassy.',
      'New Zealand EXPELLED Russia',
    ],
    ['Kosovo expelled a Serbian official from Pristina on Sunday.', 'Kosovo EXPELLED Serbia'],
    ['Moldova expelled a staff member of the Russian Embassy in Chisinau.', 'Moldova EXPELLED Russia'],
    ['Guatemala has expelled diplomats representing Venezuela.', 'Guatemala EXPELLED Venezuela'],
    ['Prague expelled 18 staffers at Moscow’s embassy after the blasts.', 'Prague EXPELLED Moscow'],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });

  it('a place named as where the staff work is not their state', () => {
    expect(of('EXPELLED', 'Latvia expelled a diplomat in Riga on Monday.')).toEqual([]);
  });
});

describe('the summoned state read from the object phrase', () => {
  it.each([
    ['Poland summoned the head of the Belarusian mission on Monday.', 'Poland SUMMONED Belarus'],
    [
      'Germany summoned a senior official of the Iranian embassy over the executions.',
      'Germany SUMMONED Iran',
    ],
    [
      'The Netherlands summoned diplomats representing Russia after the crash.',
      'Netherlands SUMMONED Russia',
    ],
    ['Seoul summoned a counsellor from the Japanese embassy on Friday.', 'Seoul SUMMONED Japan'],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('SUMMONED', text)).toEqual([rel]);
  });
});

describe('no summoned state beside a named envoy', () => {
  it('"summoning Chile’s deputy ambassador, Rosa Delgado Vera": the envoy, not Chile from the possessive', () => {
    expect(
      of(
        'SUMMONED',
        'Peru’s foreign ministry responded by summoning Chile’s deputy ambassador, Rosa Delgado Vera, on Monday.',
      ),
    ).toEqual(['Peruvian Foreign Ministry SUMMONED Rosa Delgado Vera']);
  });
});

describe('the expelled state named in an earlier sentence of the paragraph', () => {
  it.each([
    [
      'Moscow’s embassy in Oslo has been accused of hosting spies. Norway expelled 15 diplomats on Thursday.',
      'Norway EXPELLED Moscow',
    ],
    [
      'The Russian embassy in Prague employed dozens of intelligence officers, officials say. The Czech Republic ordered 18 of them to leave.',
      'Czech Republic EXPELLED Russia',
    ],
    [
      'Investigators traced the hackers to staff of the Iranian mission. Albania expelled all of its diplomats last week.',
      'Albania EXPELLED Iran',
    ],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });

  it('a state named with no diplomats is not theirs', () => {
    expect(
      of(
        'EXPELLED',
        'Tensions with Iran have grown for months. On Monday, Germany expelled two diplomats over the plot.',
      ),
    ).toEqual([]);
  });

  it('the expeller’s own embassy is not the expelled state', () => {
    expect(
      of('EXPELLED', 'Norway’s embassy in Moscow has been closed. Norway expelled 15 diplomats on Thursday.'),
    ).toEqual([]);
  });

  it('two states’ diplomats named before give nothing', () => {
    expect(
      of(
        'EXPELLED',
        'Russian and Belarusian diplomats were seen near the base. Finland expelled nine diplomats on Friday.',
      ),
    ).toEqual([]);
  });

  it('a sentence of another paragraph gives nothing', () => {
    expect(
      of('EXPELLED', 'The Iranian embassy was searched.\n\nGermany expelled two diplomats over the plot.'),
    ).toEqual([]);
  });
});

describe('expellers left out after a count', () => {
  it('"Italy expelled 30 Russian diplomats and Spain 25": both expelled Russia', () => {
    expect(of('EXPELLED', 'Italy expelled 30 Russian diplomats and Spain 25.').sort()).toEqual([
      'Italy EXPELLED Russia',
      'Spain EXPELLED Russia',
    ]);
  });

  it('"Slovenia expelled 33 Belarusian diplomats, Croatia 24 and Serbia another 12": each expelled Belarus', () => {
    expect(
      of(
        'EXPELLED',
        'Slovenia expelled 33 Belarusian diplomats, Croatia 24 and Serbia another 12 on Monday.',
      ).sort(),
    ).toEqual(['Croatia EXPELLED Belarus', 'Serbia EXPELLED Belarus', 'Slovenia EXPELLED Belarus']);
  });

  it('after a sentence naming the diplomats’ state, each gapped expeller expels it', () => {
    expect(
      of(
        'EXPELLED',
        'Several EU states moved against Russian embassy staff on Tuesday. Italy expelled 30, Spain 25 and Portugal 10.',
      ).sort(),
    ).toEqual(['Italy EXPELLED Russia', 'Portugal EXPELLED Russia', 'Spain EXPELLED Russia']);
  });

  it('a count of time after a listed state is not a gap', () => {
    expect(
      of(
        'EXPELLED',
        'Russia expelled diplomats from Poland, Germany and Sweden 10 days after the protests.',
      ).sort(),
    ).toEqual(['Russia EXPELLED Germany', 'Russia EXPELLED Poland', 'Russia EXPELLED Sweden']);
  });
});

describe('expellers who "joined" others in expelling', () => {
  it('"A, B and C have joined other EU allies in expelling": A, B and C expel, not the allies', () => {
    expect(
      of(
        'EXPELLED',
        'Austria, Greece and Portugal have joined other EU allies today in expelling Belarusian diplomats.',
      ).sort(),
    ).toEqual(['Austria EXPELLED Belarus', 'Greece EXPELLED Belarus', 'Portugal EXPELLED Belarus']);
  });

  it('"A and B joined C and D on Friday in expelling": all four expel', () => {
    expect(
      of(
        'EXPELLED',
        'Estonia and Latvia joined Lithuania and Poland on Friday in expelling Russian envoys.',
      ).sort(),
    ).toEqual([
      'Estonia EXPELLED Russia',
      'Latvia EXPELLED Russia',
      'Lithuania EXPELLED Russia',
      'Poland EXPELLED Russia',
    ]);
  });
});

describe('asked to leave is an expulsion when diplomats are asked', () => {
  it.each([
    ['Latvia has asked four diplomats from Belarus to leave.', 'Latvia EXPELLED Belarus'],
    [
      'Ireland has asked four senior Russian diplomats to leave because of their activities.',
      'Ireland EXPELLED Russia',
    ],
    [
      'The Czech government has asked two Russian diplomats to leave within 72 hours.',
      'Czech Republic EXPELLED Russia',
    ],
    [
      'Ottawa asked the Indian high commissioner and five other diplomats to leave by Saturday.',
      'Ottawa EXPELLED India',
    ],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });

  it.each([
    'The minister asked reporters to leave the room.',
    'Germany asked the Iranian ambassador to explain the arrests.',
  ])('not when "%s"', (text) => {
    expect(of('EXPELLED', text)).toEqual([]);
  });
});

describe('a state that follows an expulsion just told', () => {
  it.each([
    [
      'Belgium expelled 21 Russian diplomats on Tuesday. The Netherlands followed suit.',
      'Netherlands EXPELLED Russia',
    ],
    [
      'Latvia expelled a Belarusian diplomat on Monday, and Lithuania did the same.',
      'Lithuania EXPELLED Belarus',
    ],
    [
      'Norway expelled three Iranian diplomats on Wednesday. Denmark followed suit on Thursday.',
      'Denmark EXPELLED Iran',
    ],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toContain(rel);
  });

  it.each([
    // The expelled state replying is no follower.
    'Norway expelled three Russian diplomats on Wednesday. Russia followed suit on Thursday.',
    // Too far from the expulsion.
    'Norway expelled three Russian diplomats. The talks resumed on Monday. Analysts said the economy was weak. Denmark followed suit.',
    // No expulsion to follow.
    'Poland imposed sanctions on Belarus. Lithuania followed suit.',
  ])('not when "%s"', (text) => {
    expect(of('EXPELLED', text).filter((r) => !r.startsWith('Norway'))).toEqual([]);
  });
});

describe('a state’s body in lower case as the expeller', () => {
  it.each([
    [
      'Germany’s foreign office ordered five Iranian embassy staff out of the country.',
      'Germany EXPELLED Iran',
    ],
    [
      'The German foreign office ordered five Iranian embassy staff out of the country.',
      'Germany EXPELLED Iran',
    ],
    ['Hungary’s government on Tuesday expelled two Ukrainian consuls.', 'Hungary EXPELLED Ukraine'],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('EXPELLED', text)).toEqual([rel]);
  });

  it('a body of no state named gives no expeller', () => {
    expect(
      of('EXPELLED', 'The foreign office ordered five Iranian embassy staff out of the country.'),
    ).toEqual([]);
  });
});

describe('a recall by "he" or "she" after an official of a state said so', () => {
  it.each([
    [
      'Colombia’s president Gustavo Petro said he had recalled the country’s ambassador to Israel, Margarita Manjarrez.',
      'Colombia RECALLED Margarita Manjarrez',
    ],
    [
      'Peru’s foreign minister Ana Cecilia Gervasi said she would recall the country’s envoy in Mexico, Manuel Talavera.',
      'Peru RECALLED Manuel Talavera',
    ],
  ])('when "%s", then %s', (text, rel) => {
    expect(of('RECALLED', text)).toEqual([rel]);
  });

  it('not when no official of a state says it', () => {
    expect(of('RECALLED', 'Analysts said he had recalled the ambassador to Israel, Carlos Mendez.')).toEqual(
      [],
    );
  });
});
