/**
 * A keyring backup: the keyring's JSON sealed with AES-256-GCM under a key made from a passphrase
 * (PBKDF2-HMAC-SHA256, its own 16-byte salt, at least 600,000 iterations). The header says how the
 * key was made and is bound into the ciphertext, so lowering the count in the file breaks it.
 */
import { open, passphraseKey, randomBytes, SALT_BYTES } from '../privacy/crypto.ts';
import { seal } from '../privacy/seal.ts';
import { toBase64Url } from '../privacy/encoding.ts';
import { DEFAULT_ITERATIONS, KeyringError, type Keyring } from './keyring.ts';

export const BACKUP_FORMAT = 'waypoint-keyring-backup';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2-HMAC-SHA256'; salt: string; iterations: number };
  cipher: 'AES-256-GCM';
  created: string;
}

export interface KeyringBackup extends BackupHeader {
  iv: string;
  ct: string;
}

/** The header as authenticated data, its keys in a fixed order. */
const headerAad = ({ format, version, kdf, cipher, created }: BackupHeader) =>
  JSON.stringify({ format, version, kdf: { name: kdf.name, salt: kdf.salt, iterations: kdf.iterations }, cipher, created });

/** The backup file's text. */
export async function encryptKeyringBackup(
  keyring: Keyring,
  passphrase: string,
  { iterations = DEFAULT_ITERATIONS, now = new Date() } = {},
): Promise<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2-HMAC-SHA256', salt: toBase64Url(randomBytes(SALT_BYTES)), iterations: Math.max(iterations, DEFAULT_ITERATIONS) },
    cipher: 'AES-256-GCM',
    created: now.toISOString(),
  };
  const key = await passphraseKey(passphrase, header.kdf.salt, header.kdf.iterations);
  const sealed = seal(key, JSON.stringify(keyring), headerAad(header));
  const backup: KeyringBackup = { ...header, ...sealed };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The keyring inside a backup file's text. Says plainly when the file or passphrase is wrong. */
export async function decryptKeyringBackup(text: string, passphrase: string): Promise<Keyring> {
  let backup: KeyringBackup;
  try {
    backup = JSON.parse(text) as KeyringBackup;
  } catch {
    backup = {} as KeyringBackup;
  }
  if (backup.format !== BACKUP_FORMAT || typeof backup.kdf?.salt !== 'string' || typeof backup.ct !== 'string') {
    throw new KeyringError(
      'This file is not a Waypoint keyring backup.',
      'check the file name: backups are made by npm run keys -- backup <file>.',
    );
  }
  if (backup.version !== 1) {
    throw new KeyringError(
      `This backup was made by a newer Waypoint (version ${String(backup.version)}).`,
      'update Waypoint, then restore it.',
    );
  }
  let plain: Uint8Array;
  try {
    const key = await passphraseKey(passphrase, backup.kdf.salt, backup.kdf.iterations);
    plain = await open(key, backup, headerAad(backup));
  } catch {
    throw new KeyringError(
      'The passphrase does not open this backup, or the file has been changed.',
      'check the passphrase that was shown when the backup was made, and type it again. Case and spaces do not matter.',
    );
  }
  const keyring = JSON.parse(new TextDecoder().decode(plain)) as Keyring;
  if (keyring.format !== 1)
    throw new KeyringError(
      `The backup holds a keyring from a newer Waypoint (format ${String(keyring.format)}).`,
      'update Waypoint, then restore it.',
    );
  return keyring;
}
