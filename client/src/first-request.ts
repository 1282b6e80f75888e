// The first view's data, asked for before any other code of the page runs: boot.ts imports this module
// first, and ES modules run in import order, so the request leaves while sigma, graphology and the
// panels (a quarter of a second to evaluate on a slow machine) are still being set up.
import { api } from './api/client';
import { readUrlState } from './state/url-state';

/** The view the address asks for. */
export const initial = readUrlState();
/** The overview of its period, on its way; awaited by the explorer, which handles a failure. */
export const overview = api.overview({ from: initial.from ?? undefined, to: initial.to ?? undefined });
overview.catch(() => undefined);
