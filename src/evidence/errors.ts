/** Evidence cannot be generated from what was given; the message says what is wrong and what to do. */
export class EvidenceError extends Error {
  constructor(
    readonly what: string,
    readonly hint: string,
  ) {
    super(`${what} ${hint}`);
    this.name = 'EvidenceError';
  }
}
