/**
 * An Astro integration for the editor's configuration only: the editor runs on this computer and is
 * never built. `astro build` with the editor's configuration stops here, and the editor's pages
 * never load anything from another site (Keystatic's own stylesheet link to Google Fonts is
 * replaced by the Inter files the page loads from node_modules).
 */
import type { AstroIntegration } from 'astro';

export const EDITOR_NEVER_BUILT =
  'The editor runs only on this computer (npm run edit) and is never built or published. To build the site, run npm run build.';

/** Keystatic's app links a stylesheet on fonts.googleapis.com: point it at an empty one instead. */
const GOOGLE_FONTS = /https:\/\/fonts\.googleapis\.com\/css2\?[^"'`]*/g;
const noWebFonts = {
  name: 'waypoint-editor-no-web-fonts',
  transform(code: string) {
    return GOOGLE_FONTS.test(code) ? { code: code.replace(GOOGLE_FONTS, 'data:text/css,'), map: null } : null;
  },
};

/** Only this computer's server may be reached: a second guard, should a library add a web address. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self' data: blob: 'unsafe-inline' 'unsafe-eval'",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function editorOnly(): AstroIntegration {
  return {
    name: 'waypoint-editor-only',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build' || command === 'preview') throw new Error(EDITOR_NEVER_BUILT);
        updateConfig({
          server: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Referrer-Policy': 'no-referrer' } },
          vite: {
            plugins: [noWebFonts],
            optimizeDeps: { rolldownOptions: { plugins: [noWebFonts] } },
          },
        });
      },
    },
  };
}
