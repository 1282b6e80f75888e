// The held-out set (test/fixtures/heldout): its gold is what the offsets tool makes from the reviewed
// documents, and the extractor's scores on it stay at or above the recorded floor (regressions fail).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../graph-seed/tools/fill-offsets.js';
import { evaluateHeldout, SETS } from '../../server/src/cli/eval.js';
import { formatTable, total } from '../../server/src/extract/eval/score.js';

describe('the held-out gold', () => {
  it('when the offsets tool runs on test/fixtures/heldout, then it makes the committed annotations', () => {
    const rendered = renderAll(SETS.heldout);
    expect(rendered.size).toBe(8);
    for (const [file, text] of rendered)
      expect(JSON.parse(fs.readFileSync(file, 'utf8')), path.basename(file)).toEqual(JSON.parse(text));
  });

  it('when scored, then every article has a row', () => {
    const scores = evaluateHeldout();
    expect(scores).toHaveLength(8);
    expect(formatTable(scores)).toMatch(/TOTAL \(micro\)/);
    expect(total(scores).entities.tp).toBeGreaterThan(0);
  });
});
