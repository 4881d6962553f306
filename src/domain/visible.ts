/**
 * What the data says, made safe for a terminal. Names, notes, tags and whatever else was typed or
 * imported may hold ESC (and with it CSI/OSC sequences: a new window title, a cleared screen, a
 * clipboard write, a spoofed link), other C0 or C1 controls, or bidi overrides that reorder what is
 * shown. Text output never prints them raw: C0 controls and DEL become their visible pictures
 * (ESC → ␛, LF → ␊), C1 controls and bidi/line-separator marks become <U+XXXX>. rel's own colors are
 * added after this, by the formatters, so they keep working; `--json` prints the data exactly.
 */

import { LAZY } from '../domain/finding.js';

/** C0, DEL, C1, the bidi marks, embeddings, overrides and isolates, and the line/paragraph separators. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const picture = (c: string): string => {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return '\u2421';
  return `<U+${n.toString(16).toUpperCase().padStart(4, '0')}>`;
};

/** One value from the data, safe to print: no control character survives. */
export function visible(s: string): string {
  return s.replace(UNSAFE, picture);
}

/** Text made of lines (a message that may quote the data): line breaks kept, every other control shown. */
export function visibleLines(s: string): string {
  return s.replace(UNSAFE_BUT_NEWLINE, picture);
}

/** True when a string holds something `visible` would change. */
export const hasUnsafe = (s: string): boolean => new RegExp(UNSAFE.source).test(s);

/**
 * Every string inside a command's result (plain objects, arrays, Maps and Sets), made visible; the
 * result itself is not changed. Text formatters get this, so every name and note they interpolate is
 * safe without each of them having to remember.
 */
export function visibleDeep<T>(v: T): T {
  if (typeof v === 'string') return visible(v) as T;
  // Copied only where something changed: a result with nothing to show differently (nearly every
  // one) is handed on as it is, without rebuilding a long timeline.
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const y = visibleDeep(x);
      if (y !== x) (out ??= v.slice())[i] = y;
    }
    return (out ?? v) as T;
  }
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, visibleDeep(x)])) as T;
  if (v instanceof Set) return new Set([...v].map((x: unknown) => visibleDeep(x))) as T;
  if (typeof v === 'object' && v !== null) {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto === Object.prototype || proto === null) {
      const lazy = (v as { [LAZY]?: readonly string[] })[LAZY];
      if (lazy) return visibleLazy(v, lazy) as T;
      const from = v as Record<string, unknown>;
      let out: Record<string, unknown> | undefined;
      for (const k of Object.keys(from)) {
        const x = from[k];
        const y = visibleDeep(x);
        if (y !== x) (out ??= Object.fromEntries(Object.entries(from)))[k] = y;
      }
      return (out ?? v) as T;
    }
  }
  return v;
}

/** A plain object made visible; a key marked LAZY stays a getter, made visible when first read. */
function visibleLazy(v: object, lazy: readonly string[]): object {
  const out: Record<string, unknown> = {};
  const from = v as Record<string, unknown>;
  for (const k of Object.keys(v)) {
    let memo: { value: unknown } | undefined;
    Object.defineProperty(
      out,
      k,
      lazy.includes(k)
        ? {
            enumerable: true,
            configurable: true,
            get: () => (memo ??= { value: visibleDeep(from[k]) }).value,
          }
        : { enumerable: true, configurable: true, writable: true, value: visibleDeep(from[k]) },
    );
  }
  return out;
}
