/**
 * labelguard cannot run as asked: bad flags, no such repository, an invalid `.labelguard.yml`.
 * The shells turn it into exit code 2 and print `details` (already located, one per line).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
