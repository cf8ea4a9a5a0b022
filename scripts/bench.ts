/**
 * npm run bench -- --pupils 1500 [--seed 1] [--runs 3] [--work /tmp/waypoint-bench] [--no-browser]
 *
 * Generates a fictional school, then builds it with Waypoint and, in the same run, with a plain Astro
 * baseline (bench/baseline: the same three views, layouts and content; no search, encryption, posters
 * or audit), each in its own process: one first Waypoint build with an empty poster cache, then
 * --runs builds of each, alternating. Reports medians, the ratio, each stage's
 * time, peak memory, the output's size, what each view transfers, and timings in real Chromium; marks
 * each budget of DESIGN §6 as met or not. Writes bench/results/<date>-N<pupils>.json and .md.
 *
 * The builds run in a copy of the project under the work folder, so they never share Astro's
 * .astro/ folders (the project's and node_modules/.astro/) with another build on this machine. Timings are measured, never asserted.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { addStaffKeys, emptyKeyring, writeKeyring } from '../src/lib/keys/keyring.ts';
import { generateSchool } from './lib/generate-school.ts';
import { testChromium } from '../tests/support/browser.ts';
import { measureBrowser, measureViewBytes, type BrowserFigures, type ViewBytes } from './lib/bench-browser.ts';
import { changeOnePlan, fileDigests, outputChange } from './lib/bench-rebuild.ts';

const options = new Command('bench')
  .description('Build a generated school with Waypoint and with plain Astro, and compare them.')
  .option('--pupils <n>', 'how many pupils', (value) => Number.parseInt(value, 10), 300)
  .option('--seed <n>', 'the seed for the generated school', (value) => Number.parseInt(value, 10), 1)
  .option('--runs <n>', 'builds of each kind (at least 3 for the report)', (value) => Number.parseInt(value, 10), 3)
  .option('--work <folder>', 'where the copies, builds and keyring go', path.join(os.tmpdir(), 'waypoint-bench'))
  .option('--no-browser', 'skip the Chromium measurements')
  .option('--keep-posters', 'keep the poster cache from an earlier run in the same work folder (skips the slow first build)')
  .parse()
  .opts<{ pupils: number; seed: number; runs: number; work: string; browser: boolean; keepPosters?: boolean }>();

const PROJECT = process.cwd();
const TODAY = '2026-11-22';
const PASSPHRASE = 'benchmark only sign in here';
const work = path.resolve(options.work);
const root = path.join(work, 'root');
const contentDir = path.join(work, `content-${options.pupils}`);
const keysDir = path.join(work, `keys-${options.pupils}`);
const waypointOut = path.join(work, 'out-waypoint');
const baselineRoot = path.join(root, 'bench', 'baseline');
const baselineOut = path.join(work, 'out-baseline');
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

// The machine may be shared: the load average before and after says how busy it was.
const loadAtStart = os.loadavg();

// 1. The school.
mkdirSync(work, { recursive: true });
rmSync(contentDir, { recursive: true, force: true });
for (const [file, text] of generateSchool({ pupils: options.pupils, seed: options.seed, sample: path.join(PROJECT, 'content') })) {
  mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
  writeFileSync(path.join(contentDir, file), text);
}
log(`Generated ${options.pupils} pupils (seed ${options.seed}) in ${contentDir}.`);

// 2. A private copy of the project (node_modules shared by a link), so .astro/ is ours alone.
for (const name of ['src', 'scripts', 'bench', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  rmSync(path.join(root, name), { recursive: true, force: true });
  cpSync(path.join(PROJECT, name), path.join(root, name), {
    recursive: true,
    filter: (source) => !/[\\/](results|\.astro|dist)$/.test(source),
  });
}
// node_modules: a folder of links to each package, not one link to the whole folder, because Astro
// keeps its content store in node_modules/.astro/ and that must be this copy's own too.
rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
mkdirSync(path.join(root, 'node_modules'));
for (const name of readdirSync(path.join(PROJECT, 'node_modules'))) {
  if (['.astro', '.vite', '.cache'].includes(name)) continue;
  symlinkSync(path.join(PROJECT, 'node_modules', name), path.join(root, 'node_modules', name));
}
rmSync(path.join(baselineRoot, 'node_modules'), { recursive: true, force: true });
rmSync(path.join(root, '.astro'), { recursive: true, force: true });
rmSync(path.join(baselineRoot, '.astro'), { recursive: true, force: true });
// Posters are cached by content hash between builds: start cold, so the first build shows the cost.
if (!options.keepPosters) rmSync(path.join(root, '.cache'), { recursive: true, force: true });
const firstBuild = options.keepPosters ? 'first build (poster cache kept from an earlier run)' : 'first build (empty poster cache)';

// 3. A fresh keyring whose SENCO has a known passphrase, for the browser measurements.
const { content } = await import('../src/lib/content/load-content.ts').then(({ loadContent }) => loadContent(contentDir));
if (!content) throw new Error('The generated school does not load: run npm run check on it.');
rmSync(keysDir, { recursive: true, force: true });
const keyring = emptyKeyring();
await addStaffKeys(keyring, content.school.senco, PASSPHRASE);
writeKeyring(keyring, keysDir);

// 4. The builds, alternating so that a busy machine slows both alike.
interface Run {
  ok: boolean;
  ms: number;
  maxRssMb: number;
  stages: Record<string, number>;
  searchIndexBytes?: number;
}
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  WAYPOINT_CONTENT: contentDir,
  WAYPOINT_PRIVATE: keysDir,
  WAYPOINT_TODAY: TODAY,
};
/** A Waypoint build draws every page, unless it is the rebuild after one plan changes. */
async function timedBuild(kind: 'waypoint' | 'baseline', index: number, mode: 'full' | 'rebuild' = 'full'): Promise<Run> {
  const timings = path.join(work, `timings-${kind}-${index}.jsonl`);
  rmSync(timings, { force: true });
  const out = kind === 'waypoint' ? waypointOut : baselineOut;
  rmSync(out, { recursive: true, force: true });
  const stdout = await run(process.execPath, [path.join(root, 'bench', 'run-build.ts'), kind, out, mode], {
    cwd: kind === 'waypoint' ? root : baselineRoot,
    env: { ...env, WAYPOINT_TIMINGS: timings },
  });
  const result = JSON.parse(stdout.out.trim().split('\n').at(-1) ?? '{}') as Omit<Run, 'stages'>;
  const stages: Record<string, number> = {};
  let searchIndexBytes: number | undefined;
  if (existsSync(timings)) {
    for (const line of readFileSync(timings, 'utf8').trim().split('\n')) {
      const record = JSON.parse(line) as { stage: string; ms: number; bytes?: number };
      stages[record.stage] = (stages[record.stage] ?? 0) + record.ms;
      if (record.stage === 'search index') searchIndexBytes = record.bytes;
    }
  }
  if (kind === 'waypoint' && stages['astro build'] !== undefined) {
    const privacy = ['search index', 'encryption', 'audit'].reduce((sum, stage) => sum + (stages[stage] ?? 0), 0);
    stages['render'] = stages['astro build'] - privacy;
  }
  log(`${kind} build ${index}: ${(result.ms / 1000).toFixed(1)} s, peak ${result.maxRssMb} MB${result.ok ? '' : ' — FAILED'}`);
  if (!result.ok) throw new Error(`The ${kind} build failed:\n${stdout.out}\n${stdout.err}`);
  return { ...result, stages, ...(searchIndexBytes !== undefined ? { searchIndexBytes } : {}) };
}

