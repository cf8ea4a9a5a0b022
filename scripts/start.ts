/**
 * npm start — builds the school in the content folder (making a keyring if there is none), serves
 * it on localhost, and prints how to open each view: a staff passphrase, a family link, a pupil link.
 */
import path from 'node:path';
import { contentFolder, keyringFolder, servePort } from '../src/lib/config.ts';
import { addStaffKeys, ensureKeyring, KeyringError, writeKeyring } from '../src/lib/privacy/keyring.ts';
import { pupilLinks, STAFF_SIGN_IN } from '../src/lib/privacy/links.ts';
import { fullUrl } from '../src/lib/privacy/page-link.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { newPassphrase } from '../src/lib/privacy/passphrase.ts';
import { person } from '../src/lib/plan/plan-words.ts';
import { buildSite } from './lib/build-site.ts';
import { serve } from './lib/serve.ts';

const port = servePort();
const outDir = path.resolve('dist');

/** The SENCO needs a way in: on the first run, give them a passphrase (shown now, never again). */
async function firstPassphrase(): Promise<string | undefined> {
  const { content } = loadContent(contentFolder());
  if (!content) return undefined; // buildSite reports the problems.
  try {
    const { keyring, created } = ensureKeyring({ content });
    if (created) console.log('Made a new keyring for this school in .waypoint/ (git-ignored). Back it up: npm run keys -- backup <file>.');
    if (keyring.staff[content.school.senco]) return undefined;
    const passphrase = newPassphrase();
    await addStaffKeys(keyring, content.school.senco, passphrase);
    writeKeyring(keyring);
    return passphrase;
  } catch (error) {
    if (error instanceof KeyringError) return undefined; // buildSite reports it.
    throw error;
  }
}

console.log('Checking and building the school…');
const passphrase = await firstPassphrase();
const built = await buildSite({ outDir });
if (!built) {
  process.exitCode = 1;
} else {
  const { content, keys } = built;
  const site = await serve(outDir, port).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  const senco = person(content, content.school.senco).name;
  const first = content.pupils.find((pupil) => pupil.plan.planStatus === 'active');
  console.log(`\nWaypoint is running at ${site}/ (press Ctrl+C to stop).\n`);
  console.log(`Staff:  ${fullUrl(site, STAFF_SIGN_IN)}`);
  console.log(
    passphrase
      ? `        passphrase for ${senco}: ${passphrase}\n        (shown once: it is not stored anywhere. Lost it? npm run keys -- staff reset ${content.school.senco})`
      : `        sign in with your passphrase. Lost it? npm run keys -- staff reset ${content.school.senco}`,
  );
  if (first) {
    const links = pupilLinks(keys.keyring, first.id);
    console.log(`Family: ${fullUrl(site, links.family)}`);
    console.log(`Pupil:  ${fullUrl(site, links.pupil)}`);
    console.log(`        (the family and "My plan" views of ${first.plan.name}'s plan)`);
  }
  console.log(
    `\nEvery pupil's links, and letters with QR codes to print, are in ${path.relative(process.cwd(), keyringFolder()) || '.'}/.`,
  );
}
