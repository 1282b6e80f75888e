// The real-pages set (test/fixtures/real): its annotations are what the offsets tool makes from the
// reviewed gold, its manifest says where each page comes from and which split it is in, and an id
// names the same entity in every article. Rule writers add their score floors for the set here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../graph-seed/tools/fill-offsets.js';
import { evaluateSet, readEvalSet, readManifest, SETS, SPLITS } from '../../server/src/cli/eval.js';
import { realMeasures } from '../../server/src/extract/eval/real-targets.js';
import { isoDate } from '@dossier/model';

const manifest = readManifest(SETS.real);
const articles = readEvalSet(SETS.real);

describe('the real-pages gold', () => {
  it('when the offsets tool runs on test/fixtures/real, then it makes the committed annotations', () => {
    const rendered = renderAll(SETS.real);
    expect(rendered.size).toBe(manifest.length);
    for (const [file, text] of rendered)
      expect(JSON.parse(fs.readFileSync(file, 'utf8')), path.basename(file)).toEqual(JSON.parse(text));
    // Rendering 172 pages' annotations takes about a second alone, over the default 5 s beside other files.
  }, 30_000);

  it('when read together, then an id names one entity: the same type and name in every article', () => {
    const seen = new Map<string, string>();
    for (const { gold } of articles)
      for (const e of gold.entities) {
        const key = `${e.type}|${e.name}`;
        expect(seen.get(e.id) ?? key, `${e.id} in ${gold.article.id}`).toBe(key);
        seen.set(e.id, key);
      }
  });

  it('when a relation is listed, then its source, type and target are listed once', () => {
    for (const { gold } of articles) {
      const keys = gold.relations.map((r) => `${r.source}|${r.type}|${r.target}`);
      expect(keys.length - new Set(keys).size, gold.article.id).toBe(0);
    }
  });
});

type RealEntry = (typeof manifest)[number] & { url: string; publishedFrom: string | null; split: string };
const entries = manifest as RealEntry[];

describe('the real-pages manifest', () => {
  // The first 70 pages hold a blind quarter (17) from outlets that also have a dev page; unseen batches
  // added later went to dev, until the eighth batch (session 10) and the ninth (session 12) added blind pages,
  // each from an outlet with no other page in the set, to bring the blind split back towards a quarter of the
  // whole (54 of 182 since the ninth; 57 of 192 since the tenth, session 13, sent 3 of its 10 pages there).
  it('when counted, then at least 40 pages of at least 20 outlets, a quarter of the first 70 blind', () => {
    const blind = entries.filter((a) => a.split === 'blind');
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(20);
    expect(blind.length).toBeGreaterThanOrEqual(54);
    const firstBlind = entries.slice(0, 70).filter((a) => a.split === 'blind').length;
    expect(firstBlind / 70).toBeGreaterThanOrEqual(0.24);
    expect(blind.length / entries.length).toBeLessThanOrEqual(0.3);
  });

  it('when the blind split is read, then each blind page has its own outlet: one of the first 70 pages with a dev page too, or a later page from an outlet found nowhere else in the set', () => {
    const blind = entries.filter((a) => a.split === 'blind');
    expect(new Set(blind.map((a) => a.outlet)).size).toBe(blind.length);
    const devOutlets = new Set(entries.filter((a) => a.split === 'dev').map((a) => a.outlet));
    const first70 = new Set(entries.slice(0, 70).map((a) => a.id));
    for (const a of blind)
      if (first70.has(a.id)) expect(devOutlets.has(a.outlet), a.outlet).toBe(true);
      else expect(entries.filter((b) => b.outlet === a.outlet).length, a.outlet).toBe(1);
  });

  it('when each entry is read, then it has its page file, address, outlet, a dated-or-null source and a split', () => {
    for (const a of entries) {
      expect(fs.existsSync(path.join(SETS.real, a.file)), a.file).toBe(true);
      expect(a.url, a.id).toMatch(/^https?:\/\/\S+$/);
      expect(a.outlet.trim(), a.id).not.toBe('');
      expect(SPLITS as readonly string[], a.id).toContain(a.split);
      if (a.published === null) expect(a.publishedFrom, a.id).toBeNull();
      else {
        expect(isoDate.safeParse(a.published).success, a.id).toBe(true);
        expect(['page', 'url'], a.id).toContain(a.publishedFrom);
      }
    }
  });
});

