// The documents a newcomer reads: the README is a front page (at most 12 KB, no test counts or one machine's
// figures), and every relative link in it and in the files it leads to points at a file that exists.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const documents = [
  'README.md',
  'CONTRIBUTING.md',
  'docs/using.md',
  'docs/consultant.md',
  'docs/how-it-decides.md',
  'docs/hooks.md',
  'docs/privacy.md',
  'docs/providers.md',
  'docs/benchmarks.md',
];

describe('the documents', () => {
  it('the README is a front page: at most 12 KB, without test counts', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
    expect(readme).not.toMatch(/\d+ passed|unit \d+|end-to-end in Chromium \d+/);
  });

  it('the README leads to every document for each audience', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const doc of documents.slice(1)) expect(readme, doc).toContain(`](${doc})`);
    for (const file of ['LICENSE', 'CHANGELOG.md']) expect(readme).toContain(`](${file})`);
  });

  it.each(documents)('%s: every relative link points at a file that exists', (doc) => {
    const text = readFileSync(doc, 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] as string)
      .filter((target) => !/^[a-z]+:/i.test(target));
    const missing = targets.filter((target) => !existsSync(join(dirname(doc), target)));
    expect(missing).toEqual([]);
  });

  it('LICENSE, CONTRIBUTING, .editorconfig and the Node version a newcomer looks for are there and agree', () => {
    for (const file of ['LICENSE', 'CONTRIBUTING.md', '.editorconfig', '.nvmrc'])
      expect(existsSync(file), file).toBe(true);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string; engines: { node: string } };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
    // .nvmrc names a version the engines range accepts (20.19 or later, or 22.12 and later).
    const [major, minor] = readFileSync('.nvmrc', 'utf8').trim().split('.').map(Number) as [number, number];
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    expect((major === 20 && minor >= 19) || major >= 22).toBe(true);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(/^## \[Unreleased\]$/m);
  });
});

describe('the public contract and the decision table are written down', () => {
  const hooks = readFileSync('docs/hooks.md', 'utf8');
  const decides = readFileSync('docs/how-it-decides.md', 'utf8');
  it('docs/hooks.md lists every verdict, reason, question and answer the screens put in a hook', async () => {
    const { verdictIds, outcomes, followUps, secondQuestions } = await import('../../core/answers');
    const { reasonTexts, questionTexts, hookValue } = await import('../../core/texts');
    for (const verdict of verdictIds) expect(hooks, verdict).toContain(`\`${verdict}\``);
    for (const reason of Object.keys(reasonTexts)) expect(hooks, reason).toContain(`\`${reason}\``);
    const answers = [
      ...outcomes,
      ...Object.values(followUps).flatMap((f) => f.answers),
      ...Object.values(secondQuestions).flatMap((q) => q.answers),
    ];
    for (const answer of answers) expect(hooks, answer).toContain(`\`${hookValue(answer)}\``);
    for (const question of [
      'outcome',
      'send-scope',
      'warning',
      'password',
      'missing',
      'internet',
      'notice',
      'phone',
    ] as const) {
      expect(questionTexts(question).answers.length, question).toBeGreaterThan(0);
      expect(hooks, question).toContain(`\`${question}\``);
    }
  });

  it('docs/how-it-decides.md has a row for every answer of the rule', async () => {
    const { outcomes, followUps, secondQuestions } = await import('../../core/answers');
    const answers = [
      ...outcomes,
      ...Object.values(followUps).flatMap((f) => f.answers),
      ...Object.values(secondQuestions).flatMap((q) => q.answers),
    ];
    for (const answer of answers) expect(decides, answer).toContain(`\`${answer}\``);
  });
});

describe('test names say what they prove', () => {
  it('no test or group is named by a review label (a letter and a number): the name says the behaviour', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.test\.tsx?$|scenarios\.ts$|situations\.ts$|field-three\.ts$|both-engines\.ts$/.test(name))
          files.push(path);
      }
    };
    walk('tests');
    const labelled = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:it|describe)(?:\.each\([\s\S]*?\))?\(\s*(['"`])(.*?)\1/g)]
        .map((m) => m[2] as string)
        .filter((title) => /\b[LMIH]\d{1,2}\b/.test(title))
        .map((title) => `${file}: ${title}`),
    );
    expect(labelled).toEqual([]);
  });
});
