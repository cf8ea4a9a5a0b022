/**
 * How a passphrase is compared: case, spaces and punctuation between words do not matter, so
 * "Maple Otter" and "maple-otter" are the same. Shared by the build and the browser.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}
