// Who carried someone's words (QUOTED_BY, relations/sources.ts), in the shapes the dev gold gives them:
// "…, Reuters reported.", "TASS quoted X as saying", "IRNA reported that the ministry has informed … “…”",
// "X … in a statement to The Hill". Invented sentences; the speaker is the source, the outlet the target.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const quotedBy = (title: string, body: string) => relationsOfType('QUOTED_BY', title, body);

describe('an outlet that carried the quotation', () => {
  it('when "…, <outlet> reported." ends the sentence, then the speaker is quoted by it', () => {
    expect(
      quotedBy(
        'Ankara protests',
        '“This is unacceptable,” Turkish Foreign Minister Hakan Fidan said on Monday, Reuters reported.',
      ),
    ).toContain('Hakan Fidan QUOTED_BY Reuters');
  });

  it('when "<agency> quoted X as saying", then X is quoted by the agency', () => {
    expect(
      quotedBy(
        'Moscow replies',
        'The TASS news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying the talks were “pointless”.',
      ),
    ).toContain('Sergei Ryabkov QUOTED_BY TASS');
  });

  it('when "<agency> reported that <body> has … “…”", then the body the clause names is quoted by it', () => {
    expect(
      quotedBy(
        'Tehran summons British envoy',
        'The British ambassador was summoned on Monday.\n\nFor its part, Mehr News Agency reported that the Iranian Foreign Ministry had described the sanctions as “based on false pretexts”.',
      ),
    ).toContain('Iranian Foreign Ministry QUOTED_BY Mehr News Agency');
    expect(
      quotedBy(
        'Seoul protests',
        'Yonhap News Agency reported on Friday that Foreign Minister Cho Tae-yul had called the move “deeply regrettable”.',
      ),
    ).toContain('Cho Tae-yul QUOTED_BY Yonhap News Agency');
  });

  it('when "<outlet> reported that" reports an act with no quotation, then nobody is quoted by it', () => {
    expect(
      quotedBy('Expulsions', 'Reuters reported that Russia expelled 20 Czech diplomats on Sunday.'),
    ).toEqual([]);
  });

  it('when someone gives words "in a statement to <outlet>", then the subject is quoted by that outlet', () => {
    expect(
      quotedBy(
        'Envoys recalled',
        'The State Department declined to give a number in a statement to The Hill, but it called the recalls a “standard process”.',
      ),
    ).toContain('State Department QUOTED_BY The Hill');
    expect(
      quotedBy(
        'Minister defends deal',
        'Defence Minister Anna Kowalska defended the deal in an emailed statement to Bloomberg News, calling it “a fair price”.',
      ),
    ).toContain('Anna Kowalska QUOTED_BY Bloomberg News');
  });

  it('when the statement goes to a body that is never an outlet, then nobody is quoted', () => {
    expect(
      quotedBy(
        'Kyiv appeals',
        'Ukraine set out its case in a statement to the Security Council, calling the strikes “a crime”.',
      ),
    ).toEqual([]);
  });
});
