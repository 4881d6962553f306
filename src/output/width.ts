/** Terminal width of text (East Asian wide characters count 2) and word wrapping that respects it. */

// eslint-disable-next-line no-control-regex -- ANSI escapes are what we strip
const ANSI = /\u001b\[[0-9;]*m/g;
const PLAIN = /^[\x20-\x7e]*$/;

function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

export function width(s: string): number {
  // Printable ASCII (most names, dates and notes) is one column a character: no need to look closer.
  if (PLAIN.test(s)) return s.length;
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

export function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

export function truncate(s: string, n: number): string {
  if (width(s) <= n) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > n - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Wraps to `cols`, indenting continuation lines by `indent` spaces. Breaks at spaces; text without
 * spaces (Japanese) breaks between characters, never before 、。).
 */
export function wrap(text: string, cols: number, indent = 0): string {
  const lines: string[] = [];
  let line = '';
  const room = () => (lines.length === 0 ? cols : cols - indent);
  const tokens = text.match(/[\x21-\x7e\u00a0-\u024f]+|\s+|./gu) ?? [];
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (width(line + tok) > room() && line.trim() !== '') {
      // Never start a line with closing punctuation: carry the character before it down too.
      const closing = /^[、。)」』!?,.]$/u.test(tok);
      const chars = [...line];
      const carry = closing && chars.length > 1 && width(chars[chars.length - 1]!) === 2 ? chars.pop()! : '';
      lines.push(chars.join('').trimEnd());
      line = carry;
    }
    line += tok;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}
