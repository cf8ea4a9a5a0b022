// @ts-check
// The benchmark's baseline: plain Astro rendering the same three views of the same content as
// Waypoint, with the same components, layouts and Markdown settings — but no privacy integration,
// so no search index, no encryption and no audit. `npm run bench` builds it beside Waypoint.
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { remarkStaffByDefault } from '../../src/lib/remark-staff-by-default.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { processor: unified({ remarkPlugins: [remarkStaffByDefault] }) },
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { sourcemap: false, assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
