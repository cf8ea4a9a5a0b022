/** Bytes ⇄ base64url text, the one encoding every key and id in Waypoint uses. */
export const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
export const fromBase64Url = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));
