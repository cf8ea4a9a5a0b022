// @ts-check
/**
 * The editor's own Astro configuration, used only by `npm run edit` (astro dev). It is a separate
 * little site in src/editor/ — Keystatic's pages and the checks panel — and never shares a build
 * with the school's site: building with it is refused (src/editor/editor-only.ts).
 */
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { editorOnly } from './src/editor/editor-only.ts';
import { editorOpensBrowser, editorPort } from './src/lib/config.ts';

export default defineConfig({
  srcDir: './src/editor',
  publicDir: './src/editor/public',
  outDir: './node_modules/.cache/waypoint-editor-is-never-built',
  cacheDir: './node_modules/.cache/waypoint-editor-astro',
  integrations: [react(), editorOnly()],
  server: { host: '127.0.0.1', port: editorPort(), open: editorOpensBrowser() ? '/keystatic' : false },
  devToolbar: { enabled: false },
  vite: {
    // Its own dependency cache, so the editor and npm run dev never rebuild each other's.
    cacheDir: './node_modules/.vite-editor',
    // The port asked for, or a clear error: never a different address than the one printed.
    server: { strictPort: true },
    optimizeDeps: { entries: ['src/editor/**/*.{astro,tsx}'] },
  },
});
