/** Output into a file or a pipe is written at once, and a full non-blocking pipe hands over to Node's stream in order. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainWriter } from '../../src/cli/plain-out.js';

/** A stand-in for Node's stream: what it was given, in order. */
function fakeStream() {
  const got: string[] = [];
  const stream = {
    destroyed: false,
    errored: null,
    write(chunk: string | Uint8Array, cb?: () => void) {
      got.push(Buffer.from(chunk).toString());
      cb?.();
      return true;
    },
  };
  return { got, stream: () => stream as unknown as NodeJS.WriteStream };
}

describe('plain output', () => {
  it('writes every byte of every chunk, in order, through short writes', () => {
    const written: string[] = [];
    // At most 3 bytes a call, as a pipe near full may take.
    const write = ((_fd: number, b: Uint8Array, at: number) => {
      const n = Math.min(3, b.length - at);
      written.push(Buffer.from(b.subarray(at, at + n)).toString());
      return n;
    }) as unknown as typeof writeSync;
    const { got, stream } = fakeStream();
    const out = plainWriter(1, stream, write);
    expect(out.write('こんにちは, Aiko\n')).toBe(true);
    expect(out.write('second line\n')).toBe(true);
    expect(Buffer.concat(written.map((s) => Buffer.from(s))).toString()).toBe(
      'こんにちは, Aiko\nsecond line\n',
    );
    expect(got).toEqual([]);
  });

  it('after EAGAIN, the rest of that chunk and every later one go through the stream', () => {
    const written: Buffer[] = [];
    let room = 10;
    const write = ((_fd: number, b: Uint8Array, at: number) => {
      if (room === 0) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      const n = Math.min(room, b.length - at);
      room -= n;
      written.push(Buffer.from(b.subarray(at, at + n)));
      return n;
    }) as unknown as typeof writeSync;
    const { got, stream } = fakeStream();
    const out = plainWriter(1, stream, write);
    out.write('0123456789abcdef\n');
    out.write('next\n');
    expect(Buffer.concat(written).toString()).toBe('0123456789');
    expect(got).toEqual(['abcdef\n', 'next\n']);
  });

  it('a failed write (a full disk) marks the writer errored and writes nothing more', () => {
    let calls = 0;
    const write = (() => {
      calls++;
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    }) as unknown as typeof writeSync;
    const out = plainWriter(1, fakeStream().stream, write);
    expect(out.write('a\n')).toBe(false);
    expect(out.errored).toMatchObject({ code: 'ENOSPC' });
    expect(out.write('b\n')).toBe(false);
    expect(calls).toBe(1);
  });

  it('after EAGAIN, a full stream says so and its drain reaches who waits on the writer', async () => {
    const got: string[] = [];
    // Node's stream with room for 4 bytes, written slowly: a write beyond returns false, then drains.
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _enc, cb) {
        got.push(chunk.toString());
        setTimeout(cb, 1);
      },
    });
    const write = (() => {
      throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
    }) as unknown as typeof writeSync;
    const out = plainWriter(1, () => slow as unknown as NodeJS.WriteStream, write);
    expect(out.write('more than four bytes\n')).toBe(false);
    await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    expect(out.write('then more\n')).toBe(false);
    await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    expect(got.join('')).toBe('more than four bytes\nthen more\n');
  });

  it('who waits on a writer whose write failed hears the error', async () => {
    const write = (() => {
      throw Object.assign(new Error('EFBIG'), { code: 'EFBIG' });
    }) as unknown as typeof writeSync;
    const out = plainWriter(1, fakeStream().stream, write);
    expect(out.write('a\n')).toBe(false);
    const heard = await new Promise<unknown>((resolve) => out.once('error', resolve));
    expect(heard).toMatchObject({ code: 'EFBIG' });
  });

  it('takes a file, a pipe and /dev/null as plain, and no other character device', () => {
    const built = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'plain-out.js');
    // What the built module says of its standard output, on standard error.
    const plainWith = (stdout: 'pipe' | 'ignore' | number) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { isPlain } from ${JSON.stringify(built)}; process.stderr.write(String(isPlain(1)));`,
        ],
        {
          stdio: ['ignore', stdout, 'pipe'],
          encoding: 'utf8',
        },
      ).stderr;
    expect(plainWith('pipe')).toBe('true');
    // 'ignore' is /dev/null.
    expect(plainWith('ignore')).toBe('true');
    const zero = openSync('/dev/zero', 'w');
    try {
      expect(plainWith(zero)).toBe('false');
    } finally {
      closeSync(zero);
    }
  });
});
