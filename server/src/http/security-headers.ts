// The response headers that tell a browser what the app may do: the Content-Security-Policy the
// built client runs under, nosniff, framing refused (helmet).
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Every directive spelled out (helmet's defaults off) so the policy reads in one place. What the client
 * needs, and why each source is there:
 * - scripts and the layout Web Worker are files of our own origin ('self'); no inline script, no eval;
 * - styles: 'unsafe-inline' because CodeMirror injects <style> elements and the legend, search and
 *   details set colour swatches through style attributes; styles cannot run code, scripts stay strict;
 * - images: data: and blob: for the PNG/SVG the canvas draws for an export, and icons in CSS;
 * - connect: the API on the same origin only.
 * No upgrade-insecure-requests: the server speaks plain HTTP on loopback and in the container.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // for browsers that predate frame-ancestors
    xFrameOptions: { action: 'deny' },
    // HSTS only means something over HTTPS, which a proxy in front of us would own, not this server
    strictTransportSecurity: false,
  }) as RequestHandler;
}
