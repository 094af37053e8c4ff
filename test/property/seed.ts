// Every property test's fast-check run options. The seed is fixed so that `npm test` is
// deterministic, in CI as here: a run that found a counterexample under a random seed would fail
// one CI run in many, for a bug no commit made. To explore further, run
//   VDPA_PROPERTY_SEED=<n> VDPA_PROPERTY_SCALE=<k> npm test
// (k times each test's runs); a failure prints its seed and shrunk counterexample, which then
// belongs in a test of its own.

const SEED = Number(process.env.VDPA_PROPERTY_SEED ?? 20261202);
const SCALE = Number(process.env.VDPA_PROPERTY_SCALE ?? 1);

/** fast-check options for a property of `numRuns` runs: the fixed seed, the runs scaled. */
export function propertyRuns(numRuns: number): { numRuns: number; seed: number } {
  return { numRuns: Math.max(1, Math.round(numRuns * SCALE)), seed: SEED };
}
