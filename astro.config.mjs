// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { devPreview } from './src/integrations/dev-preview.ts';
import { privacy } from './src/integrations/privacy.ts';
import { rehypeContentIsData, remarkContentIsData } from './src/lib/content/body/compile-guard.ts';
import { remarkStaffByDefault } from './src/lib/content/body/remark-staff-by-default.ts';

// Waypoint builds a static site: every page is rendered at build time from the content folder.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // privacy() runs last: it encrypts what the others have written, then audits it. devPreview()
  // acts only in `astro dev`: it keeps the content and the keyring from being served.
  integrations: [mdx(), devPreview(), privacy()],
  markdown: {
    processor: unified({
      // Content is data: a body that would run code, load a file or send the reader elsewhere stops
      // the build here too, not only in npm run check; pictures go inside the page (compile-guard.ts).
      // Text outside <ForStaff>/<ForFamily>/<ForPupil> is staff only.
      remarkPlugins: [remarkContentIsData, remarkStaffByDefault],
      rehypePlugins: [rehypeContentIsData],
    }),
    // Highlighted code carries inline styles, which the Content-Security-Policy blocks.
    syntaxHighlight: false,
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never publish source maps: they would carry the plans' text.
  // No inline scripts, styles or fonts: the Content-Security-Policy allows files from this site only.
  vite: { build: { sourcemap: false, assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
