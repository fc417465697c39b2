// The layering, checked: no import cycle anywhere; every layer imports only those below it (entrypoints → app → components
// → platform → core); core/ free of browser, WXT and UI imports (also enforced by Biome's noRestrictedImports on
// core/**); the browser's API only in platform/ and the background; no re-export.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['core', 'platform', 'components', 'app', 'entrypoints'];

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
    // `export * from`, `export { a } from`, `export type { T } from`, and `export { a }` of a name the file imported:
    // each hides where a name lives.
    const offending = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      if (/^export (type )?(\*|\{[^}]*\}) from /m.test(text)) return true;
      const imported = new Set(
        [...text.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}\s+from/gm)].flatMap((m) =>
          (m[1] ?? '').split(',').map((n) =>
            n
              .replace(/\btype\s+/, '')
              .split(/\s+as\s+/)
              .at(-1)
              ?.trim(),
          ),
        ),
      );
      return [...text.matchAll(/^export (?:type )?\{([^}]*)\};?$/gm)].some((m) =>
        (m[1] ?? '').split(',').some((n) => imported.has(n.split(/\s+as\s+/)[0]?.trim())),
      );
    });
    expect(offending.map((f) => relative(process.cwd(), f))).toEqual([]);
  });

  // The layers, top to bottom: a layer imports only those below it. entrypoints → app → components → platform → core.
  const layers = ['entrypoints', 'app', 'components', 'platform', 'core'] as const;
  const layerOf = (file: string) => layers.find((layer) => relative(process.cwd(), file).startsWith(`${layer}/`));
  it.each(layers.slice(1).map((layer, i) => [layer, layers.slice(0, i + 1)] as const))(
    '%s/ imports no module of a layer above it (%j)',
    (layer, above) => {
      const offending = files
        .filter((f) => layerOf(f) === layer)
        .flatMap((f) =>
          [...readFileSync(f, 'utf8').matchAll(/(?:from\s+|import\()'(\.[^']+)'/g)]
            .map((m) => resolve(dirname(f), m[1] as string))
            .filter((target) => above.some((a) => relative(process.cwd(), target).startsWith(`${a}/`)))
            .map((target) => `${relative(process.cwd(), f)} → ${relative(process.cwd(), target)}`),
        );
      expect(offending).toEqual([]);
    },
  );

  it('only the platform layer and the background touch the browser’s API (wxt/browser)', () => {
    const offending = files
      .filter((f) => ['app', 'components', 'entrypoints'].includes(layerOf(f) ?? ''))
      .filter((f) => !f.endsWith('entrypoints/background.ts'))
      .filter((f) => /from\s+'wxt\/browser'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(process.cwd(), f));
    expect(offending).toEqual([]);
  });

  it('every lazy import goes through lazy() (core/lazy.ts: loaded once, a failed load tried again)', () => {
    const offending = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/(.{0,20})\bimport\(/g)]
        .filter((m) => !/lazy\(\(\) => $|typeof $/.test(m[1] as string))
        .map(() => relative(process.cwd(), f)),
    );
    expect(offending).toEqual([]);
  });

  it('nothing outside tests/ imports from tests/ (the shared tooling lives in tools/)', () => {
    const outside = ['core', 'platform', 'components', 'app', 'entrypoints', 'scripts', 'tools'].flatMap(sourceFiles);
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

  it('every end-to-end file goes through the one fixture (tests/support/fixture.ts), which starts and closes', () => {
    const e2eFiles = sourceFiles(resolve('tests/e2e')).filter((f) => f.endsWith('.test.ts'));
    expect(e2eFiles.length).toBeGreaterThan(10);
    const offending = e2eFiles.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const vitest = /import \{([^}]*)\} from 'vitest'/.exec(text)?.[1] ?? '';
      const problems = [
        /from '[./]*support\/fixture'/.test(text) ? '' : 'does not import e2e from tests/support/fixture.ts',
        /\b(it|test|beforeAll|afterAll|beforeEach|afterEach)\b/.test(vitest)
          ? "takes tests or hooks from 'vitest'"
          : '',
        // A server, a receiver, a proxy or a browser started outside the fixture is one a failure can leave open.
        // (Xvfb starts as the file is collected, to know whether to skip; a hook hands it to own().)
        ...[...text.matchAll(/await (start(?!Xvfb)\w+|launch\w*)\(/g)].map((m) => `${m[1]}() not handed to own()`),
      ];
      return problems.filter(Boolean).map((problem) => `${relative(process.cwd(), f)}: ${problem}`);
    });
    expect(offending).toEqual([]);
  });

  it('every end-to-end file names the popup’s steps through the page objects (tests/support/pages.ts), not raw hooks', () => {
    const files = [...sourceFiles(resolve('tests/e2e')), ...sourceFiles(resolve('tests/support'))].filter(
      (f) => !f.endsWith('support/pages.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    // An action, a provider, an answer or a verdict spelled as a selector: renaming its hook would miss this file.
    const raw = /\[data-(action|provider|outcome|verdict|warning|notice)[=\]]/;
    const offending = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          raw.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${relative(process.cwd(), f)}:${i + 1}`] : [],
        ),
    );
    expect(offending).toEqual([]);
  });
});
