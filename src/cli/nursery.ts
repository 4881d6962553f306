import type { Db } from '../db/open.js';
import { prep } from '../db/stmt.js';

/** From how many people (the highest id: cheap, and near enough) a network counts as huge here. */
export const HUGE_NETWORK = 50_000;

/**
 * `rel review` loads a whole network at once, and two V8 settings suit it (bench/NOTES.md). Both
 * flags are read whenever V8 sizes a space, so setting them here takes effect for the rest of the
 * run; `node:v8` is loaded only by this command.
 *
 * The young generation is held at its starting size. Nearly everything the review reads lives to
 * the end of the run, and V8 answers objects that survive by doubling the young generation, up to
 * 2 × 16 MB: on a large network ~17 MB of a ~101 MB peak, on a huge one ~36 MB of ~265 MB. Held,
 * they peak at ~84 and ~225 MB and take ~2% longer (more, smaller scavenges).
 *
 * On a huge network the old generation grows by at most 3× between full collections. Left to its
 * own heuristics, V8 sometimes ran its first full collection later, at ~50 MB rather than ~38, and
 * the run then peaked at ~275 MB instead of ~225. Capped, every run peaks at ~232 MB, ~4% slower.
 * A large network's peak never varied, and the cap made it ~7% slower: it is left alone.
 */
export async function tuneHeapForReview(db: Db): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=1');
  const highest = prep(db, 'SELECT max(id) FROM people').pluck().get() as number | null;
  if ((highest ?? 0) > HUGE_NETWORK) setFlagsFromString('--heap-growing-percent=200');
}
