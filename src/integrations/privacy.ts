/**
 * Build-time privacy: once Astro has written every page into the build's private staging folder,
 * write the staff search index (search-index.ts, started before Astro rendered), encrypt every private page and the index, audit the whole
 * output for anything personal or secret, and check that it holds only files Waypoint publishes.
 * Any failure throws, and nothing is published (scripts/lib/build-site.ts moves only an audited
 * output into place). Astro started on its own, without Waypoint's build, is refused at once.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContext, drawsPupil, hasBuildContext, openPreviewContext, STARTED_ALONE } from '../lib/build-context.ts';
import { contentFolder, isPreview } from '../lib/config.ts';
import { formatProblems } from '../lib/content/format-problems.ts';
import { loadContent } from '../lib/content/load-content.ts';
import { auditGroupsOnEveryCore, formatLeaks, listFiles } from '../lib/privacy/audit.ts';
import { readKeyring } from '../lib/keys/keyring.ts';
import { formatUnexpectedFiles, unexpectedFiles } from '../lib/privacy/published-files.ts';
import { auditStrings } from '../lib/privacy/secret-strings.ts';
import { pageKey, privatePages } from '../lib/routes.ts';
import { posterCacheFolder } from '../lib/symbols/poster.ts';
import { stringHashes, stringsSince } from '../lib/rebuild/audited-strings.ts';
import { restorePupils } from '../lib/rebuild/page-cache.ts';
import { recordTiming } from '../lib/timings.ts';
import { encryptPages } from './encrypt-pages.ts';
import { sealSearchIndex, writeSearchIndex } from './search-index.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function privacy(): AstroIntegration {
  return {
    name: 'waypoint:privacy',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Astro on its own (npm run astro -- build) would write every plan in plaintext: stop first.
        if (command === 'build' && !hasBuildContext()) throw new Error(STARTED_ALONE);
        if (command === 'dev') openPreviewContext(previewContext());
      },
      'astro:build:done': async ({ dir }) => {
        // The build's own report, shown even when Astro is asked to print only errors.
        const logger = { info: (line: string) => console.log(line) };
        const dist = fileURLToPath(dir);
        const context = buildContext();
        const { content: school, keyring, posters, rebuild } = context;
        if (!keyring) throw new Error('There is no keyring, so the pages cannot be encrypted. Run npm run keys, then build again.');
        const pages = privatePages(school);
        // A rebuild drew only some pupils' pages: only those are encrypted here.
        const drawn = pages.filter((page) => page.kind !== 'plan' || drawsPupil(context, page.pupilId));

        // The search index was started before Astro rendered (build-site.ts); what is left is waited for here,
        // and it is written before the copying starts, which would share the disk with it.
        let started = performance.now();
        const search = await (context.search ?? sealSearchIndex(school, keyring));
        writeSearchIndex(dist, search);
        recordTiming('search index', performance.now() - started, {
          bytes: search.encryptedBytes,
          files: search.files.length,
          made: Math.round(search.ms),
        });
        logger.info(
          `Search index: ${search.records} plans, ${search.files.length} files, ${kb(search.encryptedBytes)} encrypted (${Math.round(search.ms)} ms, alongside the rendering).`,
        );

        // The other pupils' pages, as the last build wrote and audited them (rebuild/rebuild-plan.ts):
        // copied on Node's I/O threads while the encryption runs.
        const copying = restorePupils(rebuild?.cache ?? '', rebuild?.reuse.values() ?? [], dist);
        copying.catch(() => undefined); // awaited below, after the encryption

        // The posters were drawn while the pages rendered; whatever is left is waited for here.
        started = performance.now();
        const postersDrawn = await posters.drawing;
        recordTiming('posters', performance.now() - started, { drawn: postersDrawn ?? 0 });

        started = performance.now();
        const report = await encryptPages({
          dist,
          pages: drawn,
          keyring,
          staffIds: new Set(school.staff.map((member) => member.id)),
          familyPassphrase: school.school.access.familyPassphrase,
          searchKey: search.key,
          posterFolder: posters.folder,
        });
        recordTiming('encryption', performance.now() - started, { pages: report.pages });
        logger.info(`Encrypted ${report.pages} pages for ${report.staff} staff in ${Math.round(performance.now() - started)} ms.`);

        // Whatever of the copying is left (the time recorded is only the wait for it).
        started = performance.now();
        const copied = new Set((await copying).map((file) => path.join(dist, file)));
        recordTiming('copy unchanged pages', performance.now() - started, { files: copied.size });

        // Every file this build wrote is audited for every string; a copied file passed the last
        // build's audit, so it is searched only for the strings that are new since, in what it shows
        // in clear (AuditGroup's clearOnly says why).
        started = performance.now();
        const strings = auditStrings(school, keyring);
        const hashes = stringHashes(strings, keyring.contentSecret);
        const written = listFiles(dist).filter((file) => !copied.has(file));
        const leaks = await auditGroupsOnEveryCore(dist, [
          { files: written, strings },
          { files: [...copied], strings: stringsSince(strings, hashes, rebuild?.audited ?? new Set()), clearOnly: true },
        ]);
        if (rebuild) rebuild.auditedNow = hashes;
        recordTiming('audit', performance.now() - started);
        if (leaks.length > 0) throw new Error(`${formatLeaks(leaks)}\nNothing was published.`);
        const files = listFiles(dist).map((file) => path.relative(dist, file).split(path.sep).join('/'));
        const unexpected = unexpectedFiles(files, new Set(pages.map((page) => keyring.pages[pageKey(page)]!.id)));
        if (unexpected.length > 0) throw new Error(formatUnexpectedFiles(unexpected));
        logger.info(
          `Audit: nothing personal or secret, and only files Waypoint publishes (${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}

/**
 * `npm run dev`'s preview: the content as the server starts (getSchool() reads it again when a file
 * changes: src/lib/preview-content.ts), readable page addresses and no keyring (WAYPOINT_PREVIEW=1).
 * Nothing from it is published.
 */
function previewContext() {
  const { content, problems } = loadContent(contentFolder());
  if (!content) throw new Error(`The content has problems, so nothing can be shown.\n\n${formatProblems(problems)}`);
  const preview = isPreview();
  return {
    content,
    keyring: preview ? undefined : readKeyring(),
    preview,
    posters: { folder: posterCacheFolder(), used: new Set<string>() },
  };
}
