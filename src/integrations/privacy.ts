/**
 * Build-time privacy: once Astro has written every page, encrypt the private ones and audit the
 * whole output for anything personal. Any failure throws, and the build removes dist/ (fail closed).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { auditFolder, formatLeaks } from '../lib/audit.ts';
import { readKeyring } from '../lib/keyring.ts';
import { personalStrings } from '../lib/personal-strings.ts';
import { privatePages } from '../lib/routes.ts';
import { getSchool } from '../lib/site.ts';
import { encryptPages } from './encrypt-pages.ts';

export function privacy(): AstroIntegration {
  return {
    name: 'waypoint:privacy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const school = getSchool();
        const keyring = readKeyring();
        if (!keyring) throw new Error('There is no keyring, so the pages cannot be encrypted. Run npm run keys, then build again.');

        let started = performance.now();
        const report = await encryptPages({
          dist,
          pages: privatePages(school),
          keyring,
          staffIds: new Set(school.staff.map((member) => member.id)),
          familyPassphrase: school.school.access.familyPassphrase,
        });
        logger.info(`Encrypted ${report.pages} pages for ${report.staff} staff in ${Math.round(performance.now() - started)} ms.`);

        started = performance.now();
        const leaks = auditFolder(dist, personalStrings(school));
        if (leaks.length > 0) throw new Error(`${formatLeaks(leaks)}\nNothing was published.`);
        logger.info(`Audit: nothing personal found in the published files (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
