/**
 * The part of a GitHub Markdown body a reader sees before opening anything: the text outside every
 * `<details>` block, with each outermost block reduced to its `<summary>` line.
 */
export function visiblePart(markdown: string): string {
  let out = '';
  let depth = 0;
  let at = 0;
  for (const m of markdown.matchAll(/<details>|<\/details>|<summary>[\s\S]*?<\/summary>/g)) {
    if (depth === 0) out += markdown.slice(at, m.index);
    if (m[0] === '<details>') {
      if (depth === 0) out += m[0];
      depth++;
    } else if (m[0] === '</details>') {
      depth--;
      if (depth === 0) out += m[0];
    } else if (depth === 1) out += m[0];
    at = m.index + m[0].length;
  }
  return out + markdown.slice(at);
}
