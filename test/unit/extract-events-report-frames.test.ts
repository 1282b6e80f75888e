// The actor of a passive summons, expulsion or sanction that names none, read from the sentence's
// attribution frame (events/report-frames.ts), on sentences written for the test: a trailing ", X said",
// ", said X" or ", according to X", or a leading "According to X,". Never the state acted on (its
// complaint), never an outlet, never a frame that reports something else than the passive act.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe('the actor of a passive event reported by a frame', () => {
  it('a summons reported after the clause', () => {
    expect(
      relationsOfType(
        'SUMMONED',
        'Protest lodged',
        'The Chinese ambassador was summoned to the foreign ministry on Monday, Japan’s foreign ministry said.',
      ),
    ).toEqual(['Japan SUMMONED China']);
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy called in',
        'Relations between Ghana and Nigeria are strained.\n\nThe Nigerian high commissioner was summoned on Friday, said the Ghanaian government.',
      ),
    ).toEqual(['Ghana SUMMONED Nigeria']);
  });

  it('an expulsion reported by a frame before or after the clause', () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Baltic tensions rise',
        'Relations between Latvia and Russia have soured.\n\nAccording to the Latvian government, two Russian embassy staff were declared persona non grata.',
      ),
    ).toEqual(['Latvia EXPELLED Russia']);
    expect(
      relationsOfType(
        'EXPELLED',
        'Diplomats out',
        'Three Belarusian diplomats have been expelled, Lithuania said in a statement on Thursday.',
      ),
    ).toEqual(['Lithuania EXPELLED Belarus']);
    expect(
      relationsOfType(
        'EXPELLED',
        'Diplomats out',
        'The Netherlands has long accused Iran of plotting attacks on its soil.\n\nTwo Iranian diplomats have been ordered to leave, according to the Dutch foreign ministry.',
      ),
    ).toEqual(['Netherlands EXPELLED Iran']);
  });

  it('sanctions imposed in a passive, reported by a frame', () => {
    expect(
      relationsOfType(
        'SANCTIONED',
        'New sanctions',
        'Sanctions were imposed on three Iranian officials, the US Treasury said on Tuesday.',
      ),
    ).toEqual(['United States SANCTIONED Iran']);
    expect(
      relationsOfType(
        'SANCTIONED',
        'New sanctions',
        'According to the British government, sanctions have been imposed on two Russian generals, Ivan Petrov and Oleg Sidorov.',
      ),
    ).toEqual(['United Kingdom SANCTIONED Ivan Petrov', 'United Kingdom SANCTIONED Oleg Sidorov']);
  });

  it('not the state acted on, nor an outlet, nor a frame of another fact', () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Diplomats out',
        'Two Russian diplomats have been expelled, Moscow said on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy called in',
        'The Japanese ambassador was summoned on Friday, Tokyo said.',
      ),
    ).toEqual([]);
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy called in',
        'The Chinese ambassador was summoned on Monday, Reuters reported.',
      ),
    ).toEqual([]);
    expect(
      relationsOfType(
        'SANCTIONED',
        'Sanctions bite',
        'Sanctions on Russia are hurting Germany, the German government said on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      relationsOfType(
        'SANCTIONED',
        'Sanctions bite',
        'New sanctions were imposed on Iran last week, Tehran said on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('a frame never overrides an actor the clause names', () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Diplomats out',
        'Poland expelled two Russian diplomats on Monday, the Czech foreign ministry said.',
      ),
    ).toEqual(['Poland EXPELLED Russia']);
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy called in',
        'The Iranian ambassador was summoned by Sweden on Monday, according to the Danish government.',
      ),
    ).toEqual(['Sweden SUMMONED Iran']);
  });
});

describe('a frame closed by a time clause (session 45)', () => {
  it('when ", X said on Sunday, a day after …" closes the sentence, then X is the expeller', () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Envoys told to go',
        'Relations between Norway and Sweden have soured.\n\nTwo Swedish diplomats were declared persona non grata, the Norwegian foreign ministry said on Sunday, a day after Sweden expelled two Norwegians.',
      ),
    ).toContain('Norway EXPELLED Sweden');
  });

  it("when the frame closed by a time clause is the expelled state's, then it is not the expeller", () => {
    expect(
      relationsOfType(
        'EXPELLED',
        'Envoys told to go',
        'Relations between Norway and Sweden have soured.\n\nTwo Swedish diplomats were declared persona non grata, Sweden said on Sunday, hours after the talks failed.',
      ),
    ).not.toContain('Sweden EXPELLED Sweden');
  });

  it('when a summons frame is closed by "days after …", then its reporter is the summoner', () => {
    expect(
      relationsOfType(
        'SUMMONED',
        'Protest lodged',
        'The Chinese ambassador was summoned to the foreign ministry, Japan’s foreign ministry said, two days after the vessel was seized.',
      ),
    ).toEqual(['Japan SUMMONED China']);
  });
});
