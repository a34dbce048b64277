// Starts the HTTP server. URLs up to 256 KiB (10,000 percent-encoded CJK characters are 90 KB) reach the app, so an over-long query string gets our
// own 400 that names the parameter instead of Node's bare 431.
import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

export const MAX_HEADER_BYTES = 256 * 1024;

export function listen(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
