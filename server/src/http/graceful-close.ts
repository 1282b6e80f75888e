// Closing the HTTP server without cutting answers short: it stops accepting connections, closes idle
// keep-alive ones at once and each busy one as soon as its answer is sent, and waits for the requests in
// flight up to a bound; past it, whatever is still open is closed.
import type { Server } from 'node:http';

export async function closeGracefully(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A keep-alive connection becomes idle when its answer is sent: close it then.
  const closeWhenIdle = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
  });
  try {
    await Promise.race([closed, bound]);
    await closed;
  } finally {
    clearInterval(closeWhenIdle);
    clearTimeout(timer);
  }
}
