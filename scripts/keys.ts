/**
 * npm run keys — makes and replaces the keys in the keyring (.waypoint/, or WAYPOINT_PRIVATE).
 *
 *   npm run keys                          keys for new pupils and staff; never changes existing ones
 *   npm run keys -- rotate <pupil-id>     new family and pupil links (--view family|pupil for one)
 *   npm run keys -- rotate                a new staff key: everyone signs in again after the next build
 *   npm run keys -- staff add|remove|reset <staff-id>
 *   npm run keys -- family reset <pupil-id>
 *   npm run keys -- backup <file>         the keyring, encrypted under a passphrase
 *   npm run keys -- restore <file> [--replace]
 *
 * --json prints only JSON. New passphrases are shown once and never stored.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { displayPath } from '../src/lib/content/display-path.ts';
import { backupPassphrase as backupPassphraseFromEnv, contentFolder, keyringFolder } from '../src/lib/config.ts';
import {
  KEYRING_FILE,
  KeyringError,
  addFamilyKeys,
  addStaffKeys,
  ensureKeyring,
  readKeyring,
  refuseTrackedKeyring,
  removeFamilyKeys,
  removeStaff,
  rotatePage,
  rotateStaffKey,
  writeKeyring,
} from '../src/lib/keys/keyring.ts';
import { decryptKeyringBackup, encryptKeyringBackup } from '../src/lib/keys/keyring-backup.ts';
import { keyringLink, siteAddress } from '../src/lib/keys/links.ts';
import { fullUrl } from '../src/lib/privacy/page-link.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { newPassphrase, newRandomPassphrase, passphraseWeakness } from '../src/lib/keys/passphrase.ts';
import { normalizePassphrase } from '../src/lib/keys/passphrase-form.ts';
import type { SchoolContent } from '../src/lib/content/school-content.ts';
import { didYouMean, Output } from './lib/keys-report.ts';
import { canPrompt, promptHidden } from './lib/prompt.ts';

interface Session {
  folder: string;
  out: Output;
  makePassphrase: () => string;
}

const STAFF_KEY_REPLACED =
  'Made a new staff key, so anyone who has left opens nothing new. Everyone else signs in again with their own passphrase after you rebuild and publish the site (npm run build).';

const SHOWN_ONCE = 'Write each passphrase down now and hand it over in person. It is not stored anywhere, so it cannot be shown again.';

/** Reads the content and makes sure every page has keys. Every command that needs pupils starts here. */
function openKeyring(session: Session) {
  const { content } = loadContent(contentFolder());
  if (!content) {
    throw new KeyringError(
      `The content in ${displayPath(contentFolder())} has problems, so Waypoint cannot tell which pupils and staff need keys. Nothing was changed.`,
      'run npm run check to see the problems, fix them, then run this again.',
    );
  }
  const ensured = ensureKeyring({ content, folder: session.folder });
  session.out.report.created.pages = ensured.addedPages.length;
  if (ensured.created) {
    session.out.say(
      `Created the keyring in ${displayPath(session.folder)} (git ignores it).`,
      'Back it up now with npm run keys -- backup <file>: if it is lost, every link and passphrase must be replaced.',
    );
  }
  if (ensured.addedPages.length > 0) session.out.say(`Made keys for ${ensured.addedPages.length} new pages.`);
  return { content, ...ensured };
}

function requirePupil(content: SchoolContent, pupilId: string) {
  const pupil = content.pupils.find((entry) => entry.id === pupilId);
  if (pupil) return pupil;
  throw new KeyringError(
    `There is no pupil with the id "${pupilId}".${didYouMean(
      pupilId,
      content.pupils.map((entry) => entry.id),
    )} Nothing was changed.`,
    "use the name of the pupil's folder in content/pupils/.",
  );
}

function requireStaff(content: SchoolContent, staffId: string) {
  const member = content.staff.find((entry) => entry.id === staffId);
  if (member) return member;
  throw new KeyringError(
    `There is no one with the id "${staffId}" in staff.yaml.${didYouMean(
      staffId,
      content.staff.map((entry) => entry.id),
    )} Nothing was changed.`,
    `add them to staff.yaml first, or use the id staff.yaml gives them.`,
  );
}

async function giveStaffPassphrase(session: Session, content: SchoolContent, keyring: Parameters<typeof addStaffKeys>[0], staffId: string) {
  const passphrase = session.makePassphrase();
  await addStaffKeys(keyring, staffId, passphrase);
  session.out.report.staff.push({ id: staffId, passphrase });
  const name = content.staff.find((member) => member.id === staffId)?.name ?? staffId;
  session.out.secret(`New passphrase for ${name} (${staffId}):`, passphrase);
}

