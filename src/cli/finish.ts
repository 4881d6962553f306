/** How a rel process ends, shared by both entries (main.ts, lean-main.ts): the only process.exit calls. */
import type { Session } from './terminal.js';

const used = new Set<NodeJS.WriteStream>();

/** The first failure of standard output other than a closed pipe (`> /dev/full`, a disk error). */
let stdoutFailed: NodeJS.ErrnoException | undefined;

/**
 * A reader that stops early (`rel export --format md | head`) is not an error: stop quietly. Any
 * other failure of standard output is said once the command is done (finish). Each stream is
 * guarded when first used: Node sets a standard stream up on first touch (stderr into a pipe or a
 * terminal costs a noticeable share of a one-line command), so untouched ones stay so.
 */
export function guardStreams(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const guard = (stream: NodeJS.WriteStream) => {
      if (used.has(stream)) return stream;
      used.add(stream);
      stream.on('error', (e: NodeJS.ErrnoException) => outputError(e, name));
      return stream;
    };
    const own = Object.getOwnPropertyDescriptor(process, name);
    if (!own?.get || !own.configurable) {
      guard(process[name]);
      continue;
    }
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable ?? true,
      get: () => guard(own.get!.call(process) as NodeJS.WriteStream),
    });
  }
}

/** A failed write to a standard stream: a closed pipe ends rel quietly, anything else is said at the end. */
export function outputError(e: NodeJS.ErrnoException, name: 'stdout' | 'stderr'): void {
  if (e.code === 'EPIPE') process.exit(0);
  if (name === 'stderr') process.exit(1);
  stdoutFailed ??= e;
}

const drained = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => stream.write('', () => resolve()));

/** Writes to a pipe can still be queued (a large `list --json | jq`): let them drain, then exit. */
export async function finish(code: number, argv: readonly string[], session: Session): Promise<never> {
  await Promise.all([...used].map(drained));
  if (stdoutFailed) {
    const { outputFailed } = await import('./errors.js');
    process.stderr.write(`rel: ${outputFailed(stdoutFailed, argv, session)}\n`);
    await drained(process.stderr);
    process.exit(1);
  }
  process.exit(code);
}