/**
 * The extractor's figures on the real pages as the rules last left them (docs/extraction.md has the
 * summary tables, docs/extraction-history.md every session's), by measure name; CI demands each minus MARGIN. BEFORE_BLIND: the blind split as it now stands
 * (54 pages since the ninth batch, session 12: 10 pages of 10 new outlets added to the eighth batch's 44),
 * scored by the extractor of e5c01f7 (session 12's start). Adding pages changed the set, not the extractor:
 * on the 44 pages e5c01f7 reaches entities 0.894, quotes 86/134 = 0.642, pairs R 0.294 P 0.743 (held at
 * 0.753), events R 0.676 P 0.826 (held at 0.835); on the 54 pages it reaches entities 0.899, quotes 96/153
 * = 0.627, pairs 63 of 252 at P 0.700, events 82 of 134 at P 0.812: all but entities lower, a harder set,
 * not a regression. REACHED.blind and BEFORE_BLIND both hold the 54-page figures, rounded down; figures
 * measured on the 44 pages no longer compare (re-measure on the 54 before raising one).
 * Session 24: the twenty-first batch's 4 blind pages made the split (87 pages) harder than any before: the
 * session's start (e5dcee0) scores entities 0.895 on it, below the 54-page 0.899, so the 54-page row no
 * longer compares. BEFORE_BLIND then held the 87-page split's figures at that start (the last extractor before
 * the split changed), rounded down; REACHED.blind may not fall below them. Session 25: BEFORE_BLIND holds the
 * 91-page split's figures at its start (5f6c9b0); a precision measure may fall to its target, not below.
 * The split's very first figure (17 pages, extractor of 7442843) and the 44-page history stay in
 * docs/extraction.md ("The blind split, before and after"). The blind split is scored, never read. The dev figures
 * are re-measured whenever a batch of unseen pages joins dev (128 pages since the seventh batch, session 9:
 * its harder pages lowered what main reaches on dev). Measured at a0c25ad (session 10's end), then raised by the
 * learned steps of session 11 (learn/; dev figures are in sample: the models were trained on those pages).
 * The eleventh batch (session 14: 7 dev, 3 blind pages of 10 new outlets) lowered, on main's extractor of
 * 80fa0c5 with models retrained on the 142 dev pages, dev quotes 0.911 -> 0.901, pairs 0.850/0.714 ->
 * 0.844/0.690, events recall 0.894 -> 0.889, and blind (60 pages) pairs 0.724/0.281 -> 0.713/0.270, events
 * recall 0.676 -> 0.667: those figures are set to the measured ones rounded down; the others stay.
 * The twelfth batch (session 15: 7 dev, 3 blind pages of 10 new outlets), on main's extractor of 6107708 with
 * models retrained on the 149 dev pages, moved dev (149 pages) to entities 0.933, quotes 0.910, pairs
 * 0.845/0.700, events recall 0.886, and blind (63 pages) to entities 0.901, pairs 0.740/0.306, events recall
 * 0.644: those figures are set to the measured ones rounded down; the others (higher or equal) stay.
 * The thirteenth batch (session 16: 7 dev, 3 blind pages of 10 new outlets), on main's extractor of 969e4ac with
 * models retrained on the 156 dev pages, moved dev (156 pages) to entities 0.930, quotes 0.906 (370/408), pairs
 * 0.845/0.701, events 0.855/0.857, and blind (66 pages) to quotes 0.672 (115/171), pairs recall 0.291 and events
 * recall 0.640 (of which 0.656 -> 0.631 is the retrain alone on the old 63 pages): those are set to the measured
 * ones rounded down; the others (measured higher or equal) stay.
 * The fourteenth batch (session 16: 10 dev pages of 10 new outlets, chosen by the kinds the blind counts say dev
 * lacks: sanctions on named people, delegations, organisations' heads meeting ministers, round-up expulsions,
 * bodies quoted, ministries summoning), on main's extractor of 297713e with models retrained on the 166 dev pages,
 * moved dev (166 pages) to entities 0.9297, quotes 0.901 (381/423), pairs 0.842/0.678, events precision 0.854
 * (the batch alone, extractor and models of 969e4ac: pairs recall 0.383, quotes 11/15): those are set to the
 * measured ones rounded down; dev events recall (0.861) and every blind figure (66 pages: entities 0.905, quotes
 * 0.673, pairs 0.754/0.292, events 0.841/0.665, all at or above the reached ones) stay.
 * The fifteenth batch (session 17: 7 dev, 3 blind pages of 10 new outlets), on main's extractor of 89b98b5 with
 * models retrained on the 173 dev pages, moved dev (173 pages) to entities 0.9401, quotes 0.898 (396/441), pairs
 * 0.861/0.714, events 0.847/0.845, and blind (69 pages) to quotes 0.670 (118/176), events 0.824/0.676 (the batch
 * alone, extractor and models of 89b98b5: entities 0.87, quotes 16/23, pairs 0.78/0.37, events 0.67/0.58; the
 * retrain alone leaves the old 66 blind pages at 0.905, 0.673, 0.757/0.298, 0.843/0.677): those are set to the
 * measured ones rounded down; blind entities (0.903), pairs (0.764/0.298) stay.
 * The sixteenth batch (session 18: 6 dev pages of 6 new outlets, chosen by the shapes the blind counts say dev
 * lacks: round-up expulsions, a leader meeting several states' leaders, sanctions naming several people), on
 * main's extractor of 2295653 with models retrained on the 179 dev pages, moved dev (179 pages) to entities
 * 0.9402, quotes 0.914 (416/455), pairs 0.847/0.702, events 0.848/0.854 (the batch alone, extractor and models of
 * 2295653: entities 0.86, quotes 11/14, pairs 0.57/0.28, events 0.86/0.67); the retrain alone (the events step's
 * threshold 0.65 -> 0.8) moved blind (69 pages, unchanged) events recall 0.682 -> 0.659. Those are set to the
 * measured ones rounded down; the other blind figures (0.903, 0.676, 0.775/0.298, events precision 0.832) stay.
 * The eighteenth batch (session 21: 29 pages of 29 new outlets, 23 to dev and 6 to blind so that blind stays a
 * quarter of the set) changed both splits: dev 227 pages, blind 75. Main's extractor of the session's start
 * (830fa76) scores them dev 0.935, 0.859 (510/594), pairs 0.849/0.660, events 0.852/0.804 and blind 0.899, 0.682
 * (135/198), pairs 0.776/0.307, events 0.844/0.661; the session's end (rules, and models retrained on the 227 dev
 * pages) 0.940, 0.874 (519/594), 0.856/0.666, 0.858/0.825 and blind 0.899, 0.682, 0.781/0.307, 0.844/0.689 (the
 * old 69 blind pages alone: 0.904, 0.676, 0.771/0.301, 0.838/0.688). Every figure is set to the end's, on the
 * new splits.
 * The nineteenth batch (session 22: 12 pages of 12 new outlets, 8 to dev and 4 to blind) changed both splits
 * again: dev 235 pages, blind 79. The session's start (5a238bb) scores them dev 0.935, 0.869 (531/611), pairs
 * 0.850/0.646, events 0.856/0.810 and blind 0.902, 0.694 (145/209), pairs 0.765/0.292, events 0.846/0.667; the
 * end (rules, the speakers step's new threshold rule, models retrained on the 235 dev pages) dev 0.938, 0.890
 * (544/611), 0.852/0.657, 0.854/0.815 and blind 0.904, 0.703 (147/209), 0.781/0.295, 0.845/0.662. Every figure
 * is set to the end's.
 * The twentieth batch (session 23: 12 pages of 12 new outlets, 8 to dev and 4 to blind) made them dev 243 pages,
 * blind 83. The session's start (2bb5f9b) scores them dev 0.934, 0.883 (557/631), pairs 0.850/0.634, events
 * 0.853/0.807 and blind 0.904, 0.710 (159/224), pairs 0.791/0.304, events 0.836/0.663; the end (rules, the
 * entities step abstaining, models retrained on the 243 dev pages) dev 0.924, 0.881 (556/631), 0.855/0.632,
 * 0.863/0.808 and blind 0.904, 0.710 (159/224), 0.798/0.309, 0.830/0.659. Dev entities and pairs recall fell
 * with the entities step's abstention (its in-sample additions; out of fold they were a third right). A last
 * rule (Hong Kong names, 7842175) gave dev 0.925 and pairs 0.857/0.633, and blind entities 0.903 (one more
 * person no gold item overlaps). Every figure is set to the end's.
 * The twenty-first batch (session 24: 12 pages of 12 new outlets, 8 to dev and 4 to blind) made them dev 251
 * pages, blind 87. The session's start (e5dcee0's extractor and models) scores them dev 0.922, 0.877 (565/644),
 * pairs 0.855/0.630, events 0.861/0.802 and blind 0.895, 0.714 (165/231), pairs 0.800/0.284, events 0.832/0.655
 * (the 4 new blind pages alone: 0.711, 6/7, 1.000/0.043, 0.875/0.583); after the session's rules and models
 * retrained on the 251 dev pages (events threshold 0.80 → 0.75, speakers 0.65 → 0.70), dev 0.928, 0.888
 * (572/644), 0.861/0.650, 0.862/0.819 and blind 0.896, 0.714 (165/231), 0.802/0.288, 0.839/0.664. Every figure
 * is set to those.
 * The twenty-second batch (session 25: 12 pages of 12 new outlets, 8 to dev and 4 to blind) made them dev 259
 * pages, blind 91. The session's start (5f6c9b0: a03b126's extractor and models) scores them dev 0.925, 0.881
 * (580/658), pairs 0.860/0.634, events 0.862/0.812 and blind 0.894, 0.726 (175/241), pairs 0.805/0.291, events
 * 0.843/0.661 (the 4 new blind pages alone: 0.851, 10/10, 0.875/0.368, 1.000/0.571); after the session's rules
 * and models retrained on the 259 dev pages (the events step's threshold rule now asks 20 out-of-fold
 * predictions: 0.75), dev 0.925, 0.880 (579/658), 0.863/0.648, 0.866/0.819 and blind 0.901, 0.726 (175/241),
 * 0.794/0.301, 0.834/0.665. Every figure is set to those; BEFORE_BLIND holds the 91-page start. Blind pairs and
 * events precision fell below that start (a list line's post after a dash: 5 pairs right, 4 wrong; the retrain)
 * while their recall rose: the issue asks for recall at a precision, so a precision measure is held to its start
 * or to its target, whichever is lower, and every other measure to its start.
 * The twenty-third batch (session 26: 12 pages of 12 new outlets, 8 to dev and 4 to blind) made them dev 267
 * pages, blind 95. The session's start (f88b4d8: acc5c27's extractor and models) scores them dev 0.923, 0.878
 * (596/679), pairs 0.862/0.641, events 0.860/0.814 and blind 0.902, 0.730 (178/244), pairs 0.789/0.303, events
 * 0.830/0.668 (the 4 new blind pages alone: 0.918, 3/3, 0.700/0.350, 0.769/0.714); after the session's rules
 * (the largest one-to-one matching of events in the scorer among them: dev +3 events, blind none) and models
 * retrained on the 267 dev pages, dev 0.928, 0.885 (601/679), 0.869/0.650, 0.861/0.814 and blind 0.905, 0.738
 * (180/244), 0.810/0.344, 0.830/0.668. Every figure is set to those; BEFORE_BLIND holds the 95-page start.
 * Session 27 added no pages. Its rules (a name's bare-apostrophe possessive, hyphenated compounds of places,
 * unknown places listed after a preposition, more known capitals and regions, venues as places, states' formal
 * titles, missions named with their place, meetings, sanctions, unknown persons by position, speed guards) and
 * models retrained on the 267 dev pages give dev 0.932, 0.884 (600/679), 0.870/0.652, 0.863/0.817 and blind
 * 0.908, 0.738 (180/244), 0.810/0.344, 0.835/0.672; a last rule ("US-North Korea" is North Korea) and a
 * retrain, dev quotations 0.888 (603/679). Every figure is set to those.
 * The twenty-fourth batch (session 28: 12 pages of 12 new outlets, 8 to dev and 4 to blind) made them dev 275
 * pages, blind 99. The session's start (2f95ef1's extractor and models) scores them dev 0.930, 0.888 (609/686),
 * pairs 0.869/0.646, events 0.859/0.814 and blind 0.907, 0.742 (190/256), pairs 0.808/0.343, events
 * 0.833/0.676 (the 4 new blind pages alone: 0.88, 10/12, 0.75/0.32, 0.78/0.78); after the session's rules and
 * models retrained on the 275 dev pages, dev 0.933, 0.891 (611/686), 0.873/0.659, 0.863/0.817 and blind 0.911,
 * 0.742 (190/256), 0.810/0.348, 0.829/0.680 (the retrain took blind events precision from 0.833). Every figure
 * is set to those; BEFORE_BLIND holds the 99-page start.
 * The twenty-fifth and twenty-sixth batches (session 29: 24 pages of 24 new outlets, 16 to dev and 8 to blind)
 * made them dev 291 pages, blind 107. The session's start (0d24afc's extractor and models) scores them dev
 * 0.929, 0.886 (654/738), pairs 0.868/0.635, events 0.857/0.808 and blind 0.906, 0.752 (203/270), pairs
 * 0.807/0.351, events 0.821/0.675 (with its models retrained on the 291 dev pages: blind the same); after the
 * session's rules and models retrained on the 291 dev pages, dev 0.932, 0.885 (653/738), 0.877/0.660,
 * 0.860/0.823 and blind 0.907, 0.752 (203/270), 0.811/0.360, 0.822/0.683 (a retrain one rule earlier gave blind
 * quotations 202: the speakers step moves an item with every retrain). Every figure is set to the end's;
 * BEFORE_BLIND holds the 107-page start.
 * The twenty-seventh to twenty-ninth batches (session 30: 36 pages of 36 new outlets, 24 to dev and 12 to blind)
 * made them dev 315 pages, blind 119. The session's start (f3cce8b's extractor and models) scores them dev 0.929,
 * 0.881 (694/788), pairs 0.868/0.647, events 0.853/0.817 and blind 0.900, 0.723 (222/307), pairs 0.806/0.345,
 * events 0.831/0.659 (with its models retrained on the 315 dev pages: dev events 0.854/0.821, blind events
 * 0.833/0.669, the rest the same); after the session's rules and models retrained on the 315 dev pages, dev
 * 0.932, 0.892 (703/788), 0.876/0.664, 0.859/0.828 and blind 0.901, 0.723 (222/307), 0.808/0.348, 0.834/0.675.
 * Every figure is set to the end's; BEFORE_BLIND holds the 119-page start.
 * The thirtieth to thirty-second batches (session 31: 36 pages of 36 new outlets, 24 to dev and 12 to blind)
 * made them dev 339 pages, blind 131. The session's start (55bc0ab's extractor and models) scores them dev 0.928,
 * 0.863 (751/870), pairs 0.869/0.644, events 0.852/0.814 and blind 0.897, 0.715 (236/330), pairs 0.793/0.351,
 * events 0.828/0.677 (with its models retrained on the 339 dev pages: blind events 0.825/0.677, the rest the
 * same); after the session's rules and models retrained on the 339 dev pages, dev 0.930, 0.866 (753/870),
 * 0.877/0.656, 0.858/0.825 and blind 0.898, 0.715 (236/330), 0.794/0.352, 0.828/0.680 (the retrain took blind
 * events from 0.830/0.686). Every figure is set to the end's; BEFORE_BLIND holds the 131-page start.
 * The thirty-third to thirty-fifth batches (session 32: 36 pages of 36 new outlets, 24 to dev and 12 to blind)
 * made them dev 363 pages, blind 143. The session's start (e3d2db6's extractor and models) scores them dev 0.927,
 * 0.856 (814/951), pairs 0.865/0.640, events 0.855/0.817 and blind 0.898, 0.699 (251/359), pairs 0.792/0.357,
 * events 0.824/0.676 (with its models retrained on the 363 dev pages: blind 0.696, events 0.821/0.673, dev events
 * 0.854/0.805); after the session's rules and models retrained on the 363 dev pages, dev 0.930, 0.877 (834/951),
 * 0.876/0.652, 0.855/0.816 and blind 0.898, 0.699 (251/359), 0.798/0.358, 0.822/0.681. Every figure is set to the
 * end's; BEFORE_BLIND holds the 143-page start.
 * Session 33 added no pages. It found the learned speakers step's threshold had been chosen on the out-of-fold
 * curve of every quotation, most of them ones the rules had attributed; on the quotations the step decides it
 * reached 0.62 (8 of 13) on dev, and on the blind split its additions were 4 right speakers, 9 wrong and 2
 * extra statements. The step now abstains, so the blind quotations start is restated as the 143-page start
 * with the step abstaining: 0.685 (246/359), the other figures as before. After the session's rules and models
 * retrained on the 363 dev pages, dev 0.932, 0.875 (832/951), 0.880/0.658, 0.855/0.817 and blind 0.898, 0.688
 * (247/359), 0.798/0.360, 0.823/0.684. Every figure is set to the end's.
 * Session 34 added no pages; its rules came from reading 104 fresh real pages (never in the corpus). At its
 * end, models retrained, dev 0.932, 0.875 (832/951), 0.880/0.664, 0.857/0.818 and blind 0.901, 0.688
 * (247/359), 0.801/0.372, 0.824/0.687. Every figure is set to the end's.
 * Session 35 added no pages; its rules came from 34 more fresh pages and a second reading of all 138. At its
 * end, models retrained, dev 0.933, 0.875 (832/951), 0.882/0.664, 0.857/0.818 and blind 0.901, 0.691
 * (248/359), 0.798/0.374, 0.825/0.692. Every figure is set to the end's.
 * Session 36 added no pages; its rules came from 45 more fresh pages (183 in all) and one list of honorifics
 * for the whole extractor. At its end, models retrained, dev 0.933, 0.876 (833/951), 0.881/0.667, 0.857/0.819
 * and blind 0.903, 0.699 (251/359), 0.799/0.378, 0.822/0.692. Every figure is set to the end's.
 * Session 37 added no pages; its rules came from 77 new fresh pages and shared lists of saying verbs,
 * role nouns and act nouns. At its end, models retrained, dev 0.934, 0.877 (834/951), 0.882/0.667,
 * 0.857/0.819 and blind 0.903, 0.699 (251/359), 0.801/0.386, 0.823/0.695. Every figure is set to the end's.
 * Session 38 added no pages; its rules came from 93 new fresh pages (pronoun antecedents, judged parties,
 * listed parties, spelled acronyms, glued datelines) and more shared lists. At its end, models retrained, dev
 * 0.934, 0.880 (837/951), 0.882/0.668, 0.857/0.819 and blind 0.903, 0.699 (251/359), 0.800/0.385,
 * 0.823/0.695: one blind pair (an ACCUSED) was lost to the judged-party reader. Every figure is set to the end's.
 * Session 39 added no pages; its rules came from 96 new fresh pages (credentials envoys posted to the host's
 * state, accused pronouns, counted expelled states, field words, unnamed officials) and one list of count
 * words. At its end, models retrained (the events step's threshold held at 0.8 by a floor), dev 0.935, 0.881
 * (838/951), 0.884/0.674, 0.858/0.819 and blind 0.903, 0.699 (251/359), 0.801/0.387, 0.823/0.695. Every
 * figure is set to the end's.
 * The thirty-sixth to forty-first batches (session 40: 72 pages of 72 new outlets, 48 to dev and 24 to blind)
 * made them dev 411 pages, blind 167. The session's start (b877d12's extractor and models) scores them dev 0.929,
 * 0.856 (913/1066), pairs 0.877/0.648, events 0.857/0.809 and blind 0.901, 0.712 (294/413), pairs 0.787/0.390,
 * events 0.814/0.688; the 72 new pages alone, before anyone read them, 0.88, 0.70 (118/169), 0.76/0.42,
 * 0.82/0.70. After the session's rules (written from the 48 new dev pages) and models retrained on the 411 dev
 * pages, dev 0.930, 0.862 (919/1066), 0.879/0.651, 0.858/0.812 and blind 0.901, 0.712 (294/413), 0.789/0.390,
 * 0.816/0.688. Every figure is set to the end's; BEFORE_BLIND holds the 167-page start.
 * The forty-second to forty-seventh batches (session 41: 72 pages of 72 new outlets, 48 to dev and 24 to blind)
 * made them dev 459 pages, blind 191. The session's start (0f6703b's extractor and models) scores them dev 0.926,
 * 0.847 (1013/1196), pairs 0.868/0.631, events 0.856/0.795 and blind 0.892, 0.703 (326/464), pairs 0.775/0.385,
 * events 0.816/0.690; the 72 new pages alone, before anyone read them, 0.87, 0.70 (126/181), 0.69/0.38,
 * 0.82/0.65. After the session's rules (a visit told by a rank among visitors, quoted modifiers of talks, a
 * generic role or pronoun going on with the person quoted last, a sanctions list's own agent) and models
 * retrained on the 459 dev pages (the events step now asks precision 0.80 on 20 out-of-fold predictions), dev
 * 0.926, 0.848 (1014/1196), 0.867/0.631, 0.856/0.801 and blind 0.892, 0.703 (326/464), 0.775/0.385,
 * 0.818/0.690. Every figure is set to the end's; BEFORE_BLIND holds the 191-page start.
 * Session 42 added no pages; its rules came from ~75 new fresh pages (acronyms nothing explains, a colon line
 * naming the next line's speaker, statement issuers in lower case, an envoy's post from the article's other
 * principal state, states' formal styles in envoys' titles, a city bound into a mission's name, a meeting's subject
 * told by a description, a lone name framing a quotation). At its end, models retrained, dev 0.930, 0.853
 * (1020/1196), 0.869/0.634, 0.856/0.804 and blind 0.895, 0.703 (326/464), 0.774/0.391, 0.818/0.690. Every figure
 * is set to the end's.
 * Session 43 added no pages; its rules came from ~60 new fresh pages (one list of verbs of condemning, one of the
 * posts that head a body, a capitalised title of a body run into the name, a summoned envoy named beside the
 * role, organs of an acronym-led body, 'for the' tails of bodies, spellings of persona non grata, words pointing
 * back at sanctions, states listed as a bloc's members, one list of labelling verbs, accusation nouns). At its end,
 * models retrained, dev 0.930, 0.853 (1020/1196), 0.870/0.641, 0.856/0.805 and blind 0.895, 0.703 (326/464),
 * 0.774/0.394, 0.818/0.690. Every figure is set to the end's.
 * Session 44 added no pages; its rules came from ~35 new fresh pages (groups of envoys and leaders capitalised
 * before their states, the states of unnamed envoys after a credentials ceremony, more words of condemnation, a
 * list of doers of a judged act, a party named as the attribute of a judged act, verbs that report only before
 * "that", a people named by its plural demonym speaking, organisations' names with "on"/"for … and" fields, a
 * body "of <country>" run into a name, a recalled unnamed head of mission, sanctions lists after any measure,
 * persons apposed to an office in an object, passive lists of expelling states, sovereigns quoted by role).
 * At its end, models retrained, dev 0.931, 0.860 (1029/1196), 0.871/0.649, 0.856/0.805 and blind 0.895, 0.705
 * (327/464), 0.775/0.397, 0.818/0.690. Every figure is set to the end's.
 * Session 45 added no pages; its rules came from ~40 new fresh pages (unknown places after "at" and before
 * "area"/"village", a sea region before its states, "the <Name> party", counted breakdowns and replies in
 * expulsions, a subject after a fronted phrase ending in names, hosts meeting listed states, semicolon lists,
 * sanctions list leads, a reported clause's coordinated verb of saying, a story's host country for "arrived in
 * the country"). At its end, models retrained, dev 0.933, 0.861 (1030/1196), 0.871/0.651, 0.856/0.805 and blind
 * 0.896, 0.705 (327/464), 0.775/0.397, 0.818/0.690. Every figure is set to the end's.
 */
