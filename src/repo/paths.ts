import { posix } from 'node:path';

/** Why a file reference cannot be followed. */
export type PathRefusal = 'empty' | 'nul' | 'absolute' | 'escapes';

/**
 * Resolve `ref` (written in a file inside `baseDir`) to a repository-relative path, refusing anything
 * that could leave the repository: absolute paths, drive letters, NUL bytes, and `..` above the root.
 */
export function resolveRef(baseDir: string, ref: string): { path: string } | { refused: PathRefusal } {
  if (ref.trim() === '') return { refused: 'empty' };
  if (ref.includes('\0')) return { refused: 'nul' };
  if (ref.startsWith('/') || ref.startsWith('\\') || /^[A-Za-z]:/.test(ref)) return { refused: 'absolute' };
  const joined = posix.normalize(posix.join(baseDir, ref.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) return { refused: 'escapes' };
  return { path: joined === '.' ? '' : joined };
}

/** A sentence saying why a reference was refused, for error messages. */
export function refusalMessage(ref: string, why: PathRefusal | 'outside'): string {
  switch (why) {
    case 'empty':
      return 'file reference is empty';
    case 'nul':
      return 'file reference contains a NUL byte';
    case 'absolute':
      return `file reference '${ref}' is absolute; references must be relative to the product folder`;
    case 'escapes':
      return `file reference '${ref}' leaves the repository`;
    case 'outside':
      return `file reference '${ref}' is a symbolic link that points outside the repository`;
  }
}
