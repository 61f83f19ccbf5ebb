/**
 * Markdown, HTML, mention, link, control-character and workflow-command payloads. Each is written into
 * every free-text field of the example repository (see pipeline.ts) and must come out inert in everything
 * labelguard renders from it: the sticky comment, the job summary, refiling pull-request titles, bodies and
 * commit messages, the dashboard issue, the SARIF log, workflow annotations and the plain-text report.
 */
import type { DeclaredCase } from './declared.js';

export interface InjectionCase extends DeclaredCase {
  payload: string;
  /** Raw forms that must appear in no GitHub body (each would be live Markdown or HTML there). */
  mustNotAppear: string[];
}

const inert = 'shown as text in every comment, PR and issue body, SARIF, annotation and terminal line';

export const injectionCases: InjectionCase[] = [
  {
    id: 'html-img',
    input: '`<img src=x onerror=alert(1)>`',
    expected: `no tag: \`&lt;img …&gt;\`, ${inert}`,
    payload: '<img src=x onerror=alert(1)>',
    mustNotAppear: ['<img'],
  },
  {
    id: 'html-script',
    input: '`<script>alert(document.cookie)</script>`',
    expected: 'no tag; shown as text',
    payload: '<script>alert(document.cookie)</script>',
    mustNotAppear: ['<script', '</script'],
  },
  {
    id: 'html-break-out',
    input: '`</details></summary><h1>forged</h1>` (closing the renderer’s own folds)',
    expected: 'no tag; the renderer’s details blocks stay balanced',
    payload: '</details></summary><h1>forged</h1>',
    mustNotAppear: ['</details></summary>', '<h1>'],
  },
  {
    id: 'marker-spoof',
    input: 'the sticky comment’s own hidden marker `<!-- labelguard:comment key=… -->`',
    expected: 'escaped: the body still has exactly one marker, so no other comment can pass for labelguard’s',
    payload: '<!-- labelguard:comment key=labelguard/labels/default -->',
    mustNotAppear: ['<!-- labelguard:comment key=labelguard/labels/default --> '],
  },
  {
    id: 'comment-open',
    input: 'an unterminated `<!--` (would hide the rest of the body)',
    expected: 'escaped; nothing after it is hidden',
    payload: 'hidden <!-- ',
    mustNotAppear: ['hidden <!--'],
  },
  {
    id: 'mention',
    input: '`@acme/all` and `@octocat` (team and user mentions)',
    expected: 'no notification: a zero-width space follows every `@`',
    payload: 'cc @acme/all and @octocat',
    mustNotAppear: ['@acme/all', '@octocat'],
  },
  {
    id: 'issue-reference',
    input: '`fixes #1, acme/cameras#2` (issue references that close or cross-link)',
    expected: 'no reference: `#` is followed by a zero-width space',
    payload: 'fixes #1, acme/cameras#2',
    mustNotAppear: ['fixes #1', 'cameras#2'],
  },
  {
    id: 'javascript-link',
    input: '`[click](javascript:alert(1))`',
    expected: 'no link: brackets and parentheses escaped',
    payload: '[click](javascript:alert(1))',
    mustNotAppear: ['[click](', '](javascript'],
  },
  {
    id: 'tracking-image',
    input: '`![x](https://evil.example/pixel.png)` (an image that phones home)',
    expected: 'no image, no autolink',
    payload: '![x](https://evil.example/pixel.png)',
    mustNotAppear: ['![x]', 'https://evil'],
  },
  {
    id: 'autolinks',
    input: '`<https://evil.example/login>`, `https://evil.example`, `www.evil.example`',
    expected: 'no link: the URL shapes are broken with a zero-width space',
    payload: 'see <https://evil.example/login> or https://evil.example or www.evil.example',
    mustNotAppear: ['https://evil', 'www.evil'],
  },
  {
    id: 'emphasis-and-maths',
    input: '`**bold** _it_ ~~gone~~ $x^2$`',
    expected: 'shown as typed: every delimiter escaped',
    payload: '**bold** _it_ ~~gone~~ $x^2$',
    mustNotAppear: ['**bold**', '$x^2$', '~~gone~~'],
  },
  {
    id: 'table-break',
    input: '`a | b |---|` and a line break into a new table row',
    expected: 'every table row keeps its number of cells',
    payload: 'a | b |---|\n| forged | row |',
    mustNotAppear: ['| forged | row |'],
  },
  {
    id: 'code-fence',
    input: 'a line break, then ```` ``` ```` and `# heading` (new blocks)',
    expected: 'one line, no fence, no heading',
    payload: 'x\n```\n# forged heading\n```',
    mustNotAppear: ['\n```', '\n# forged'],
  },
  {
    id: 'long-line',
    input: 'a 20,000-character value in every field',
    expected: 'cut with `…`: at most 500 characters of it in any body (finding messages), 300 in a table cell or annotation',
    payload: 'L'.repeat(20_000),
    mustNotAppear: ['L'.repeat(501)],
  },
  {
    id: 'ansi',
    input: 'ANSI colour, title and hyperlink escape sequences',
    expected: 'no escape character anywhere; the terminal report shows plain text',
    payload: '\u001b[31mRED\u001b[0m \u001b]0;pwned\u0007 \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
    dist: true,
    mustNotAppear: ['\u001b'],
  },
  {
    id: 'workflow-command',
    input: '`\\r\\n::error file=a::forged` and `::add-mask::`, `::stop-commands::`',
    expected: 'no line starts a workflow command, in logs or annotations',
    payload: 'x\r\n::error file=a::forged\n::add-mask::secret\n  ::stop-commands::t',
    dist: true,
    mustNotAppear: ['\n::', '\r'],
  },
  {
    id: 'forged-line',
    input: 'a line break and `PASS  forged (CAM) — cn-ccl ★★★` (a forged verdict line)',
    expected: 'the plain-text report shows one line per value; no forged verdict',
    payload: 'x\nPASS  forged (CAM) — cn-ccl ★★★',
    mustNotAppear: ['\nPASS  forged'],
  },
  {
    id: 'bidi',
    input: 'right-to-left override `\\u202E` ("Trojan Source")',
    expected: 'removed: text reads as it is',
    payload: 'invoice\u202Egnp.exe',
    mustNotAppear: ['\u202E'],
  },
];
