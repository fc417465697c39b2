// A small Markdown subset to HTML, for the privacy policy shipped inside the extension (store/<lang>/privacy.md →
// privacy-<lang>.html at build): headings, paragraphs, lists, *emphasis*, **strong**, `code`. Everything else is
// text, escaped. Pure.

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const inline = (text: string) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = line.match(/^(#{1,3}) (.+)/);
    const bullet = line.match(/^- (.+)/);
    const numbered = line.match(/^\d+\. (.+)/);
    if (heading) {
      flush();
      closeList();
      const level = heading[1]?.length ?? 1;
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
    } else if (bullet || numbered) {
      flush();
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline((bullet ?? numbered)?.[1] ?? '')}</li>`);
    } else if (/^\s+\S/.test(line) && list) {
      // A list item's continuation line.
      const last = out.pop() ?? '';
      out.push(last.replace(/<\/li>$/, ` ${inline(line.trim())}</li>`));
    } else if (line === '') {
      flush();
      closeList();
    } else {
      closeList();
      paragraph.push(line);
    }
  }
  flush();
  closeList();
  return out.join('\n');
}

/** A whole page: the policy in its language, with a plain stylesheet and no script. */
export function policyPage(markdown: string, lang: string): string {
  const title = markdown.match(/^# (.+)/m)?.[1] ?? 'Privacy';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}code{font-size:.9em}</style>
</head>
<body>
${markdownToHtml(markdown)}
</body>
</html>
`;
}
