// The Host-header allowlist for requests that arrive over loopback: the defence against DNS
// rebinding, where a web page's own host name is re-pointed at 127.0.0.1 to read a local service.
import type { RequestHandler } from 'express';
import { HttpError } from '../errors.ts';

/** The names a browser on this machine uses for a loopback server; the port is the one it listens on. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
const withPort = (host: string, port: number) => (/:\d+$/.test(host) ? host : `${host}:${port}`);

/**
 * Checked per connection, by the address the request arrived on, rather than by the HOST setting:
 * a server bound to 0.0.0.0 is reachable over loopback too, and rebinding works the same there.
 * Requests from other interfaces (a container's network, a LAN) are not checked: a rebound name
 * cannot reach them. `allowedHosts` (ALLOWED_HOSTS) adds names, e.g. a reverse proxy's; an entry
 * without a port matches on the port the server listens on.
 */
export function hostAllowlist(allowedHosts: readonly string[] = []): RequestHandler {
  // the allowed names per listening port, built once (a server listens on one or two)
  const byPort = new Map<number, string[]>();
  return (req, _res, next) => {
    if (!isLoopback(req.socket.localAddress)) return next();
    const port = req.socket.localPort ?? 80;
    let allowed = byPort.get(port);
    if (!allowed) byPort.set(port, (allowed = [...LOOPBACK_NAMES, ...allowedHosts].map((h) => withPort(h.toLowerCase(), port))));
    const host = req.headers.host?.toLowerCase();
    // a Host without a port means the scheme's default one
    if (host && allowed.includes(withPort(host, 80))) return next();
    next(
      new HttpError(
        421,
        'host_not_allowed',
        `this server answers only to ${allowed.join(', ')} (the request's Host is ${host ? JSON.stringify(host) : 'missing'}); to reach it under another name, add that name to ALLOWED_HOSTS`,
        { allowed, host },
      ),
    );
  };
}
