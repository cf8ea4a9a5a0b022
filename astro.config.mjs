// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { remarkStaffByDefault } from './src/lib/remark-staff-by-default.ts';

// Waypoint builds a static site: every page is rendered at build time from the content folder.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Text in a plan's body outside <ForStaff>/<ForFamily>/<ForPupil> is staff only.
  markdown: { processor: unified({ remarkPlugins: [remarkStaffByDefault] }) },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never publish source maps: they would carry the plans' text.
  vite: { build: { sourcemap: false } },
  devToolbar: { enabled: false },
});
