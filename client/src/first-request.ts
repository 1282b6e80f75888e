// The first view's data: the page's head asked for it already (client/public/early-overview.js, a
// classic script that runs before this bundle is loaded and compiled); this takes that answer when the
// address is the one the view needs, else asks now. boot.ts imports this module first, so even a new
// request leaves before sigma, graphology and the panels are set up.
import { api, type EarlyRequest } from './api/client';
import { readUrlState } from './state/url-state';

declare global {
  interface Window {
    __dossierEarlyOverview?: EarlyRequest;
  }
}

/** The view the address asks for. */
export const initial = readUrlState();
/** The overview of its period, on its way; awaited by the explorer, which handles a failure. */
export const overview = api.overview(
  { from: initial.from ?? undefined, to: initial.to ?? undefined },
  window.__dossierEarlyOverview,
);
overview.catch(() => undefined);
