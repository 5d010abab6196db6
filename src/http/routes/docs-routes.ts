import type { OpenAPIHono } from '@hono/zod-openapi';

const DOC = {
  openapi: '3.1.0' as const,
  // Everything needs a console session or an API token unless a route says `security: []` (health, the notice).
  security: [{ sessionCookie: [] }, { adminToken: [] }],
  info: {
    title: 'Mamori API',
    version: '1',
    description:
      'The ledger, notice, decisions, evidence and requests behind a privacy policy. Errors: { code, message, issues? }.',
  },
};

/** OpenAPI 3.1 document generated from the routes' zod schemas, and a self-contained page to browse it. */
export function registerDocsRoutes(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'mamori_session',
    description: 'Console session (POST /api/v1/auth/login); POST/PUT/PATCH/DELETE also send x-csrf-token',
  });
  // The scheme keeps its first name (routes refer to it); it is now an application's API token.
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'API token of an application (POST /api/v1/tokens): Authorization: Bearer mmr_...',
  });
  app.doc31('/api/openapi.json', DOC);
  app.get('/api/docs', (c) => c.html(DOCS_PAGE));
}

// No CDN: the machine may be offline, so the page renders the document with a few lines of plain script.
const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mamori API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
h2{margin-top:2rem;border-bottom:1px solid #ccc}code{background:#f3f3f3;padding:.1rem .3rem;border-radius:3px}
.m{display:inline-block;min-width:4.5rem;font-weight:700}.get{color:#0a5}.post{color:#05a}.put,.patch{color:#a50}.delete{color:#a00}
details{margin:.4rem 0}pre{background:#f7f7f7;padding:.6rem;overflow:auto}</style></head>
<body><h1>Mamori API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<main id="ops">Loading…</main>
<script>
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const byTag={};
  for(const [path,ops] of Object.entries(doc.paths||{}))for(const [method,op] of Object.entries(ops)){
    const tag=(op.tags&&op.tags[0])||'other';(byTag[tag]=byTag[tag]||[]).push({path,method,op});}
  const main=document.getElementById('ops');main.textContent='';
  for(const [tag,list] of Object.entries(byTag)){
    const h=document.createElement('h2');h.textContent=tag;main.append(h);
    for(const {path,method,op} of list){
      const d=document.createElement('details');const s=document.createElement('summary');
      const m=document.createElement('span');m.className='m '+method;m.textContent=method.toUpperCase();
      const c=document.createElement('code');c.textContent=path;s.append(m,c,' ',op.summary||'');
      const pre=document.createElement('pre');pre.textContent=JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2);
      d.append(s,pre);main.append(d);}}
});
</script></body></html>`;
