import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

/** Where `npm run build:web` (run by `npm ci` and `npm start`) puts the console and the privacy center. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

// The two apps load only their own script and style from this origin: no inline script, no CDN, no framing.
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * The admin console (/console/...) and the public privacy center (/privacy-center/...): single-page apps, so every
 * path under them answers with the app's page and the app routes in the browser; their hashed assets are cached
 * for good. `/` leads to the console.
 */
export function registerWebRoutes(app: OpenAPIHono, dist: string = WEB_DIST): void {
  const page = (name: string) => (c: Context) => {
    const file = `${dist}/${name}/index.html`;
    if (!existsSync(file)) {
      return c.json({ code: 'UI_NOT_BUILT', message: 'the console is not built: run `npm run build:web`' }, 503);
    }
    c.header('content-security-policy', PAGE_POLICY);
    c.header('cache-control', 'no-cache');
    return c.html(readFileSync(file, 'utf8'));
  };
  app.get('/', (c) => c.redirect('/console/'));
  app.get('/console', (c) => c.redirect('/console/'));
  app.get('/console/*', page('console'));
  app.get('/privacy-center', (c) => c.redirect('/privacy-center/'));
  app.get('/privacy-center/*', page('privacy-center'));
  app.get(
    '/assets/*',
    serveStatic({
      root: dist,
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
      onNotFound: () => undefined,
    }),
  );
}
