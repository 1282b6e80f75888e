// Typed relations that need no event, one file per kind of reading: verbs between a subject and an
// object (verbs.ts), a label given to another's act ("what it called “…” remarks by X": called-acts.ts), a
// labelling its maker owns ("X's designation of Y as a “…”": owned-labels.ts), fixed phrasings within a
// sentence (sentences.ts), titles before names and envoy phrases (titles.ts), appositions and relative
// clauses saying what a name is (appositions.ts), states called members of a body (state-members.ts), a
// person "of" a body or "who heads" it (member-phrases.ts), who carried someone's words (sources.ts), heads of
// mission from the role a name is given (envoys.ts), a critical quotation's speaker and the party it judges
// (quote-stance.ts), and the same read from reported speech with no quotation marks (reported-stance.ts),
// criticism named by a noun ("In a rebuke of X, Y said", "X drew criticism from Y": stance-phrases.ts),
// support named by a noun ("X's support for Y": support-nouns.ts), an official protest over an act ("a note
// of protest over the statements of X": protest-nouns.ts), an act named only by "the move" (the doer of the
// event reported just before: act-anaphora.ts, and in a critical quotation: quote-act-anaphora.ts), a demand
// that a party stop or undo its act ("urged Russia to stop …": urged-to-stop.ts), and ACCUSED of an object
// ("expelled 15 Russian diplomats accused of spying": accused-objects.ts) or of a pronoun for what the clause
// acted on ("cut ties with Kenya, accusing her of …": accused-pronouns.ts). Events make their own relations
// (events/).
import type { Ctx } from '../context.js';
import type { EvOut, RelOut } from '../events/index.js';
import { accusationNounRelations } from './accusation-nouns.js';
import { accusedObjectRelations } from './accused-objects.js';
import { accusedPronounRelations } from './accused-pronouns.js';
import { actAnaphoraRelations } from './act-anaphora.js';
import { appositionRelations } from './appositions.js';
import { calledActRelations } from './called-acts.js';
import { envoyRoleRelations } from './envoys.js';
import { envoyPluralLists } from './envoy-plural-lists.js';
import { memberPhraseRelations } from './member-phrases.js';
import { titleOfBodyRelations } from './title-of-body.js';
import { ownedLabelRelations } from './owned-labels.js';
import { protestNounRelations } from './protest-nouns.js';
import { sentenceRelations } from './sentences.js';
import { sourceRelations } from './sources.js';
import { stancePhraseRelations } from './stance-phrases.js';
import { stateMemberRelations } from './state-members.js';
import { supportNounRelations } from './support-nouns.js';
import { quoteStanceRelations } from './quote-stance.js';
import { quoteActAnaphora } from './quote-act-anaphora.js';
import { reportedStanceRelations } from './reported-stance.js';
import { titleRelations } from './titles.js';
import { urgedToStopRelations } from './urged-to-stop.js';
import { verbRelations } from './verbs.js';

export function findRelations(c: Ctx, events: EvOut[] = []): RelOut[] {
  const found = [
    ...verbRelations(c),
    ...calledActRelations(c),
    ...ownedLabelRelations(c),
    ...sentenceRelations(c),
    ...titleRelations(c),
    ...appositionRelations(c),
    ...stateMemberRelations(c),
    ...memberPhraseRelations(c),
    ...titleOfBodyRelations(c),
    ...sourceRelations(c),
    ...envoyRoleRelations(c),
    ...envoyPluralLists(c),
    ...stancePhraseRelations(c),
    ...supportNounRelations(c),
    ...protestNounRelations(c),
    ...actAnaphoraRelations(c, events),
    ...accusedObjectRelations(c),
    ...accusationNounRelations(c),
  ];
  // Critical quotations last: the speaker's side is what the rules above tie the speaker to.
  return [
    ...found,
    ...accusedPronounRelations(c, found),
    ...quoteStanceRelations(c, found),
    ...reportedStanceRelations(c, found),
    ...urgedToStopRelations(c, found),
    ...quoteActAnaphora(c, events, found),
  ];
}
