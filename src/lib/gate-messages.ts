/**
 * What the gate of a locked page says for each thing that can go wrong. The words are written into
 * every page's gate (src/components/Gate.astro), not into the opening script, which only picks one.
 */

export type Problem =
  | 'insecure'
  | 'no-webcrypto'
  | 'broken-link'
  | 'incomplete-link'
  | 'wrong-passphrase'
  | 'wrong-family-passphrase'
  | 'tampered'
  | 'no-staff-keys'
  | 'old-copy'
  | 'unavailable';

export const GATE_MESSAGES: Record<Problem, { title: string; text: string }> = {
  insecure: {
    title: 'This page needs a secure connection',
    text: 'Private pages only open over a secure connection: the address must start with https://. Check the link, or tell the school.',
  },
  'no-webcrypto': {
    title: 'This browser cannot open private pages',
    text: 'It is missing the encryption that keeps the page private. Update the browser, or use a recent Chrome, Edge, Firefox or Safari.',
  },
  'broken-link': {
    title: 'This link does not open the page',
    text: 'Part of the link may be missing, or the school may have given you a new link since. Check that you used the whole link, or ask the school for a new one.',
  },
  'incomplete-link': {
    title: 'This link is not complete',
    text: 'The end of the link, after the # sign, is missing. Open the whole link or scan the QR code the school gave you. Staff can sign in below.',
  },
  'wrong-passphrase': {
    title: 'That passphrase did not work',
    text: 'Check the words and try again. Capital letters, spaces and hyphens do not matter. If you have lost it, ask the SENCO for a new one.',
  },
  'wrong-family-passphrase': {
    title: 'That passphrase did not work',
    text: 'Check it and try again. If you have lost it, ask the school for a new one.',
  },
  tampered: {
    title: 'This page has been changed',
    text: 'It is not the page the school published, so it will not be shown. Please tell the school.',
  },
  unavailable: {
    title: 'The page could not be opened just now',
    text: 'Part of the site did not load. Check your internet connection, then reload the page.',
  },
  'old-copy': {
    title: 'This is an older copy of this page',
    text: 'You are signed in, but the school has published a newer version of this page since. Reload the page to open it.',
  },
  'no-staff-keys': {
    title: 'Staff sign-in is not set up yet',
    text: 'Nobody can sign in to this site yet. The SENCO needs to run “npm run keys” and publish the site again.',
  },
};
