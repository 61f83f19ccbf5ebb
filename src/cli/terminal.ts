// The last line of defence between data and a terminal or CI log. Renderers already keep repository data
// on one line and free of control characters; this guard also covers what they do not own (error details
// quoting a file, a CSV cell, a diff line), so that nothing the CLI prints can drive a terminal (ANSI
// escape sequences: colours, cursor moves, window titles, hyperlinks) or a GitHub Actions runner (a line
// starting with `::` is a workflow command such as `::error`, `::add-mask` or `::stop-commands`).

// C0 controls other than tab, line feed and the CR of a CRLF line end; DEL; C1 controls; and the
// bidirectional overrides that make text read differently from what it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

// The runner trims a line before looking for `::`, so leading blanks do not disarm a command.
const workflowCommand = /^([ \t]*):(?=:)/gm;

/**
 * Text made safe to print: every unsafe character is shown as its `\uXXXX` escape (visible, inert, and
 * inside a JSON string the same character), and a line that would start a workflow command has its
 * first colon shown as `\u003a`.
 */
export function safeForTerminal(text: string): string {
  return text
    .replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(workflowCommand, '$1\\u003a');
}
