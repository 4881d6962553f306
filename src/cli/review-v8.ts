import type { Db } from '../db/open.js';
import { prep } from '../db/stmt.js';

/** Up to how many people (the highest id: cheap, and near enough) a review runs without OSR. */
export const NO_OSR_UP_TO = 20_000;
/** From how many people a network counts as huge here. */
export const HUGE_NETWORK = 50_000;

/**
 * `rel review` (and `rel today`, whose focus runs the same coach) loads a whole network at once and
 * runs through it once, and V8's defaults suit neither (bench/NOTES.md). These flags are read
 * whenever V8 sizes a space or decides to optimise, so setting them here, after start-up, takes
 * effect for the command alone; `node:v8` is loaded only by these two. The build makes the code
 * cache under the default flags (scripts/warm-lean.cjs), or V8 would reject it.
 *
 * The young generation is held at its starting size. Nearly everything the review reads lives to
 * the end of the run, and V8 answers objects that survive by doubling the young generation, up to
 * 2 × 16 MB: on a large network ~17 MB of a ~101 MB peak, on a huge one ~36 MB of ~265 MB. Held,
 * they peak at ~84 and ~225 MB and take ~2% longer (more, smaller scavenges).
 *
 * Up to 20,000 people, no on-stack replacement: V8 compiled the review's loops, each run once, with
 * TurboFan while they ran (~140 ms of CPU for a large review), and the code was mostly ready when
 * the loop was done. On two cores that work took the core the main thread and the collector share:
 * without it a large review is 15–19% faster, one of 3,000 people ~6%, 500 or 2,000 the same. At
 * 35,000 people it no longer paid, and a huge review was 12% slower without it. Functions called
 * often are still optimised. Set at start-up instead, the flag slowed start-up's own loops.
 *
 * On a huge network the old generation grows by at most 3× between full collections. Left to its
 * own heuristics, V8 sometimes ran its first full collection later, at ~50 MB rather than ~38, and
 * the run then peaked at ~275 MB instead of ~225. Capped, every run peaks at ~232 MB, ~4% slower.
 * A large network's peak never varied, and the cap made it ~7% slower: it is left alone.
 */
export async function tuneV8ForReview(db: Db): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=1');
  const highest = (prep(db, 'SELECT max(id) FROM people').pluck().get() as number | null) ?? 0;
  if (highest <= NO_OSR_UP_TO) setFlagsFromString('--no-use-osr');
  if (highest > HUGE_NETWORK) setFlagsFromString('--heap-growing-percent=200');
}