async function giveFamilyPassphrase(
  session: Session,
  content: SchoolContent,
  keyring: Parameters<typeof addStaffKeys>[0],
  pupilId: string,
) {
  const passphrase = session.makePassphrase();
  await addFamilyKeys(keyring, pupilId, passphrase);
  session.out.report.families.push({ pupil: pupilId, passphrase });
  const pupil = requirePupil(content, pupilId);
  session.out.secret(`New family passphrase for the family of ${pupil.plan.name} (${pupilId}):`, passphrase);
}

function afterPassphrases(session: Session) {
  const { staff, families } = session.out.report;
  if (staff.length + families.length === 0) return;
  session.out.say(SHOWN_ONCE);
  if (families.length > 0)
    session.out.say('Give a family its passphrase apart from its letter: by phone or in person, never in the same envelope.');
  if (staff.length > 0) session.out.say('If a passphrase is lost, npm run keys -- staff reset <staff-id> makes a new one.');
  session.out.say('Rebuild the site (npm run build) so the new passphrases open it.');
}

async function createMissing(session: Session) {
  const ensured = openKeyring(session);
  const { content, keyring, staffWithoutKeys, familiesWithoutPassphrase, formerStaff, addedPages } = ensured;
  for (const staffId of staffWithoutKeys) await giveStaffPassphrase(session, content, keyring, staffId);
  for (const pupilId of familiesWithoutPassphrase) await giveFamilyPassphrase(session, content, keyring, pupilId);
  if (staffWithoutKeys.length + familiesWithoutPassphrase.length > 0) writeKeyring(keyring, session.folder);
  afterPassphrases(session);
  for (const staffId of formerStaff) {
    session.out.say(
      `${staffId} is no longer in staff.yaml; the build leaves their passphrase out and keeps the staff key from them. To delete their keys: npm run keys -- staff remove ${staffId}`,
    );
  }
  if (ensured.staffKeyReplacedFor.length > 0) session.out.say(STAFF_KEY_REPLACED);
  if (addedPages.length + staffWithoutKeys.length + familiesWithoutPassphrase.length + ensured.staffKeyReplacedFor.length === 0) {
    session.out.say('Every page and every member of staff already has keys. Nothing was changed.');
  }
}

function rotateStaff(session: Session) {
  const { keyring } = openKeyring(session);
  rotateStaffKey(keyring);
  writeKeyring(keyring, session.folder);
  session.out.report.staffKeyReplaced = true;
  session.out.say(STAFF_KEY_REPLACED);
}

function rotate(session: Session, pupilId: string | undefined, view?: 'family' | 'pupil') {
  if (pupilId === undefined) return rotateStaff(session);
  const { content, keyring } = openKeyring(session);
  requirePupil(content, pupilId);
  const site = siteAddress(content);
  for (const each of view ? [view] : (['family', 'pupil'] as const)) {
    rotatePage(keyring, `${each}:${pupilId}`);
    const link = keyringLink(keyring, `${each}:${pupilId}`);
    session.out.report.rotated.push({ pupil: pupilId, view: each, link });
    session.out.say(`New ${each} link for ${pupilId}: ${fullUrl(site, link)}`);
  }
  writeKeyring(keyring, session.folder);
  session.out.say(
    'The old link stops working once you rebuild and publish the site (npm run build).',
    `The build writes the new letter to ${displayPath(path.join(session.folder, 'letters'))}.`,
  );
}

