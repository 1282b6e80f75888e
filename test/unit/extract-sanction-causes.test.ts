// Sanctions told as the cause of others (session 37): "X imposed sanctions on A in response to Y's
// imposition of sanctions on B". B is no target of X's sanctions, Y's sanctions take no sanctioner from
// X's, and a list told after joins X's sanctions, not Y's. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (body: string) => extractChecked('Sanctions', body);
const sanctioned = (body: string) => sanctions(body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('sanctions told as the cause of others', () => {
  it("when sanctions answer \"Washington's imposition of sanctions on B\", then B is Washington's target, not the first sanctioner's", () => {
    const rels = sanctioned(
      "Norway imposed sanctions on Mark Deller in response to Washington's imposition of sanctions on Ivar Lund.",
    );
    expect(rels).toContain('Norway SANCTIONED Mark Deller');
    expect(rels).not.toContain('Norway SANCTIONED Ivar Lund');
  });

  it("when the sanctions answered have no owner named, then their target is not the first sanctioner's", () => {
    const rels = sanctioned(
      'Norway imposed sanctions on Mark Deller in retaliation for sanctions on Ivar Lund.',
    );
    expect(rels).toEqual(['Norway SANCTIONED Mark Deller']);
  });

  it('when a list follows sanctions told with their cause, then the list joins the first sanctions', () => {
    const rels = sanctioned(
      "Norway imposed sanctions on eight Danish citizens in response to Sweden's imposition of sanctions on Ivar Lund. Those targeted were Mark Deller and Jon Harker.",
    );
    expect(rels).toContain('Norway SANCTIONED Mark Deller');
    expect(rels).not.toContain('Sweden SANCTIONED Mark Deller');
  });

  it('when no clause of cause follows, then every person the sanctions name is sanctioned', () => {
    expect(sanctioned('Norway imposed sanctions on Mark Deller and Ivar Lund on Monday.')).toEqual([
      'Norway SANCTIONED Mark Deller',
      'Norway SANCTIONED Ivar Lund',
    ]);
  });
});
