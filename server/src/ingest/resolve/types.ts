// The shapes entity resolution shares with the repositories that read its candidates and keep its notes.
import type { ExistingEntity, ResolutionNote, ResolutionRule } from '@dossier/model';

export type { ExistingEntity, ResolutionNote };

/** How an article's extracted entity resolved the last time the article was loaded. */
export interface PreviousResolution {
  /** The node id it became. */
  to: string;
  rule: ResolutionRule;
}
