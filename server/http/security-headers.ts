/**
 * Security headers (helmet). Everything gets nosniff, a strict Referrer-Policy and no
 * framing; the inbox and the API also get a Content-Security-Policy that allows no inline
 * or foreign script. The widget's files are left embeddable: website owners load them
 * with a <script> tag from their own origin, so no Cross-Origin-Resource-Policy is set,
 * and the demo page keeps its inline embed snippet (it is what owners paste).
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): { everywhere: RequestHandler; inbox: RequestHandler; api: RequestHandler } {
  return {
    everywhere: helmet({
      contentSecurityPolicy: false,
      // Would stop other sites' pages from loading /widget.js and its chunks.
      crossOriginResourcePolicy: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      // Only the Parley host itself: operators may run other subdomains over plain http.
      strictTransportSecurity: { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false },
    }),
    inbox: helmet.contentSecurityPolicy({
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Preact sets style properties through the CSSOM; inline style attributes are harmless without script.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Attachments are shown from object URLs; the favicon is a data: URL.
        imgSrc: ["'self'", 'blob:', 'data:'],
        mediaSrc: ["'self'", 'blob:', 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
    api: helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }),
  };
}
