// The verbs an outlet credits a report with are one list in saying-verbs.ts (OUTLET_REPORTING): after a
// name with its media noun (entities/patterns.ts) every one of them, after a bare name
// (entities/reporting-outlets.ts) all but those anyone may say ("said", "quoted", "cited"). A firm-shaped
// word before a verb of saying (the shared SAYING_RIGHT_AFTER) is no firm by its shape alone.
// Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const names = (body: string) => extractChecked('Bank row', body).names;

describe('an outlet credited with a report', () => {
  it('when a name with its media noun "informed" or "said", then it is an outlet', () => {
    expect(names('The talks ended, Velmora newspaper informed.')).toContain('Organization Velmora');
    expect(names('The talks ended, Velmora newspaper said.')).toContain('Organization Velmora');
  });

  it('when a bare name "informs", then it is an outlet; when it "said", then it is none', () => {
    expect(names('The talks ended, Velmora informs.')).toContain('Organization Velmora');
    expect(names('The talks ended, Velmora said.')).not.toContain('Organization Velmora');
  });
});

describe('a firm-shaped word', () => {
  it('when nothing of saying follows it, then it is the firm', () => {
    expect(names('The ministry added sanctions on Korvelbank in March.')).toContain(
      'Organization Korvelbank',
    );
  });

  it('when a verb of saying of the shared list follows it, then its shape alone makes no firm', () => {
    for (const verb of ['said', 'stated', 'insisted'])
      expect(names(`The talks ended. Dravelbank ${verb} that the terms were unfair.`)).not.toContain(
        'Organization Dravelbank',
      );
  });
});
