// Starts the HTTP server. URLs up to 256 KiB (10,000 percent-encoded CJK characters are 90 KB) reach the app, so an over-long query string gets our
// own 400 that names the parameter instead of Node's bare 431. A client that sends its request slowly,
// or announces a body and never sends it, is cut off within seconds, not Node's default five minutes.
import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import { answerClientError } from './http/client-error.ts';

export const MAX_HEADER_BYTES = 256 * 1024;
/** Time to send the request line and headers: a browser sends them at once, a slow-loris drip never ends. */
export const HEADERS_TIMEOUT_MS = 5_000;
/** Time to send the whole request, body included: the largest body the API takes (1 MB) needs far less on any real link. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How often Node looks for requests past those limits; its default (30 s) would let one live 40 s. */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

export function listen(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
      // Node would answer a missing Host with an empty 400; the Host allowlist answers it in JSON
      requireHostHeader: false,
    },
    app,
  );
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
