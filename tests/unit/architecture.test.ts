// The layering, checked: no import cycle anywhere, and core/ free of browser, WXT and UI imports (also enforced by
// Biome's noRestrictedImports on core/**; this test states the rule where the tests are read).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['core', 'platform', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = roots.flatMap((root) => sourceFiles(resolve(root)));

/** Static imports that exist at run time (type-only imports vanish in the build and cannot make a cycle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)';/gms)].map((m) => m[1] as string);
  return specifiers
    .map((spec) => resolve(dirname(file), spec))
    .map((base) => [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => files.includes(p)))
    .filter((p): p is string => p !== undefined);
}

describe('architecture', () => {
  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, runtimeImports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(process.cwd(), f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('core/ imports no browser, WXT or UI module', () => {
    const offending = files
      .filter((f) => relative(process.cwd(), f).startsWith('core/'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)]
          .map((m) => m[1] as string)
          .filter((spec) =>
            /^(wxt|@wxt-dev|webextension-polyfill|preact)|\/(platform|components|entrypoints)\//.test(spec),
          )
          .map((spec) => `${relative(process.cwd(), f)}: ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('has no re-export: a name is imported from the module that defines it', () => {
    // `export * from`, `export { a } from`, `export type { T } from`: each hides where a name lives.
    const offending = files.filter((f) => /^export (type )?(\*|\{[^}]*\}) from /m.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => relative(process.cwd(), f))).toEqual([]);
  });

  it('nothing outside tests/ imports from tests/ (the shared tooling lives in tools/)', () => {
    const outside = ['core', 'platform', 'components', 'entrypoints', 'scripts', 'tools'].flatMap(sourceFiles);
    const offending = outside.filter((f) =>
      /from '[^']*\/tests\/|import\('[^']*\/tests\//.test(readFileSync(f, 'utf8')),
    );
    expect(offending.map((f) => relative(process.cwd(), f))).toEqual([]);
  });

  it('defines every stored item in platform/storage/ (its table lists each key, writer and readers)', () => {
    const offending = files
      .filter((f) => !relative(process.cwd(), f).startsWith('platform/storage/'))
      .filter((f) => /\bdefineItem\b|storage\.(local|session|sync)\.(get|set|remove)\(/.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => relative(process.cwd(), f))).toEqual([]);
  });
});
