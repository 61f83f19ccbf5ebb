/**
 * Where repository files come from: the working tree, or a git revision read without a checkout.
 * Paths are POSIX, relative to the repository root.
 */
export interface RepoSource {
  /** Human name of this source, e.g. "working tree" or "origin/main". */
  readonly label: string;
  /** Every file under `dir` (recursively), sorted; symlinks are listed, never followed. */
  listFiles(dir: string): Promise<string[]>;
  /** The file's bytes, or undefined when there is no such regular file. */
  readFile(path: string): Promise<Buffer | undefined>;
  /**
   * Whether the path is inside the repository once symlinks are resolved; `special` when it is, but is
   * neither a regular file nor a folder (a FIFO, socket or device), which is never opened.
   */
  containment(path: string): Promise<'inside' | 'outside' | 'missing' | 'special'>;
  /**
   * Every repository path that decides what reading `path` returns: the path itself, each symbolic link
   * met on the way (a linked folder or file, and each hop of a chain) and where it finally leads, while
   * that stays inside the repository. A change to any of them changes what `path` reads.
   */
  trail(path: string): Promise<string[]>;
  /** Whether `dir` is, or holds at any depth, a symbolic link. */
  hasLinks(dir: string): Promise<boolean>;
}

/** `source` with its reads answered by `readFile`; every other question goes to `source`. */
export function withReads(source: RepoSource, readFile: RepoSource['readFile']): RepoSource {
  return {
    label: source.label,
    listFiles: (dir) => source.listFiles(dir),
    containment: (path) => source.containment(path),
    trail: (path) => source.trail(path),
    hasLinks: (dir) => source.hasLinks(dir),
    readFile,
  };
}
