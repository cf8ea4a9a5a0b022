// @ts-check
// The benchmark's baseline: plain Astro rendering the same three views of the same content as
// Waypoint, with the same components, layouts and Markdown settings — but no privacy integration,
// so no search index, no encryption and no audit — and no posters (see the alias below). `npm run bench` builds it beside Waypoint.
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { remarkStaffByDefault } from '../../src/lib/content/body/remark-staff-by-default.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { processor: unified({ remarkPlugins: [remarkStaffByDefault] }) },
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { sourcemap: false, assetsInlineLimit: 0 },
    // No posters: the pupil view's poster component is swapped for one that renders nothing.
    resolve: {
      // PupilPlanView imports it as './PlanPoster.astro': match the file name, however it is imported.
      alias: [{ find: /^(?:.*\/)?PlanPoster\.astro$/, replacement: fileURLToPath(new URL('./src/NoPoster.astro', import.meta.url)) }],
    },
  },
  devToolbar: { enabled: false },
});
