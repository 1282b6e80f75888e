// A foreign ministry named with a second field (session 29): "the Ministry of Foreign Affairs and European
// Integration", "Italy's Ministry of Foreign Affairs and International Cooperation" are the country's
// Foreign Ministry, named as any foreign ministry is. A field after another body's name stays in its name.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('a foreign ministry with a second field is the foreign ministry', () => {
  it.each([
    [
      'Moldova summons envoy',
      'The Ministry of Foreign Affairs and European Integration summoned the Russian ambassador on Monday.',
      'Organization Moldovan Foreign Ministry',
    ],
    [
      'Envoy summoned',
      "Italy's Ministry of Foreign Affairs and International Cooperation summoned the Russian ambassador on Monday.",
      'Organization Italian Foreign Ministry',
    ],
  ])('when "%s: %s", then %s', (title, body, name) => {
    expect(extractChecked(title, body).names).toContain(name);
  });

  it('when another body has a field after "and", then its name keeps it', () => {
    const { names } = extractChecked(
      'Bureau statement',
      'The Bureau of East Asian and Pacific Affairs said on Monday that talks would resume.',
    );
    expect(names).toContain('Organization Bureau of East Asian and Pacific Affairs');
  });
});
