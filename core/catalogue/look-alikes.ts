// Names that could pass for a built-in provider's: the same name in other letters ("Αruba" with a Greek Alpha,
// "L1bero"), or a built-in brand with a word more ("Aruba Webmail", "Gmail Login"). A custom provider (a policy's
// or an imported file's) may not take one: it would send users to a look-alike webmail under a trusted name.
// Confusable letters are mapped by the `confusables` package (Unicode's confusables, to Latin), digits by hand.

import removeConfusables from 'confusables';
import { fold } from '../fold';

/** Digits that stand for letters in look-alike names; a 1 passes for an i or an l, both are tried. */
const digitLetters = (one: 'i' | 'l'): Record<string, string> => ({
  '0': 'o',
  '1': one,
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
});

/** Words too common to mark a brand ("Webmail Studio" is not Mail.com's, "Posta Rossi" not Poste's). */
const commonWords = new Set([
  'mail',
  'webmail',
  'web',
  'posta',
  'poste',
  'email',
  'pec',
  'the',
  'de',
  'it',
  'com',
  'login',
]);

/** The words of a name as they look: confusables to Latin, accents off, lower case, digits as the letters they mimic. */
export function lookAlikeWords(name: string, one: 'i' | 'l' = 'l'): string[] {
  const digits = digitLetters(one);
  return fold(removeConfusables(name))
    .replace(/[0134578]/g, (d) => digits[d] ?? d)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The brands of the built-in names: their distinctive words, and each whole name run together. */
export function brandsOf(names: readonly string[]): { words: Set<string>; whole: Set<string> } {
  const words = new Set<string>();
  const whole = new Set<string>();
  // "Outlook.com (Hotmail, Live)", "TIM Mail (Alice)": the names in brackets are brands too (the review's L8).
  const all = names.flatMap((name) => {
    const inBrackets = name.match(/\(([^)]*)\)\s*$/)?.[1] ?? '';
    return [
      name.replace(/\s*\([^)]*\)\s*$/, ''),
      ...inBrackets.split(',').filter((n) => !/\.[a-z]{2,}$/i.test(n.trim())),
    ];
  });
  for (const name of all) {
    const parts = lookAlikeWords(name);
    if (parts.length === 0) continue;
    whole.add(parts.join(''));
    for (const part of parts) if (part.length >= 3 && !commonWords.has(part)) words.add(part);
  }
  return { words, whole };
}

/**
 * True when a name looks like a built-in one: the same run together, a built-in name with more after it
 * ("mail.com Webmail"), or one of the built-in brands' words in it ("Aruba Webmail").
 */
/** What may be glued to a brand and still pass for it: nothing, a common word, or a short piece ("My", "365"). */
const gluable = (piece: string) => piece.length <= 4 || commonWords.has(piece);

/** True when `inner` (five letters or more) stands in `text` with only gluable pieces before and after it, up to word ends. */
function holdsGlued(text: string, inner: string, bounds: readonly number[]): boolean {
  for (let at = text.indexOf(inner); at >= 0; at = text.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    const start = Math.max(...bounds.filter((b) => b <= at));
    const stop = Math.min(...bounds.filter((b) => b >= end));
    if (gluable(text.slice(start, at)) && gluable(text.slice(end, stop))) return true;
  }
  return false;
}

export function looksLikeBuiltIn(name: string, brands: ReturnType<typeof brandsOf>): boolean {
  return (['l', 'i'] as const).some((one) => {
    const words = lookAlikeWords(name, one);
    const squashed = words.join('');
    // Where the name's words start and end, in the squashed name.
    const bounds = [0];
    for (const word of words) bounds.push((bounds.at(-1) ?? 0) + word.length);
    // A short brand name as whole words, or with a common word after it ("GMX Mail", "GMXMail").
    const shortWhole = (whole: string) =>
      bounds.some((at) => {
        if (!squashed.startsWith(whole, at)) return false;
        const end = at + whole.length;
        return bounds.includes(end) || commonWords.has(squashed.slice(end, Math.min(...bounds.filter((b) => b > end))));
      });
    return (
      // A built-in name, its words run together, with at most short or common pieces around it ("My WEB.DE",
      // "WebArubaMail"); a brand word as a word ("Aruba Webmail") or glued the same way ("MyAruba", "Outlook365").
      [...brands.whole].some((whole) =>
        whole.length >= 5 ? holdsGlued(squashed, whole, bounds) : shortWhole(whole),
      ) ||
      words.some((word) => brands.words.has(word)) ||
      [...brands.words].some((brand) => brand.length >= 5 && holdsGlued(squashed, brand, bounds))
    );
  });
}
