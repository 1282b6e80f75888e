// People, organisations and places. Capitalised chunks of the masked body (chunking.ts) are classified into
// titles, demonyms, organisations (a head word such as Ministry or Embassy, or a known
// institution/outlet/acronym), places (compromise's countries, cities and regions plus aliases such as U.S.)
// and person names (classification.ts); persons named twice and surname-only mentions are merged (merging.ts;
// one body in two wordings, org-variants.ts; a group named by one unknown word, group-names.ts), as are two
// spellings of one transliterated name (name-variants.ts); patterns over the text add what chunks miss
// (patterns.ts), the tails of bodies' names joined by "of the" or "and" (org-tails.ts), the items of a list of
// persons the unknown ones (lists.ts), a government named after its leader (administrations.ts), and unknown
// names a preposition of place or an area's head word makes places (places.ts); an office's acronym after its
// title is no body (title-acronyms.ts); role phrases ("Russia's envoy to the United States", "the ambassador",
// "the Russian president") resolve to the person (roles.ts).
import type { Sentence, Token } from '../text.js';
import { leaderGovernments } from './administrations.js';
import { Builder } from './builder.js';
import { classifyChunks } from './classification.js';
import { dropCreditPersons, dropFurnitureAcronyms, dropUnresolvedRunAcronyms } from './credits.js';
import { acronymTitles, finish, mergeAcronyms, mergeOrgs, mergePersons } from './merging.js';
import { resolveSingles } from './singles.js';
import { bracketListPersons, parallelListPersons } from './lists.js';
import { lineListPersons } from './line-lists.js';
import { mergeNameVariants } from './name-variants.js';
import { missionPlaces } from './mission-places.js';
import { dropBoundPlaces } from './bound-places.js';
import { dropNestedNames } from './nested-names.js';
import { papalNames } from './papal-names.js';
import { extraPatterns } from './patterns.js';
import { groupNames } from './group-names.js';
import { orgTails } from './org-tails.js';
import { subBodies } from './sub-bodies.js';
import { organOwners } from './organ-owners.js';
import { stateTitledBodies } from './state-titles.js';
import { placedMissions } from './placed-missions.js';
import { spelledAcronyms } from './spelled-acronyms.js';
import { mergeOrgVariants } from './org-variants.js';
import { speakerBodies } from './speaker-bodies.js';
import { bareHomeBodies, homeBodies } from './home-bodies.js';
import { headOffices } from './head-offices.js';
import { positionalPersons, repeatedFullNames } from './name-positions.js';
import { positionalPlaces } from './places.js';
import { dropDemonymPersons } from './thing-names.js';
import { prefixedPlaces } from './prefixed-places.js';
import { describedBodies } from './described-bodies.js';
import { residences } from './residences.js';
import { titledOffices } from './titled-offices.js';
import { postedEnvoys } from './postings.js';
import { resolveRoles } from './roles.js';
import { dropTitleAcronyms } from './title-acronyms.js';
import { dropUnexplainedAcronyms } from './unexplained-acronyms.js';
import type { EntityIndex } from './types.js';

export type { Entity, EntityIndex, EntityType, Mention } from './types.js';

/** The entities of an article; `seen.chunks` receives the capitalised chunks read (for extract/learn/). */
export function extractEntities(
  text: string,
  work: string,
  toks: Token[],
  sents: Sentence[],
  seen?: { chunks?: Token[][] },
): EntityIndex {
  const b = new Builder(text, work);
  const { pendingSingles, personTitle, leftovers, chunks } = classifyChunks(b, toks, sents);
  positionalPersons(b, leftovers);
  dropDemonymPersons(b);
  repeatedFullNames(b);
  const surnames = mergePersons(b, personTitle);
  resolveSingles(b, pendingSingles, surnames);
  extraPatterns(b, work);
  groupNames(b, work);
  describedBodies(b, work);
  orgTails(b);
  subBodies(b);
  stateTitledBodies(b);
  placedMissions(b);
  spelledAcronyms(b);
  speakerBodies(b, work);
  homeBodies(b, work, sents);
  headOffices(b, work, sents);
  parallelListPersons(b);
  bracketListPersons(b);
  lineListPersons(b);
  positionalPlaces(b);
  prefixedPlaces(b);
  residences(b);
  leaderGovernments(b);
  titledOffices(b, work);
  dropFurnitureAcronyms(b);
  dropCreditPersons(b);
  mergeOrgs(b);
  mergeOrgVariants(b);
  missionPlaces(b);
  dropBoundPlaces(b);
  mergeNameVariants(b);
  mergeAcronyms(b);
  organOwners(b);
  bareHomeBodies(b, work, sents);
  acronymTitles(b);
  dropTitleAcronyms(b);
  dropUnresolvedRunAcronyms(b);
  dropUnexplainedAcronyms(b);
  dropNestedNames(b);
  papalNames(b);
  const idx = finish(b);
  resolveRoles(b, text, work, idx);
  postedEnvoys(b, work, sents, idx);
  // (The learned step reads the same chunks, less those a rule bound into another name.)
  if (seen)
    seen.chunks = chunks.filter(
      (c) => !b.unnamed.some((u) => u.start < c[c.length - 1]!.end && c[0]!.start < u.end),
    );
  return finish(b);
}
