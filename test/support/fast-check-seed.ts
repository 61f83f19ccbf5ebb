// Property tests draw their cases from one fixed seed, so a commit gets the same verdict on every run and
// CI cannot fail on a case nobody can reproduce. `FC_SEED=<n>` replays another seed (the one a failure
// printed); `FC_SEED=random` explores fresh cases, as `npm run test:explore` does before a release.
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') {
  const seed = chosen === undefined || chosen === '' ? 20261207 : Number(chosen);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${chosen}"`);
  fc.configureGlobal({ seed });
}
