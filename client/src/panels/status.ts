// The status banner: shown while the server or Neo4j is unreachable (health is polled), hidden again
// when it answers, so the app recovers without a reload.
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
      const unreachable = e instanceof ApiError && e.code === 'NETWORK';
      set(
        false,
        unreachable
          ? 'The Dossier server is unreachable. Retrying…'
          : 'The database (Neo4j) is unreachable. Retrying…',
      );
    }
  };
  setInterval(() => void poll(), 3000);
  void poll();
}
