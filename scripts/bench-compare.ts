// The popup's speed against an earlier build, in alternate runs on the same machine (this build, the earlier one, this
// build…), so that a machine getting busier weighs on both alike. Prints each figure's median and spread (min–max)
// over the runs, as ratios to the same page with its scripts removed (scripts/bench.ts).
//   npx tsx scripts/bench-compare.ts [commit]   (default: the previous release, release/previous.json)
// BENCH_ALTERNATE sets the number of runs of each build (5); BENCH_EXTENSION another folder for this build (a copy, so
// that building meanwhile does not change what is measured). Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from '../tools/chromium';

const alternate = Number(process.env.BENCH_ALTERNATE ?? 5);
const base = process.argv[2];
const baseDir = execFileSync('bash', ['scripts/previous-build.sh', ...(base ? [base] : [])], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .at(-1) as string;
const builds = {
  'this build': process.env.BENCH_EXTENSION ?? extensionDir,
  [`earlier (${base ?? 'previous release'})`]: baseDir,
};

const results = new Map<string, Record<string, number>[]>(Object.keys(builds).map((name) => [name, []]));
const scratch = mkdtempSync(join(tmpdir(), 'webmail-first-compare-'));
for (let run = 0; run < alternate; run++) {
  for (const [name, dir] of Object.entries(builds)) {
    const out = join(scratch, 'figures.json');
    execFileSync('npx', ['tsx', 'scripts/bench.ts'], {
      env: { ...process.env, BENCH_EXTENSION: dir, BENCH_JSON: out, BENCH_SPEED_ONLY: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    results.get(name)?.push(JSON.parse(readFileSync(out, 'utf8')));
    process.stderr.write(`run ${run + 1}/${alternate}: ${name} measured\n`);
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const show = (key: string, values: number[]) =>
  key.startsWith('bytes')
    ? `${(median(values) / 1024).toFixed(1)} KB`
    : `${median(values).toFixed(2)}× (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
const keys = Object.keys(results.get('this build')?.[0] ?? {});
console.log(`Alternate runs: ${alternate} of each build; medians (spread), ratios to the page without its scripts`);
console.log(`  ${'figure'.padEnd(28)} ${[...results.keys()].map((n) => n.padEnd(28)).join(' ')}`);
for (const key of keys) {
  const cells = [...results.values()].map((runs) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
    return (values.length ? show(key, values) : '–').padEnd(28);
  });
  console.log(`  ${key.padEnd(28)} ${cells.join(' ')}`);
}
