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
 * Up to 50,000 people the young generation is held at its starting size. Nearly everything the
 * review reads lives to the end of the run, and V8 answers objects that survive by doubling the
 * young generation, up to 2 × 16 MB: on a large network that made a ~96 MB peak of a ~78 MB one
 * for ~5% of time. Held, every survivor is copied twice by small scavenges, which is cheap enough
 * at that size.
 *
 * Up to 20,000 people, no on-stack replacement: V8 compiled the review's loops, each run once, with
 * TurboFan while they ran (~140 ms of CPU for a large review), and the code was mostly ready when
 * the loop was done. On two cores that work took the core the main thread and the collector share:
 * without it a large review is 15–19% faster, one of 3,000 people ~6%, 500 or 2,000 the same. At
 * 35,000 people it no longer paid, and a huge review was 12% slower without it. Functions called
 * often are still optimised. Set at start-up instead, the flag slowed start-up's own loops.
 *
 * Over 50,000 people the young generation grows as V8 likes, and the old generation grows by at
 * most 2× between full collections. Copying ~150 MB of survivors in 1 MB scavenges cost a huge
 * review ~10% of its time; the larger young generation alone peaked at ~253 MB, and the earlier
 * full collections take that back: ~226 MB every run (held with a 3× cap it was ~232 MB, once up
 * to ~240, and left to V8 it sometimes ran its first full collection late and peaked at ~275 MB).
 */
export async function tuneV8ForReview(db: Db): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  const highest = (prep(db, 'SELECT max(id) FROM people').pluck().get() as number | null) ?? 0;
  if (highest > HUGE_NETWORK) setFlagsFromString('--heap-growing-percent=100');
  else setFlagsFromString('--semi-space-growth-factor=1');
  if (highest <= NO_OSR_UP_TO) setFlagsFromString('--no-use-osr');
}
