// A lone acronym is an organisation only when the page explains it as a body (entities/unexplained-acronyms.ts):
// a verb of reporting or a body's noun after it, a media noun or "of" a body's part before it, a bracket after
// a name, a list beside a body, a description set off after it, or a long name the page writes out (which it
// then joins). Unexplained acronyms (a war, a sum of money, an airport, a country's initials) name no body.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);

describe('acronyms a page explains as bodies', () => {
  it('when a verb of reporting, a media noun or a body noun stands beside the acronym, then it is an organisation', () => {
    const d = extract(
      [
        'Envoy leaves Freedonia',
        'The Freedonian envoy left the capital on Monday, KNTV reports.',
        'The minister told news agency BZPA that the talks would go on.',
        'A QMRU spokesman declined to comment on the move.',
        'Delegates praised the work of the VLCG, the regional fisheries body.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['KNTV', 'BZPA', 'QMRU', 'VLCG']));
  });

  it('when an acronym stands in a list beside a known body, or in brackets after a name, then it is an organisation', () => {
    const d = extract(
      [
        'Ministers meet',
        'The two ministers discussed work within the UN, OSCE, ZBTO and KRMA.',
        'Activists of the Coalition for Free Rivers (CFRV) protested outside.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['ZBTO', 'KRMA']));
    expect(orgs(d).some((n) => n === 'CFRV' || /Coalition for Free Rivers/.test(n))).toBe(true);
  });

  it('when a post held in it stands right before the acronym, then it is an organisation, and a post in a place does not make one', () => {
    const d = extract(
      [
        'Aid talks',
        'Lena Marsh, deputy relief coordinator for QWHA, spoke on Monday.',
        'A senior director at the VBNI said the talks would go on.',
        'The delegates flew in on a C5 on Monday.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['QWHA', 'VBNI']));
    expect(orgs(d)).not.toContain('C5');
  });

  it('when a long name follows in brackets, a body head follows, or the acronym is a known international body, then it is an organisation', () => {
    const d = extract(
      [
        'Parties meet',
        'Leaders of the PKV [Progressive Kivu Alliance] met on Monday near the border.',
        'The minister spoke on the sidelines of the talks, and the UNSC later met again.',
        'He also met the chairman of ZRB bank and discussed the UN and the BQWC.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['PKV', 'UNSC', 'ZRB', 'BQWC']));
  });

  it('when the page writes out the long name the acronym abbreviates, then the acronym is that body', () => {
    const d = extract(
      [
        'Freedonia expels envoy',
        'The Ministry of Foreign Affairs of Freedonia summoned the Sylvanian ambassador on Monday.',
        'He was received at the MFA headquarters for a short meeting.',
      ].join('\n'),
    );
    expect(orgs(d)).not.toContain('MFA');
  });
});

describe('acronyms nothing explains', () => {
  it('when an acronym is a war, a sum of money, an airport or a set of initials with no body around it, then it is no organisation', () => {
    const d = extract(
      [
        'President visits Freedonia',
        'The visiting president was received at the KZIA at noon by the foreign minister.',
        'Freedonia exported goods worth R812,4m last year and recalled the suffering of WWII.',
        'Trade between Freedonia and SV has grown, and SV remains an ally.',
        'The KLMO government supports the deposed leader.',
      ].join('\n'),
    );
    for (const term of ['KZIA', 'R812', 'WWII', 'SV', 'KLMO']) expect(orgs(d)).not.toContain(term);
  });
});
