// A summons handed over (session 29): "Turkish ambassador X was handed a summons to Iraq's Foreign Ministry"
// is a summons of X by the ministry; a court's summons to a politician is no diplomatic summons. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType } from '../helpers/extract-text.js';

describe('a summons handed to an envoy', () => {
  it('when an envoy is handed a summons to a ministry, then the ministry summons him', () => {
    expect(
      relationsOfType(
        'SUMMONED',
        'Envoy summoned',
        "Turkish ambassador Fatih Yildiz was first handed a summons to Iraq's Foreign Ministry on Tuesday.",
      ),
    ).toEqual(['Iraqi Foreign Ministry SUMMONED Fatih Yildiz']);
  });

  it('when a court issues a summons to a politician, then there is no summons event', () => {
    expect(
      extractChecked(
        'Court case',
        'A court issued a summons to opposition leader Kemal Kilicdaroglu.',
      ).events('summons'),
    ).toEqual([]);
  });
});