// First a Waypoint build with an empty poster cache (what a school's very first build costs), then
// the measured builds: Waypoint with its posters cached by content hash, as every later build is.
const posterFiles: number[] = [];
const posterCache = path.join(root, '.cache', 'posters');
const countPosters = () => posterFiles.push(existsSync(posterCache) ? readdirSync(posterCache).length : 0);
const coldRun = await timedBuild('waypoint', 0);
countPosters();
const waypointRuns: Run[] = [];
const baselineRuns: Run[] = [];
for (let index = 1; index <= options.runs; index++) {
  waypointRuns.push(await timedBuild('waypoint', index));
  countPosters();
  baselineRuns.push(await timedBuild('baseline', index));
}

// 4b. One plan changes: the rebuild's time, and how much of the output it changed.
const beforeChange = fileDigests(waypointOut);
const changedPupil = changeOnePlan(contentDir);
log(`Changed one sentence of ${changedPupil}'s plan; rebuilding…`);
const rebuildRun = await timedBuild('waypoint', options.runs + 1, 'rebuild');
const rebuildChange = outputChange(beforeChange, fileDigests(waypointOut));

// 5. What the builds wrote.
const waypointFiles = folderStats(waypointOut);
const baselineFiles = folderStats(baselineOut);
const searchFolder = path.join(waypointOut, 'pagefind');
const searchIndex = existsSync(searchFolder) ? folderStats(searchFolder) : { files: 0, bytes: 0 };

