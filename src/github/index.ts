/** The GitHub shell: the only code that talks to the GitHub API. */
export * from './client.js';
export * from './comments.js';
export * from './errors.js';
export * from './git-data.js';
export * from './identity.js';
export * from './issues.js';
export * from './markers.js';
export * from './pulls.js';
export * from './repo.js';
export * from './reviews.js';
