// The shapes entity resolution shares with the repositories that read its candidates and keep its notes
// (in the model, so that repositories need not import ingest/).
export type { ExistingEntity, PreviousResolution, ResolutionNote } from '@dossier/model';