// 6. Chromium.
/** How many family links the bench opens to time opening (views' bytes are measured on seven). */
const OPENED_LINKS = 35;
/**
 * How many times it opens each of them, in one browser: one round's median moved by up to 8 ms from
 * run to run on the same build, and the first pages a newly started browser opens are the slowest.
 */
const OPENED_ROUNDS = 3;
const chromium = await testChromium();
/**
 * The Chromium in the npm package @sparticuz/chromium is a headless shell: it draws pages without
 * a display compositor and showed the same family view in about half the time Debian's full Chromium
 * took on the same machine (18 against 35 ms). A reader's browser is a full one.
 */
const headlessShell = chromium.from === 'npm';
let browser: BrowserFigures | undefined;
let views: { waypoint: ViewBytes; baseline: ViewBytes } | undefined;
if (options.browser) {
  log(`Measuring in Chromium (${chromium.path})…`);
  if (headlessShell)
    log(
      'This is the headless shell from @sparticuz/chromium: it shows pages about twice as fast as a full Chromium, so its opening times are lower than a reader would see. Set WAYPOINT_CHROMIUM to a full Chromium or Chrome for figures like a browser on a phone.',
    );
  const links = JSON.parse(readFileSync(path.join(keysDir, 'links.json'), 'utf8')) as {
    pupils: { id: string; staff: string; family: string; pupil: string }[];
  };
  const sample = spread(links.pupils, 7);
  // Opening times vary from link to link by tens of milliseconds: seven gave medians 40 ms apart.
  browser = await measureBrowser({
    dist: waypointOut,
    links: spread(links.pupils, OPENED_LINKS),
    passphrase: PASSPHRASE,
    rounds: OPENED_ROUNDS,
  });
  const waypointViews = await measureViewBytes({ dist: waypointOut, links: sample, passphrase: PASSPHRASE });
  const baselineViews = await measureViewBytes({
    dist: baselineOut,
    links: sample.map((pupil) => ({
      id: pupil.id,
      staff: `/v/staff-${pupil.id}/`,
      family: `/v/family-${pupil.id}/`,
      pupil: `/v/pupil-${pupil.id}/`,
    })),
  });
  views = { waypoint: waypointViews, baseline: baselineViews };
}