async function staffCommand(session: Session, action: 'add' | 'remove' | 'reset', staffId: string) {
  const { content, keyring } = openKeyring(session);
  const staffKeyBefore = keyring.staffKey.id;
  const sayIfStaffKeyReplaced = () => {
    if (keyring.staffKey.id !== staffKeyBefore) session.out.say(STAFF_KEY_REPLACED);
  };
  if (action === 'remove') {
    if (!removeStaff(keyring, staffId)) {
      throw new KeyringError(
        `${staffId} has no keys to remove.${didYouMean(staffId, Object.keys(keyring.staff))} Nothing was changed.`,
        'check the id: it is the one staff.yaml gave them.',
      );
    }
    writeKeyring(keyring, session.folder);
    session.out.report.removed = { staff: [staffId] };
    session.out.say(`Removed ${staffId}'s keys. Rebuild and publish the site (npm run build) so their passphrase opens nothing new.`);
    sayIfStaffKeyReplaced();
    if (content.staff.some((member) => member.id === staffId)) {
      session.out.say(`${staffId} is still in staff.yaml: take them out too, or the next npm run keys gives them a new passphrase.`);
    }
    return;
  }
  requireStaff(content, staffId);
  if (action === 'reset') {
    if (!keyring.staff[staffId])
      throw new KeyringError(
        `${staffId} has no passphrase yet. Nothing was changed.`,
        `run npm run keys -- staff add ${staffId} to give them one.`,
      );
    removeStaff(keyring, staffId);
  }
  await giveStaffPassphrase(session, content, keyring, staffId);
  writeKeyring(keyring, session.folder);
  if (action === 'reset') session.out.say('Their old passphrase stops working once you rebuild and publish the site.');
  sayIfStaffKeyReplaced();
  afterPassphrases(session);
}

async function familyReset(session: Session, pupilId: string) {
  const { content, keyring } = openKeyring(session);
  requirePupil(content, pupilId);
  if (!content.school.access.familyPassphrase) {
    throw new KeyringError(
      'Families do not need a passphrase at this school, so there is none to reset. Nothing was changed.',
      'to give a family a new link instead, run npm run keys -- rotate ' +
        pupilId +
        ' --view family. To ask families for a passphrase, set access: familyPassphrase: true in school.yaml.',
    );
  }
  removeFamilyKeys(keyring, pupilId);
  await giveFamilyPassphrase(session, content, keyring, pupilId);
  writeKeyring(keyring, session.folder);
  afterPassphrases(session);
}

async function backupPassphrase(session: Session): Promise<{ passphrase: string; made: boolean }> {
  let given = backupPassphraseFromEnv();
  if (!given && canPrompt()) {
    given = await promptHidden(
      'Type a passphrase for the backup (five or more unrelated words), or press Enter to have one made for you: ',
    );
    if (given && normalizePassphrase(await promptHidden('Type it again: ')) !== normalizePassphrase(given)) {
      throw new KeyringError(
        'The two passphrases are different. No backup was made.',
        'run the command again and type the same passphrase twice.',
      );
    }
  }
  if (!given) return { passphrase: session.makePassphrase(), made: true };
  const weakness = passphraseWeakness(normalizePassphrase(given));
  if (weakness) {
    throw new KeyringError(
      `That passphrase is not strong enough to protect every key of the school. ${weakness} No backup was made.`,
      'use five or more words that do not belong together (not a saying, a name or a repeat), ' +
        'or leave the passphrase out and Waypoint makes a strong one for you.',
    );
  }
  return { passphrase: given, made: false };
}

async function backup(session: Session, file: string) {
  const target = path.resolve(file);
  const keyring = readKeyring(session.folder);
  if (!keyring)
    throw new KeyringError(
      `There is no keyring in ${displayPath(session.folder)} to back up.`,
      'run npm run keys first, or set WAYPOINT_PRIVATE to the keyring folder.',
    );
  if (existsSync(target))
    throw new KeyringError(
      `${displayPath(target)} already exists, so no backup was made.`,
      'choose a new file name, or move the old file away first.',
    );
  if (!existsSync(path.dirname(target)))
    throw new KeyringError(
      `The folder ${displayPath(path.dirname(target))} does not exist, so no backup was made.`,
      'create it first, or choose another place.',
    );
  const { passphrase, made } = await backupPassphrase(session);
  writeFileSync(target, await encryptKeyringBackup(keyring, passphrase), { flag: 'wx', mode: 0o600 });
  session.out.report.backup = { file: target, ...(made ? { passphrase } : {}) };
  session.out.say(`Backed up the keyring to ${displayPath(target)}, encrypted.`);
  if (made) session.out.secret('The passphrase that opens the backup:', passphrase);
  session.out.say(
    (made ? 'Write it down now: it is not stored anywhere and cannot be shown again. ' : '') +
      'Keep the backup and its passphrase in different places, away from this computer.',
  );
}

