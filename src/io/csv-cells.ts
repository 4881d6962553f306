/** One CSV cell made safe from spreadsheets, and back (rel's export writes it, its import reads it). */
const FORMULA_START = "=+-@\t\r'";

/**
 * A cell a spreadsheet would run as a formula is prefixed with ' so it stays text: at its start and
 * after every line break inside it (a reader that splits lines naively sees a new row there). A ' at
 * those places is doubled the same way, so `restoreCell` gives back exactly what was written.
 */
export function neutralise(cell: string): string {
  let out = '';
  let lineStart = true;
  for (const ch of cell) {
    if (lineStart && FORMULA_START.includes(ch)) out += "'";
    out += ch;
    lineStart = ch === '\r' || ch === '\n';
  }
  return out;
}

/** The inverse of neutralise: what the cell held before it was made safe. */
export function restoreCell(cell: string): string {
  let out = '';
  let lineStart = true;
  for (const ch of cell) {
    if (!(lineStart && ch === "'")) out += ch;
    lineStart = ch === '\r' || ch === '\n';
  }
  return out;
}
