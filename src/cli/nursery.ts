/**
 * Commands that load a whole network at once (review, today) keep V8's young generation at its
 * starting size. Nearly everything they read lives to the end of the run, and V8 answers objects that
 * survive by doubling the young generation, up to 2 × 16 MB: on a large network that was ~24 MB of a
 * review's ~121 MB peak. Held, the same review peaks at ~97 MB and takes ~2–5% longer (more, smaller
 * scavenges; bench/NOTES.md). The flag is read whenever V8 would grow the space, so setting it here
 * takes effect for the rest of the run. `node:v8` is loaded only by these commands.
 */
export async function holdYoungGeneration(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=1');
}
