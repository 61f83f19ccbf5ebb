/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Today's date (YYYY-MM-DD), read once by the entry point: the default for --now. */
  today: string;
}
