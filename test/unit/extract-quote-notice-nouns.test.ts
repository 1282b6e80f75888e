// A notice a body puts out speaks for it like its statement ("“…,” the advisory read", "the alert said"):
// the body the text says issued it, else the body last named (speaker-phrases.ts STATEMENT_NOUN,
// statement-issuer.ts NOUN). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Notice', body).d, start);

describe('a notice speaks for the body that issued it', () => {
  it.each(['alert', 'advisory', 'bulletin', 'memo', 'circular', 'directive'])('the %s', (noun) => {
    expect(
      speaker(
        `The US Embassy in Nairobi issued a ${noun} on Sunday.\n\nThe demonstrations are expected in the city centre.\n\n“US citizens should avoid large gatherings,” the ${noun} said.`,
        'US citizens',
      ),
    ).toBe('US Embassy in Nairobi');
  });

  it('the issuer, not a body named after it ("X issued an advisory. Y dismissed it. “…,” the advisory read")', () => {
    expect(
      speaker(
        "The US Embassy in Nairobi issued a travel advisory on Sunday.\n\nKenya's Interior Ministry dismissed the warning as alarmist.\n\n“US citizens should avoid the city centre,” the advisory read.",
        'US citizens',
      ),
    ).toBe('US Embassy in Nairobi');
  });

  it('no body named: no speaker ("President X signed a directive. “…,” the directive said")', () => {
    expect(
      speaker(
        'President William Ruto signed a directive on Monday.\n\n“All ministries must cut spending,” the directive said.',
        'All ministries',
      ),
    ).toBeUndefined();
  });
});
