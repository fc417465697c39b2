// Names that could pass for a built-in provider's: the same name in other letters ("Αruba" with a Greek Alpha,
// "L1bero"), or a built-in brand with a word more ("Aruba Webmail", "Gmail Login"). A custom provider (a policy's
// or an imported file's) may not take one: it would send users to a look-alike webmail under a trusted name.
// Confusable letters are mapped by the `confusables` package (Unicode's confusables, to Latin), digits by hand.
import removeConfusables from 'confusables';

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
const commonWords = new Set(['mail', 'webmail', 'web', 'posta', 'poste', 'email', 'pec', 'the', 'de', 'it', 'com']);

/** The words of a name as they look: confusables to Latin, accents off, lower case, digits as the letters they mimic. */
export function lookAlikeWords(name: string, one: 'i' | 'l' = 'l'): string[] {
  const digits = digitLetters(one);
  return removeConfusables(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[0134578]/g, (d) => digits[d] ?? d)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The brands of the built-in names: their distinctive words, and each whole name run together. */
export function brandsOf(names: readonly string[]): { words: Set<string>; whole: Set<string> } {
  const words = new Set<string>();
  const whole = new Set<string>();
  for (const name of names) {
    const parts = lookAlikeWords(name.replace(/\s*\([^)]*\)\s*$/, ''));
    whole.add(parts.join(''));
    for (const part of parts) if (part.length >= 3 && !commonWords.has(part)) words.add(part);
  }
  return { words, whole };
}

/**
 * True when a name looks like a built-in one: the same run together, a built-in name with more after it
 * ("mail.com Webmail"), or one of the built-in brands' words in it ("Aruba Webmail").
 */
export function looksLikeBuiltIn(name: string, brands: ReturnType<typeof brandsOf>): boolean {
  return (['l', 'i'] as const).some((one) => {
    const words = lookAlikeWords(name, one);
    const squashed = words.join('');
    return (
      [...brands.whole].some((whole) => squashed === whole || (whole.length >= 5 && squashed.startsWith(whole))) ||
      words.some((word) => brands.words.has(word))
    );
  });
}
