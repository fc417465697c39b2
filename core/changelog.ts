// One version's section of CHANGELOG.md (Keep a Changelog), as headed lists: what the options page shows once after
// an update. Pure: the changelog's text is passed in.

export interface ChangelogSection {
  version: string;
  date?: string;
  /** "Added", "Changed", "Fixed"…, each with its entries (continuation lines joined). */
  groups: { heading: string; entries: string[] }[];
}

export function changelogSection(markdown: string, version: string): ChangelogSection | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`).test(line));
  if (start < 0) return undefined;
  const date = lines[start]?.match(/ - (\d{4}-\d\d-\d\d)/)?.[1];
  const groups: ChangelogSection['groups'] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    const heading = line.match(/^### (.+)/)?.[1];
    if (heading) groups.push({ heading: heading.trim(), entries: [] });
    else if (/^- /.test(line)) groups.at(-1)?.entries.push(line.slice(2).trim());
    else if (/^\s+\S/.test(line)) {
      const entries = groups.at(-1)?.entries;
      if (entries?.length) entries[entries.length - 1] = `${entries.at(-1)} ${line.trim()}`;
    }
  }
  return { version, ...(date ? { date } : {}), groups: groups.filter((g) => g.entries.length > 0) };
}
