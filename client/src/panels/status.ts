// The status banner: shown while the server or Neo4j is unreachable (health is polled; while the managed
// Neo4j is being restarted, it says why), hidden again when it answers, so the app recovers without a
// reload. And the toast, for short notices.
import { api, ApiError, onReachability } from '../api/client';
import { byId } from './dom';

export function setupStatusBanner(onRecovered: () => void): void {
  const banner = byId('status-banner');
  let down = false;
  const set = (ok: boolean, message?: string) => {
    if (!ok) {
      banner.textContent = message ?? 'The database is unreachable. Dossier keeps trying…';
      banner.hidden = false;
    } else if (down) {
      banner.hidden = true;
      onRecovered();
    } else banner.hidden = true;
    down = !ok;
  };
  onReachability((ok) => {
    if (!ok && !down) void poll();
    else if (ok && down) set(true);
  });
  const poll = async () => {
    try {
      await api.health();
      set(true);
    } catch (e) {
      const code = e instanceof ApiError ? e.code : null;
      set(
        false,
        code === 'NETWORK'
          ? 'The Dossier server is unreachable. Retrying…'
          : code === 'NEO4J_RESTARTING'
            ? (e as ApiError).message // why the managed Neo4j is being restarted, in words
            : 'The database (Neo4j) is unreachable. Retrying…',
      );
    }
  };
  setInterval(() => void poll(), 3000);
  void poll();
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
/** A short notice at the bottom of the page ("Loaded: …"), gone after a few seconds. */
export function showToast(message: string, ms = 6000): void {
  const toast = byId('toast');
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (toast.hidden = true), ms);
}
