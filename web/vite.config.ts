import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two single-page apps from one build: the admin console and the public privacy center. Both are served by the
// API server on the same origin (src/http/routes/web-routes.ts); nothing is fetched from a CDN at run time.
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        console: here('console/index.html'),
        'privacy-center': here('privacy-center/index.html'),
      },
    },
  },
});
