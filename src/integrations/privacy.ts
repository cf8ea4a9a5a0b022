/**
 * Build-time privacy: once Astro has written every page, index the staff views for search, encrypt
 * every private page and the index, then audit the whole output for anything personal. Any failure
 * throws, and the build removes dist/ (fail closed).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { searchFileAad } from '../lib/privacy/aad.ts';
import { auditFolder, formatLeaks } from '../lib/privacy/audit.ts';
import { sealBytes } from '../lib/privacy/crypto.ts';
import { fromBase64Url } from '../lib/privacy/encoding.ts';
import { readKeyring } from '../lib/privacy/keyring.ts';
import { searchKey } from '../lib/privacy/page-keys.ts';
import { personalStrings } from '../lib/privacy/personal-strings.ts';
import { privatePages } from '../lib/routes.ts';
import { pageId, pageUrl } from '../lib/privacy/page-address.ts';
import { getSchool } from '../lib/content/site.ts';
import { recordTiming } from '../lib/timings.ts';
import { encryptPages } from './encrypt-pages.ts';
import { writeEncryptedSearchIndex, type SearchPage } from './search-index.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function privacy(): AstroIntegration {
  return {
    name: 'waypoint:privacy',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        // The build's own report, shown even when Astro is asked to print only errors.
        const logger = { info: (line: string) => console.log(line) };
        const dist = fileURLToPath(dir);
        const school = getSchool();
        const keyring = readKeyring();
        if (!keyring) throw new Error('There is no keyring, so the pages cannot be encrypted. Run npm run keys, then build again.');
        const pages = privatePages(school);
        const staffKeyId = keyring.staffKey.id;

        let started = performance.now();
        const staffViews: SearchPage[] = pages.flatMap((page) => {
          if (page.kind !== 'plan' || page.view !== 'staff') return [];
          const html = parse(readFileSync(path.join(dist, 'v', pageId(page), 'index.html'), 'utf8'));
          const main = html.querySelector('[data-wp-private="main"]')?.innerHTML ?? '';
          return [{ url: pageUrl(page), html: `<html lang="en"><body><main data-pagefind-body>${main}</main></body></html>` }];
        });
        const key = await searchKey(fromBase64Url(keyring.staffKey.key));
        const search = await writeEncryptedSearchIndex(dist, staffViews, (data, name) =>
          sealBytes(key, data, searchFileAad(staffKeyId, name)),
        );
        recordTiming('search index', performance.now() - started, { bytes: search.encryptedBytes, files: search.files });
        logger.info(
          `Search index: ${search.records} plans, ${search.files} files, ${kb(search.encryptedBytes)} encrypted (${Math.round(performance.now() - started)} ms).`,
        );

        started = performance.now();
        const report = await encryptPages({
          dist,
          pages,
          keyring,
          staffIds: new Set(school.staff.map((member) => member.id)),
          familyPassphrase: school.school.access.familyPassphrase,
          searchKey: key,
        });
        recordTiming('encryption', performance.now() - started, { pages: report.pages });
        logger.info(`Encrypted ${report.pages} pages for ${report.staff} staff in ${Math.round(performance.now() - started)} ms.`);

        started = performance.now();
        const leaks = auditFolder(dist, personalStrings(school));
        recordTiming('audit', performance.now() - started);
        if (leaks.length > 0) throw new Error(`${formatLeaks(leaks)}\nNothing was published.`);
        logger.info(`Audit: nothing personal found in the published files (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
