/**
 * Every setting Waypoint takes from the environment, read in this one place. Each function takes
 * the environment as an argument (the process's by default) so tests can pass their own.
 */
import path from 'node:path';

export type Env = Record<string, string | undefined>;

/** Where the school's content lives: content/, or the folder named by WAYPOINT_CONTENT. */
export const DEFAULT_CONTENT_FOLDER = 'content';
export const contentFolder = (env: Env = process.env) => path.resolve(env['WAYPOINT_CONTENT'] || DEFAULT_CONTENT_FOLDER);

/** Where the keyring lives: .waypoint/, or the folder named by WAYPOINT_PRIVATE. */
export const keyringFolder = (env: Env = process.env) => path.resolve(env['WAYPOINT_PRIVATE'] || '.waypoint');

/** Where plaintext working files (the poster cache) live: .cache/, or WAYPOINT_CACHE. */
export const cacheFolder = (env: Env = process.env) => path.resolve(env['WAYPOINT_CACHE'] || '.cache');

/** The published site's address when WAYPOINT_SITE gives it (it wins over school.yaml's `site`). */
export const siteOverride = (env: Env = process.env) => env['WAYPOINT_SITE'] || undefined;

/** The site address when neither WAYPOINT_SITE nor school.yaml's site: gives one: npm start on this computer. */
export const LOCAL_SITE = 'http://localhost:4321';

/** Today as year-month-day. WAYPOINT_TODAY fixes it, so tests and screenshots do not drift. */
export const todayOverride = (env: Env = process.env) => env['WAYPOINT_TODAY'] || undefined;

/** `npm run dev`: a plaintext preview on this computer, with readable page ids and no keyring. */
export const isPreview = (env: Env = process.env) => env['WAYPOINT_PREVIEW'] === '1';

/** The file `npm run bench` collects build timings in (WAYPOINT_TIMINGS), if any. */
export const timingsFile = (env: Env = process.env) => env['WAYPOINT_TIMINGS'] || undefined;

/** A backup passphrase given in the environment (WAYPOINT_BACKUP_PASSPHRASE), for scripts and CI. */
export const backupPassphrase = (env: Env = process.env) => env['WAYPOINT_BACKUP_PASSPHRASE'] ?? '';

/** The port `npm start` serves on (PORT, else 4321). */
export const servePort = (env: Env = process.env) => Number(env['PORT'] ?? 4321);

/**
 * The editor's server mode: `npm run edit` switches it on (WAYPOINT_EDITOR=1) for the editor it
 * starts. A build refuses to run while it is on, so nothing of the editor can reach a published site.
 */
export const isEditorMode = (env: Env = process.env) => env['WAYPOINT_EDITOR'] === '1';

/** The port `npm run edit` serves the editor on (WAYPOINT_EDITOR_PORT, else 4322). */
export const editorPort = (env: Env = process.env) => Number(env['WAYPOINT_EDITOR_PORT'] || 4322);

/**
 * Whether `npm run edit` opens the editor in the browser: on a computer with a desktop, unless CI
 * is set or WAYPOINT_EDITOR_OPEN=0.
 */
export const editorOpensBrowser = (env: Env = process.env, platform: string = process.platform) =>
  env['WAYPOINT_EDITOR_OPEN'] !== '0' && !env['CI'] && (platform !== 'linux' || Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']));

/** The Chromium the browser tests and the benchmark use, when WAYPOINT_CHROMIUM (or CHROMIUM_PATH) names one. */
export const chromiumOverride = (env: Env = process.env) => env['WAYPOINT_CHROMIUM'] || env['CHROMIUM_PATH'] || undefined;
