/**
 * `a.localeCompare(b)` without building a collator on every call (ECMA-402: localeCompare is a
 * new Intl.Collator of the same locale and options, compared once). Sorting a thousand people by
 * name with localeCompare took ~15 ms; one collator does it in a fraction.
 *
 * Two names of printable ASCII are compared here, as ICU's root collation orders them, when the
 * default locale is one whose order of ASCII is root's: the first collator of a process costs
 * ~5 ms (ICU loads its collation data), a fortieth of a large review. test/domain/collate.test.ts
 * holds this to Intl.Collator, in the default locale, in English and in Japanese.
 */
let collator: Intl.Collator | undefined;

export function compareText(a: string, b: string): number {
  if (rootAscii) {
    const order = compareAscii(a, b);
    if (order !== undefined) return order;
  }
  return (collator ??= new Intl.Collator()).compare(a, b);
}

/**
 * Printable ASCII (space to tilde) in root collation order: spaces and punctuation, symbols,
 * digits, then letters, each lowercase letter just before its capital. Every one of these differs
 * from the others at the first level but a letter and its capital, which differ at the third.
 */
const ROOT_ORDER = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ`;

/** The first-level weight of each printable ASCII character (0: not one), a letter's both cases alike. */
const PRIMARY = new Uint8Array(128);
for (let i = 0, w = 0; i < ROOT_ORDER.length; i++) {
  const c = ROOT_ORDER.charCodeAt(i);
  // A capital shares the weight of the lowercase letter just before it.
  if (!(c >= 65 && c <= 90)) w++;
  PRIMARY[c] = w;
}

/**
 * As root collation compares two strings of printable ASCII: their first-level weights in turn (a
 * string before any longer one it begins), then case, lowercase first, at the first letter that
 * differs only so. Undefined when either holds any other character.
 */
export function compareAscii(a: string, b: string): number | undefined {
  const n = a.length < b.length ? a.length : b.length;
  let third = 0;
  let first = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    const wx = x < 128 ? PRIMARY[x]! : 0;
    const wy = y < 128 ? PRIMARY[y]! : 0;
    if (wx === 0 || wy === 0) return undefined;
    if (first !== 0 || x === y) continue;
    if (wx !== wy) first = wx < wy ? -1 : 1;
    // The same letter in two cases: the lowercase (the higher code) first.
    else if (third === 0) third = x > y ? -1 : 1;
  }
  const longer = a.length > n ? a : b;
  for (let i = n; i < longer.length; i++) {
    const c = longer.charCodeAt(i);
    if (c >= 128 || PRIMARY[c] === 0) return undefined;
  }
  if (first !== 0) return first;
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return third;
}

/**
 * The locale variables ICU reads for the default locale (LC_ALL, LC_MESSAGES, LANG, in that order),
 * and the two other categories, for good measure.
 */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LC_COLLATE', 'LC_CTYPE'] as const;

/**
 * Locales whose collation orders printable ASCII as root does: the POSIX locale (V8 reads it as
 * en-US), English and Japanese, with any encoding but no modifier (`@collation=…` may reorder).
 */
const ROOT_ASCII_LOCALE = /^(?:C|POSIX|en|en_[A-Z]{2}|ja|ja_JP)(?:\.[\w-]+)?$/;

/**
 * Whether the default locale orders ASCII as root does, judged by the locale variables as ICU
 * reads them on a POSIX system: every one that is set must name such a locale. On Windows ICU asks
 * the system instead, so there every comparison goes to ICU.
 */
export function asciiInRootOrder(
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): boolean {
  return (
    platform !== 'win32' &&
    LOCALE_VARIABLES.every((v) => {
      const value = env[v];
      return value === undefined || value === '' || ROOT_ASCII_LOCALE.test(value);
    })
  );
}

let rootAscii = false;

/**
 * Compare ASCII here from now on (the CLI's entries, from asciiInRootOrder): off until then, so a
 * caller that never says, a test in-process included, gets ICU's order.
 */
export function orderAsciiAsRoot(on: boolean): void {
  rootAscii = on;
}