const REAL_REACHED: Record<'dev' | 'blind', Record<string, number>> = {
  dev: {
    'entities F1': 0.933,
    'quotes with the right speaker': 0.861,
    'entity pairs recall': 0.651,
    'entity pairs precision': 0.871,
    'events recall': 0.805,
    'events precision': 0.856,
  },
  blind: {
    'entities F1': 0.896,
    'quotes with the right speaker': 0.705,
    'entity pairs recall': 0.397,
    'entity pairs precision': 0.775,
    'events recall': 0.69,
    'events precision': 0.818,
  },
};
/** The blind split (191 pages) at session 41's start (0f6703b's extractor and models, the 42nd to 47th batches added). */
const REAL_BEFORE_BLIND: Record<string, number> = {
  'entities F1': 0.892,
  'quotes with the right speaker': 0.703,
  'entity pairs recall': 0.385,
  'entity pairs precision': 0.775,
  'events recall': 0.69,
  'events precision': 0.816,
};
const MARGIN = 0.03;

describe('the extractor on the real pages', () => {
  for (const split of SPLITS)
    it(`when the ${split} split is scored, then every measure stays at or above the reached figure minus ${MARGIN}`, () => {
      const measures = realMeasures(evaluateSet(SETS.real, split));
      expect(measures.map((m) => m.name).sort()).toEqual(Object.keys(REAL_REACHED[split]).sort());
      for (const m of measures) {
        expect(m.value, `${split}: ${m.name}`).toBeGreaterThanOrEqual(REAL_REACHED[split][m.name]! - MARGIN);
        // (Recall is asked at a precision: a precision may fall to its target, not below; see above.)
        const before = m.name.endsWith('precision')
          ? Math.min(REAL_BEFORE_BLIND[m.name]!, m.target)
          : REAL_BEFORE_BLIND[m.name]!;
        if (split === 'blind') expect(REAL_REACHED.blind[m.name]!).toBeGreaterThanOrEqual(before);
      }
      // Extracting and scoring 108 dev pages takes ~2.5 s alone, over the default 5 s beside other files.
    }, 120_000);
});