// 7. The report.
const waypointMs = median(waypointRuns.map((r) => r.ms));
const baselineMs = median(baselineRuns.map((r) => r.ms));
const stageNames = ['check', 'keys', 'render', 'posters', 'search index', 'encryption', 'audit', 'links'];
const posterState = postersState();
const stages = Object.fromEntries(
  stageNames.map((stage) => {
    const values = waypointRuns.map((r) => r.stages[stage]).filter((v): v is number => v !== undefined);
    return [stage, values.length ? median(values) : null];
  }),
);
const ratio = waypointMs / baselineMs;
// Posters are drawn while Astro renders; the first build draws them all (the cache starts empty)
// and later builds find them by content hash, so the first build's extra time is their cost.
const posterColdMs = Math.max(0, coldRun.ms - waypointMs);
const coldRatio = coldRun.ms / baselineMs;
const rebuildShare = rebuildRun.ms / waypointMs;
const changedShare = rebuildChange.changedBytes / rebuildChange.bytes;
const pairRatios = waypointRuns.map((r, i) => r.ms / (baselineRuns[i]?.ms ?? Number.NaN));
const KB = 1024;
const budgets = [
  { budget: 'Full build ≤ 2 × plain Astro (same run), posters cached', value: `${ratio.toFixed(2)} ×`, met: ratio <= 2 },
  ...(options.keepPosters
    ? []
    : [{ budget: 'First build (no poster cache yet) ≤ 3 × plain Astro', value: `${coldRatio.toFixed(2)} ×`, met: coldRatio <= 3 }]),
  {
    budget: 'Rebuild after one plan changes ≤ 25% of a full build',
    value: `${(rebuildShare * 100).toFixed(0)}% (${(rebuildRun.ms / 1000).toFixed(1)} s)`,
    met: rebuildShare <= 0.25,
  },
  {
    budget: 'Rebuild after one plan changes: ≤ 5% of the output’s bytes change',
    value: `${(changedShare * 100).toFixed(1)}% (${rebuildChange.changedFiles} of ${rebuildChange.files} files)`,
    met: changedShare <= 0.05,
  },
  {
    budget: 'Output ≤ 100 KB a pupil',
    value: kbText(waypointFiles.bytes / options.pupils),
    met: waypointFiles.bytes / options.pupils <= 100 * KB,
  },
  ...(views
    ? [
        {
          budget: 'Family view ≤ 60 KB transferred (gzip)',
          value: kbText(views.waypoint.family.gzipBytes),
          met: views.waypoint.family.gzipBytes <= 60 * KB,
        },
        {
          budget: 'Pupil view ≤ 100 KB transferred (gzip, with its poster preview)',
          value: kbText(views.waypoint.pupil.gzipBytes),
          met: views.waypoint.pupil.gzipBytes <= 100 * KB,
        },
        {
          budget: 'Family view ≤ 10 KB of JavaScript (gzip)',
          value: kbText(views.waypoint.family.jsGzipBytes),
          met: views.waypoint.family.jsGzipBytes <= 10 * KB,
        },
      ]
    : []),
  ...(browser
    ? [
        {
          budget: 'Family view shown ≤ 50 ms after the shell loads (from DOMContentLoaded starting)',
          value: `${browser.familyShellToDrawnMs} ms (content in place at ${browser.familyShellToOpenedMs} ms)${headlessShell ? ', in a headless shell' : ''}`,
          met: browser.familyShellToDrawnMs <= 50,
        },
        { budget: 'Staff unlock ≤ 1 s', value: `${browser.staffUnlockMs} ms`, met: browser.staffUnlockMs <= 1000 },
        {
          budget: 'First search result ≤ 150 ms after the index is loaded',
          value: `${browser.searchWarmMs} ms`,
          met: browser.searchWarmMs <= 150,
        },
      ]
    : []),
  {
    budget: 'Encrypted search index ≤ 2 MB',
    value: kbText(searchIndex.bytes),
    met: options.pupils < 1500 ? null : searchIndex.bytes <= 2 * KB * KB,
    note: options.pupils < 1500 ? 'the budget is for 1,500 pupils' : undefined,
  },
  {
    budget: 'Posters cached by content hash between builds',
    value: `${posterState}; ${posterFiles.join(' → ')} files`,
    met: posterFiles.length > 1 && posterFiles[0]! > 0 ? posterFiles.every((n) => n === posterFiles[0]) : null,
  },
  { budget: 'Lighthouse mobile performance ≥ 95', value: 'not measured', met: null },
];

