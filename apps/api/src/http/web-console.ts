import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/core';

/** Where `npm run web:build` puts the console (apps/web): index.html and hashed assets. */
export function webConsoleDir(): string {
  return join(projectRoot(), 'dist', 'web');
}

/**
 * The console's own page paths (its routes in apps/web/src/app.tsx): a reload on any of them gets
 * index.html. Everything else is left to the API's routes (/graphql, /graphiql, /health,
 * /brochures, /imports, /exchange …), so a new API route can never be shadowed by the console,
 * and a console section must not take an API route's name.
 */
export const CONSOLE_SECTIONS = [
  'sign-in',
  'inbox',
  'firm',
  'tenders',
  'bids',
  'supplier-audits',
  'activities',
  'capacity',
  'notifications',
  'settings',
  'pipeline',
  'decisions',
  'orders',
  'royalties',
  'materials',
  'members',
  'admin',
];

/**
 * The page's rules: scripts and data only from this origin (no CDN, no inline script); Mantine
 * sets CSS variables inline, so inline styles are allowed. The API's own routes keep their headers.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

function pageHeaders(res: Response): void {
  res.setHeader('content-security-policy', CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
}

/**
 * Serves the web console at / from the same origin as /graphql (no CORS): hashed assets with a
 * year's cache (gzip-compressed copies made at build time when the browser accepts them), and
 * index.html for the console's page paths, so a reload on /bids/12 opens that screen.
 */
export function webConsole(dir = webConsoleDir()): RequestHandler {
  const files = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader('x-content-type-options', 'nosniff');
      if (path.includes(`${join(dir, 'assets')}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const section = req.path.split('/')[1] ?? '';
    const isAsset = section === 'assets';
    if (!isAsset && req.path !== '/' && !CONSOLE_SECTIONS.includes(section)) return next();
    const gz = /^\/assets\/[\w.-]+\.(js|css)$/.exec(req.path);
    if (gz && req.acceptsEncodings('gzip') && existsSync(join(dir, `${req.path}.gz`))) {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'accept-encoding');
      res.type(gz[1] === 'js' ? 'text/javascript' : 'text/css');
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      res.setHeader('x-content-type-options', 'nosniff');
      return res.sendFile(join(dir, `${req.path}.gz`));
    }
    files(req, res, () => {
      if (isAsset || !req.accepts('html')) return next();
      const index = join(dir, 'index.html');
      if (!existsSync(index)) {
        res.status(503).type('text/plain').send('The web console is not built yet: `npm start` builds it (npm run web:build).\n');
        return;
      }
      pageHeaders(res);
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  };
}
