// An object naming an act and the one it was done to ("condemned Russian aggression against Ukraine",
// "denounced Israeli violence against Palestinians", "backed the sanctions on Iran"): the one after
// "against"/"on" suffered the act and is no target; the act's doer (its possessor, its state's adjective,
// "by X") is. A name right after the verb stays the target. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const criticized = (body: string) => relationsOfType('CRITICIZED', 'Reactions', body);

describe("an act's victim inside the object is not its target", () => {
  it("reads the doer of 'aggression against' by its adjective or possessor", () => {
    expect(criticized('Lithuania condemned Russian aggression against Ukraine on Tuesday.')).toEqual([
      'Lithuania CRITICIZED Russia',
    ]);
    expect(criticized("Estonia denounced Russia's brutal aggression against Ukraine.")).toEqual([
      'Estonia CRITICIZED Russia',
    ]);
    expect(criticized('Germany condemned Iranian attacks on Israel.')).toEqual(['Germany CRITICIZED Iran']);
  });

  it('reads the doer after "by", never the victim', () => {
    expect(criticized('Egypt condemned the strikes on Lebanon by Israel.')).toEqual([
      'Egypt CRITICIZED Israel',
    ]);
    expect(criticized('Jordan denounced Israeli violence against Palestinians in Jerusalem.')).toEqual([
      'Jordan CRITICIZED Israel',
    ]);
  });

  it('gives no relation when the act has no doer named', () => {
    expect(criticized('Jordan denounced the violence against Palestinians in Jerusalem.')).toEqual([]);
    expect(criticized('Canada condemned the attacks against Israel.')).toEqual([]);
    expect(relationsOfType('SUPPORTED', 'Reactions', 'Poland backed the sanctions against Iran.')).toEqual(
      [],
    );
  });

  it('keeps names right after the verb', () => {
    expect(criticized('Lithuania condemned Russia on Monday.')).toEqual(['Lithuania CRITICIZED Russia']);
    expect(criticized('Estonia condemned Russia and Belarus.')).toEqual([
      'Estonia CRITICIZED Russia',
      'Estonia CRITICIZED Belarus',
    ]);
  });
});
