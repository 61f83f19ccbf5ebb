import pkg from '../package.json' with { type: 'json' };

/** The generator recorded in reports and evidence indexes. */
export const generator = { name: 'labelguard', version: pkg.version } as const;
