import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changelogSection } from '../../core/changelog';
import listings from '../../core/data/store-listings.json';
import { markdownToHtml, policyPage } from '../../core/markdown';

const changelog = readFileSync('CHANGELOG.md', 'utf8');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('the release', () => {
  it("has a changelog section for package.json's version, in the Keep a Changelog form", () => {
    const section = changelogSection(changelog, version);
    expect(section?.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(section?.groups.map((g) => g.heading)).toEqual(expect.arrayContaining(['Added', 'Changed']));
    for (const group of section?.groups ?? []) for (const entry of group.entries) expect(entry).not.toMatch(/\n/);
  });

  it('reads one section, continuation lines joined, and nothing of the next', () => {
    const text =
      '# Changelog\n\n## [1.1.0] - 2027-01-02\n\n### Fixed\n- one\n  more\n- two\n\n## [1.0.0] - 2026-01-01\n\n### Added\n- old\n';
    expect(changelogSection(text, '1.1.0')).toEqual({
      version: '1.1.0',
      date: '2027-01-02',
      groups: [{ heading: 'Fixed', entries: ['one more', 'two'] }],
    });
    expect(changelogSection(text, '1.1')).toBeUndefined();
    expect(changelogSection(text, '9.9.9')).toBeUndefined();
  });

  it("has a listing and a privacy policy in both languages, the short description within the stores' limit", () => {
    // The floors the manifest declares, said in each listing's own words (not any "120" anywhere).
    const config = readFileSync('wxt.config.ts', 'utf8');
    const chrome = config.match(/minimum_chrome_version: '(\d+)'/)?.[1];
    const firefox = config.match(/gecko: \{[^}]*strict_min_version: '(\d+)\.0'/)?.[1];
    expect([chrome, firefox]).toEqual([expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)]);
    const floors = {
      en: `Chrome and Edge ${chrome} or later; Firefox ${firefox} or later`,
      it: `Chrome ed Edge ${chrome} o successive; Firefox ${firefox} o successive`,
    };
    for (const lang of ['en', 'it'] as const) {
      const listing = readFileSync(`store/${lang}/listing.md`, 'utf8');
      const short = listing.split(/^## .*$/m)[2]?.trim() ?? '';
      expect(short.length, lang).toBeGreaterThan(40);
      expect(short.length, lang).toBeLessThanOrEqual(132);
      expect(listing, lang).toContain(floors[lang]);
      expect(readFileSync(`store/${lang}/privacy.md`, 'utf8')).toMatch(/^# Webmail First/);
    }
  });

  it('builds the Chrome and Edge store archive without the manifest key, and only that one', () => {
    const release = readFileSync('scripts/release.sh', 'utf8');
    expect(release).toMatch(/^WEBMAIL_FIRST_STORE=1 npx wxt zip$/m);
    expect(release).toMatch(/^npx wxt zip -b firefox$/m);
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toMatch(/process\.env\.WEBMAIL_FIRST_STORE === '1'/);
    expect(config).toMatch(/\.\.\.\(storeBuild \? \{\} : \{ key: chromiumKey \}\)/);
  });

  it('keeps the store ids in one data file, pending until published', () => {
    expect(
      Object.keys(listings)
        .filter((k) => k !== 'about')
        .sort(),
    ).toEqual(['chrome', 'edge', 'firefox']);
  });
});

describe('the privacy pages (a small Markdown subset)', () => {
  it.each<[string, string]>([
    ['# Title', '<h1>Title</h1>'],
    [
      'Some *em* and **strong** and `code`.',
      '<p>Some <em>em</em> and <strong>strong</strong> and <code>code</code>.</p>',
    ],
    ['- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    ['1. a\n   more\n2. b', '<ol>\n<li>a more</li>\n<li>b</li>\n</ol>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
  ])('%j', (markdown, html) => {
    expect(markdownToHtml(markdown)).toBe(html);
  });

  it('makes a page in its language, without a script', () => {
    const page = policyPage(readFileSync('store/it/privacy.md', 'utf8'), 'it');
    expect(page).toMatch(/<html lang="it">/);
    expect(page).toContain('<title>Webmail First: informativa sulla privacy</title>');
    expect(page).not.toMatch(/<script/i);
  });
});