const report = {
  date: new Date().toISOString(),
  pupils: options.pupils,
  seed: options.seed,
  runs: options.runs,
  machine: machine(chromium.path),
  chromium: headlessShell ? 'headless shell (@sparticuz/chromium)' : 'full Chromium',
  cores: os.availableParallelism(),
  loadAverage: { start: loadAtStart.map(round1), end: os.loadavg().map(round1) },
  build: {
    waypoint: {
      medianMs: waypointMs,
      runsMs: waypointRuns.map((r) => r.ms),
      peakRssMb: Math.max(coldRun.maxRssMb, ...waypointRuns.map((r) => r.maxRssMb)),
    },
    waypointFirstBuild: {
      ms: coldRun.ms,
      peakRssMb: coldRun.maxRssMb,
      stages: coldRun.stages,
      posterCacheKept: Boolean(options.keepPosters),
    },
    baseline: { medianMs: baselineMs, runsMs: baselineRuns.map((r) => r.ms), peakRssMb: Math.max(...baselineRuns.map((r) => r.maxRssMb)) },
    ratio,
    firstBuildRatio: coldRatio,
    pairRatios,
    stagesMedianMs: stages,
    stagesByRun: waypointRuns.map((r) => r.stages),
    posters: posterState,
    posterFilesAfterEachBuild: posterFiles,
    postersColdEstimateMs: posterColdMs,
    rebuildAfterOneChange: {
      ms: rebuildRun.ms,
      share: rebuildShare,
      stages: rebuildRun.stages,
      pupil: changedPupil,
      output: rebuildChange,
    },
  },
  output: { waypoint: waypointFiles, baseline: baselineFiles, encryptedSearchIndex: searchIndex },
  views,
  browser,
  budgets,
};

