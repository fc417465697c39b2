// The short code of a check ("WF-7K3Q"): what the client reads over the phone, and what the consultant finds in the
// report and in the message the check sent. Derived from the check's identity (when its webmail was opened), so the
// verdict, the report, the history and the message always agree, without storing anything more.

/** Crockford's base 32: no I, L, O or U, so that a code read aloud or typed back is not mistaken. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** FNV-1a, 32 bits: a fixed, well-spread hash of a short text. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The code of the check whose webmail was opened at `at` (ms since the epoch): "WF-" and four characters. */
export function checkCode(at: number): string {
  let n = fnv1a(String(at)) >>> 12; // 20 bits: about a million codes
  let code = '';
  for (let i = 0; i < 4; i++) {
    code = alphabet[n & 31] + code;
    n >>>= 5;
  }
  return `WF-${code}`;
}

/** The check's identity across installations: this installation's id and the check's time. */
export const checkId = (installId: string, at: number): string => `${installId}-${at}`;
