/**
 * `rel review` loads a whole network at once and keeps V8's young generation at its starting size.
 * Nearly everything it reads lives to the end of the run, and V8 answers objects that survive by
 * doubling the young generation, up to 2 × 16 MB: on a large network ~17 MB of a ~101 MB peak, on
 * a huge one ~36 MB of ~265 MB. Held, they peak at ~84 and ~229 MB and take ~2% longer (more,
 * smaller scavenges; it was ~9% before a review made less garbage: bench/NOTES.md). The flag is
 * read whenever V8 would grow the space, so setting it here takes effect for the rest of the run.
 * `node:v8` is loaded only by this command.
 */
export async function holdYoungGeneration(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=1');
}
