// Closing the HTTP server: a request in flight still gets its answer, a new connection is refused, idle
// keep-alive connections do not hold the close up, and a request that outlives the bound is cut there.
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeGracefully } from '../../server/src/http/graceful-close.js';

let server: Server | undefined;

/** A server whose every request waits `answerAfterMs` (never answers when null); `entered` resolves on the first. */
async function slowServer(answerAfterMs: number | null) {
  let enter!: () => void;
  const entered = new Promise<void>((resolve) => (enter = resolve));
  server = http.createServer((req, res) => {
    enter();
    if (answerAfterMs !== null) setTimeout(() => res.end(`answered ${req.url}`), answerAfterMs);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, entered };
}

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

describe('closeGracefully', () => {
  it('when a request is in flight at the close, then it gets its answer and new connections are refused', async () => {
    const { url, entered } = await slowServer(400);
    const answer = fetch(`${url}/slow`).then(async (r) => [r.status, await r.text()]);
    await entered;
    const started = Date.now();
    await closeGracefully(server!, 10_000);
    expect(await answer).toEqual([200, 'answered /slow']);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(fetch(`${url}/late`)).rejects.toThrow();
  });

  it('when a keep-alive connection is idle, then the close does not wait for it', async () => {
    const { url } = await slowServer(0);
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) =>
      http.get(`${url}/quick`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject),
    );
    const started = Date.now();
    await closeGracefully(server!, 10_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    agent.destroy();
  });

  it('when a request outlives the bound, then its connection is closed at the bound', async () => {
    const { url, entered } = await slowServer(null);
    const answer = fetch(`${url}/never`).then(
      () => 'answered',
      () => 'cut',
    );
    await entered;
    const started = Date.now();
    await closeGracefully(server!, 300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await answer).toBe('cut');
  });
});
