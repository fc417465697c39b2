// The browsers the manifests declare (Chrome and Edge 120, Firefox 140): a test that fails when the code reaches
// for an API newer than that floor. Each entry names the first Chrome that has it; the source files of every
// bundle are searched for its use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const chromeFloor = 120;
const firefoxFloor = 140;

/** APIs a careless change could reach for, with the Chrome version that brought them (MDN's compatibility data). */
const newerApis: [RegExp, string, number][] = [
  [/\bURL\.parse\(/, 'URL.parse', 126],
  [/\bPromise\.try\(/, 'Promise.try', 128],
  [/\bRegExp\.escape\(/, 'RegExp.escape', 136],
  [/\bError\.isError\(/, 'Error.isError', 134],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync', 121],
  [
    /\.(union|intersection|difference|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(new Set/,
    'Set methods',
    122,
  ],
  [/\bIterator\.from\(/, 'Iterator helpers', 122],
  [/\bFloat16Array\b/, 'Float16Array', 135],
  [/\bMath\.sumPrecise\(/, 'Math.sumPrecise', 999],
  [/\bUint8Array\.fromBase64\(|\.toBase64\(/, 'Uint8Array base64', 999],
  [/\bnavigator\.storage\.getDirectory\b/, 'OPFS in extensions', 999],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js)$/.test(name) ? [path] : [];
  });
}

const files = ['core', 'platform', 'components', 'entrypoints', 'public'].flatMap(sources);

describe(`the browser floor: Chrome and Edge ${chromeFloor}, Firefox ${firefoxFloor}`, () => {
  it('declares it in both manifests', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain(`minimum_chrome_version: '${chromeFloor}'`);
    expect(config).toContain(`strict_min_version: '${firefoxFloor}.0'`);
    // The bundles are compiled for it too (no newer syntax).
    expect(config).toContain(`target: ['chrome${chromeFloor}', 'firefox${firefoxFloor}']`);
  });

  it.each(newerApis.map(([pattern, name, since]) => [name, pattern, since] as const))(
    'uses no %s (newer than the floor)',
    (_, pattern, since) => {
      const users = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
      if (since > chromeFloor) expect(users).toEqual([]);
    },
  );

  it('can fail: the search finds an API in a sample', () => {
    expect(newerApis.some(([pattern]) => pattern.test('const u = URL.parse(x);'))).toBe(true);
  });
});