async function restore(session: Session, file: string, replace: boolean) {
  const source = path.resolve(file);
  if (!existsSync(source))
    throw new KeyringError(`There is no file ${displayPath(source)}. Nothing was changed.`, 'check the name of the backup file.');
  refuseTrackedKeyring(session.folder);
  const current = path.join(session.folder, KEYRING_FILE);
  if (existsSync(current) && !replace) {
    throw new KeyringError(
      `There is already a keyring in ${displayPath(session.folder)}, and restoring would replace it. Nothing was changed.`,
      `if you are sure, run the command again with --replace. The keyring there now will be kept as ${KEYRING_FILE}.before-restore-<time>.`,
    );
  }
  let passphrase = backupPassphraseFromEnv();
  if (!passphrase && canPrompt()) passphrase = await promptHidden("Type the backup's passphrase: ");
  if (!passphrase)
    throw new KeyringError(
      'No passphrase was given for the backup. Nothing was changed.',
      'set WAYPOINT_BACKUP_PASSPHRASE, or run the command in a terminal so it can ask you.',
    );
  const keyring = await decryptKeyringBackup(readFileSync(source, 'utf8'), passphrase);
  let previous: string | undefined;
  if (existsSync(current)) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    previous = `${current}.before-restore-${stamp}`;
    for (let n = 2; existsSync(previous); n += 1) previous = `${current}.before-restore-${stamp}-${n}`;
    renameSync(current, previous);
  }
  writeKeyring(keyring, session.folder);
  session.out.report.restored = { file: source, ...(previous ? { previous } : {}) };
  session.out.say(`Restored the keyring from ${displayPath(source)} into ${displayPath(session.folder)}.`);
  if (previous) session.out.say(`The keyring that was there is kept as ${displayPath(previous)}.`);
  session.out.say('Rebuild the site (npm run build) so it uses the restored keys.');
}

/** Wraps a command: one session, one report at the end, and errors printed plainly with exit code 1. */
function run<A extends unknown[]>(action: (session: Session, ...args: A) => void | Promise<void>) {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const options = command.optsWithGlobals<{ json?: boolean; characters?: boolean }>();
    const out = new Output(Boolean(options.json));
    const session: Session = { folder: keyringFolder(), out, makePassphrase: options.characters ? newRandomPassphrase : newPassphrase };
    try {
      // Commander's arguments as it passes them: the command's own, its options, then the command.
      await action(session, ...(args as A));
      out.print();
    } catch (error) {
      out.fail(error);
    }
  };
}

const program = new Command('npm run keys --')
  .description('Makes and replaces the keys to the private pages. New passphrases are shown once and never stored.')
  .option('--json', 'print only JSON, for scripts')
  .option('--characters', 'make new passphrases of 16 random characters instead of six words')
  .allowExcessArguments()
  .action(
    run(async (session, _options: unknown, command: Command) => {
      const [typed] = command.args;
      if (typed === undefined) return createMissing(session);
      const names = command.commands.map((each) => each.name());
      throw new KeyringError(
        `There is no keys command "${typed}".${didYouMean(typed, names)} Nothing was changed.`,
        `use one of: ${names.join(', ')}; npm run keys -- --help says what each does.`,
      );
    }),
  );

program
  .command('rotate [pupil-id]')
  .description(
    "gives a pupil's family and pupil views new links, or with no pupil makes a new staff key; the old ones stop working after the next build",
  )
  .addOption(new Option('--view <view>', "replace only this view's link").choices(['family', 'pupil']))
  .action(run((session, pupilId: string | undefined, options: { view?: 'family' | 'pupil' }) => rotate(session, pupilId, options.view)));

const staff = program.command('staff').description('gives, replaces or removes a staff passphrase');
for (const [action, description] of [
  ['add', 'gives a member of staff in staff.yaml a passphrase'],
  ['remove', "deletes a leaver's keys"],
  ['reset', 'gives a member of staff a new passphrase; the old one stops working after the next build'],
] as const) {
  staff
    .command(`${action} <staff-id>`)
    .description(description)
    .action(run((session, staffId: string) => staffCommand(session, action, staffId)));
}

program
  .command('family')
  .description("replaces a family's passphrase (when school.yaml asks families for one)")
  .command('reset <pupil-id>')
  .description("gives a pupil's family a new passphrase")
  .action(run((session, pupilId: string) => familyReset(session, pupilId)));

program
  .command('backup <file>')
  .description('writes the keyring, encrypted under a passphrase (WAYPOINT_BACKUP_PASSPHRASE, typed, or made for you)')
  .action(run((session, file: string) => backup(session, file)));

program
  .command('restore <file>')
  .description('puts a backed-up keyring back')
  .option('--replace', 'replace the keyring that is there now (it is kept beside it, never deleted)')
  .action(run((session, file: string, options: { replace?: boolean }) => restore(session, file, Boolean(options.replace))));

await program.parseAsync();