const resultsDir = path.join(PROJECT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const base = path.join(resultsDir, `${report.date.slice(0, 10)}-N${options.pupils}`);
writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${base}.md`, markdown());
console.log(`\n${markdown()}`);
log(`Wrote ${path.relative(PROJECT, base)}.json and .md`);

function markdown(): string {
  const s = (ms: number | null | undefined) => (ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
  const lines = [
    `# Waypoint benchmark: ${options.pupils} pupils`,
    '',
    `${report.date.slice(0, 16).replace('T', ' ')} UTC · seed ${options.seed} · ${options.runs} builds of each kind · ${report.machine}`,
    '',
    `**${report.cores} cores**; load average (1, 5, 15 min) ${report.loadAverage.start.join(' ')} at the start and ${report.loadAverage.end.join(' ')} at the end.`,
    '',
    '| | Waypoint | plain Astro | ratio |',
    '|---|---|---|---|',
    `| build, median (posters cached) | ${s(waypointMs)} | ${s(baselineMs)} | ${ratio.toFixed(2)} × |`,
    `| builds, in the order run | ${waypointRuns.map((r) => s(r.ms)).join(', ')} | ${baselineRuns.map((r) => s(r.ms)).join(', ')} | ${pairRatios.map((r) => `${r.toFixed(2)} ×`).join(', ')} |`,
    `| ${firstBuild} | ${s(coldRun.ms)} | | ${coldRatio.toFixed(2)} × |`,
    `| rebuild after one plan changes | ${s(rebuildRun.ms)} (${(rebuildShare * 100).toFixed(0)}% of the median) | | |`,
    `| output changed by that rebuild | ${mbText(rebuildChange.changedBytes)} of ${mbText(rebuildChange.bytes)} (${(changedShare * 100).toFixed(1)}%), ${rebuildChange.changedFiles} of ${rebuildChange.files} files | | |`,
    `| peak memory | ${report.build.waypoint.peakRssMb} MB | ${report.build.baseline.peakRssMb} MB | |`,
    `| dist | ${mbText(waypointFiles.bytes)}, ${waypointFiles.files} files | ${mbText(baselineFiles.bytes)}, ${baselineFiles.files} files | |`,
    '',
    '| Waypoint stage | median |',
    '|---|---|',
    ...stageNames.map((stage) =>
      stage === 'posters'
        ? `| posters | ${s(stages[stage])} (first build, on every core: ${s(coldRun.stages['posters'])}); ${posterFiles.join(' → ')} cached files after each build |`
        : `| ${stage} | ${s(stages[stage])} |`,
    ),
    `| encrypted search index | ${kbText(searchIndex.bytes)} in ${searchIndex.files} files |`,
    '',
  ];
  if (views) {
    lines.push(
      '| view (median of sampled pupils, cold cache) | transferred, gzip | JavaScript, gzip (raw) | baseline transferred, gzip |',
      '|---|---|---|---|',
    );
    for (const view of ['family', 'pupil', 'staff'] as const) {
      const w = views.waypoint[view];
      lines.push(
        `| ${view} | ${kbText(w.gzipBytes)} | ${kbText(w.jsGzipBytes)} (${kbText(w.jsBytes)}) | ${kbText(views.baseline[view].gzipBytes)} |`,
      );
    }
    lines.push('');
  }
  if (browser) {
    lines.push(
      `| in Chromium (${headlessShell ? 'the headless shell from @sparticuz/chromium, faster than a full browser' : 'a full Chromium'}; medians; family links: ${OPENED_LINKS} links × ${OPENED_ROUNDS} rounds) | |`,
      '|---|---|',
      `| family link: navigation → view drawn | ${browser.familyNavToOpenedMs} ms |`,
      `| family link: shell loaded (DOMContentLoaded starts) → content in place | ${browser.familyShellToOpenedMs} ms |`,
      `| family link: shell loaded (DOMContentLoaded starts) → first frame drawn with the view | ${browser.familyShellToDrawnMs} ms |`,
      `| …each round's median, in the order run | ${browser.familyRoundsMs.map((ms) => `${ms} ms`).join(', ')} |`,
      `| …step by step: ${Object.keys(browser.familyProfileMs).join(', ')} | ${Object.values(browser.familyProfileMs)
        .map((ms) => `${ms} ms`)
        .join(', ')} |`,
      `| staff unlock: Sign in → register shown | ${browser.staffUnlockMs} ms |`,
      `| first search, index not yet loaded | ${browser.searchColdMs} ms |`,
      `| search once the index is loaded | ${browser.searchWarmMs} ms |`,
      '',
    );
  }
  lines.push('| budget (DESIGN §6) | measured | met |', '|---|---|---|');
  for (const b of budgets)
    lines.push(
      `| ${b.budget} | ${b.value}${'note' in b && b.note ? ` (${b.note})` : ''} | ${b.met === null ? 'n/a' : b.met ? 'yes' : '**no**'} |`,
    );
  return `${lines.join('\n')}\n`;
}

function postersState(): string {
  const sources = readdirSync(path.join(PROJECT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name) && entry.name !== 'poster.ts')
    .some((entry) => /lib\/symbols\/poster(\.ts)?['"]/.test(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')));
  if (!sources) return 'not built yet (src/lib/symbols/poster.ts is not used by any page)';
  return existsSync(path.join(root, '.cache', 'posters')) ? 'cached in .cache/posters' : 'used, but no cache folder was written';
}

function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve({ out, err }) : reject(new Error(`${path.basename(args[1] ?? '')} exited with ${code}:\n${out}\n${err}`)),
    );
  });
}

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

/** n items spread evenly through the list. */
function spread<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)] as T);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function kbText(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
function mbText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function machine(chromiumPath: string): string {
  const cpus = os.cpus();
  let chromium: string;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'Chromium version unknown';
  }
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length} (${os.availableParallelism()} cores available to Node), ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium}; load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}
