/**
 * npm start — builds the school in the content folder (making a keyring if there is none), serves
 * it on localhost, and prints how to open each view: a staff passphrase, a family link, a pupil link.
 */
import path from 'node:path';
import { keyringFolder, servePort } from '../src/lib/config.ts';
import { addStaffKeys, writeKeyring } from '../src/lib/keys/keyring.ts';
import { pupilLinks, STAFF_SIGN_IN } from '../src/lib/keys/links.ts';
import { fullUrl } from '../src/lib/privacy/page-link.ts';
import { newPassphrase } from '../src/lib/keys/passphrase.ts';
import { person } from '../src/lib/plan/plan-words.ts';
import { buildSite, type Built } from './lib/build-site.ts';
import { serve } from './lib/serve.ts';

const port = servePort();
const outDir = path.resolve('dist');

/**
 * The SENCO needs a way in: on the first run, give them a passphrase. It is shown at once, before
 * the build, so it is never lost however the build ends; it is never stored.
 */
async function firstPassphrase({ content, keys }: Built): Promise<string | undefined> {
  const senco = content.school.senco;
  if (keys.keyring.staff[senco]) return undefined;
  const passphrase = newPassphrase();
  await addStaffKeys(keys.keyring, senco, passphrase);
  writeKeyring(keys.keyring);
  console.log(`\nNew staff passphrase for ${person(content, senco).name} (${senco}): ${passphrase}`);
  console.log(`Write it down now: it is not stored anywhere. Lost it? npm run keys -- staff reset ${senco}\n`);
  return passphrase;
}

console.log('Checking and building the school…');
let passphrase: string | undefined;
const built = await buildSite({
  outDir,
  beforeRender: async (prepared) => {
    passphrase = await firstPassphrase(prepared);
  },
});
if (!built) {
  process.exitCode = 1;
  if (passphrase) console.log(`\nThe staff passphrase made above still opens the site once it builds: ${passphrase}`);
} else {
  const { content, keys } = built;
  const { url: site } = await serve(outDir, port).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  const senco = person(content, content.school.senco).name;
  const first = content.pupils.find((pupil) => pupil.plan.planStatus === 'active');
  console.log(`\nWaypoint is running at ${site}/ (press Ctrl+C to stop).\n`);
  console.log(`Staff:  ${fullUrl(site, STAFF_SIGN_IN)}`);
  console.log(
    passphrase
      ? `        passphrase for ${senco}: ${passphrase}\n        (made on this run and stored nowhere: write it down. Lost it? npm run keys -- staff reset ${content.school.senco})`
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
