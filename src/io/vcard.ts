/**
 * vCard in and out. Reading: the file is cut into cards at BEGIN/END lines (so an error can name the
 * card and line), vCard 2.1 cards are normalised (bare parameters, quoted-printable), and each card
 * is parsed by ical.js. Writing: vCard 4.0.
 */
import ICAL from 'ical.js';
import { DataError } from '../errors.js';
import type { Person } from '../domain/types.js';
import { cleanName } from '../domain/names.js';
import { parseBirthday } from '../domain/dates.js';
import { fold } from './ics.js';
import { emptyImported, type ImportedPerson } from './types.js';

interface RawCard {
  start: number;
  lines: string[];
}

function cutCards(text: string): RawCard[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: RawCard[] = [];
  let cur: RawCard | null = null;
  lines.forEach((line, i) => {
    // A line starting with a space or tab continues the one before (RFC 6350 folding): a folded
    // value that happens to read " END:VCARD" neither opens nor closes a card.
    const upper = /^[ \t]/.test(line) ? '' : line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (cur)
        throw new DataError('importBadCard', {
          where: { card: cards.length + 1, line: cur.start },
          problem: { code: 'noEnd' },
        });
      cur = { start: i + 1, lines: [line] };
    } else if (cur) {
      cur.lines.push(line);
      if (upper === 'END:VCARD') {
        cards.push(cur);
        cur = null;
      }
    } else if (line.trim() !== '') {
      throw new DataError('importBadCard', {
        where: { line: i + 1 },
        problem: { code: 'outside' },
      });
    }
  });
  if (cur) {
    const open = cur as RawCard;
    const fn = open.lines.find((l) => /^FN[;:]/i.test(l));
    throw new DataError('importBadCard', {
      where: {
        card: cards.length + 1,
        line: open.start,
        ...(fn ? { name: fn.slice(fn.indexOf(':') + 1) } : {}),
      },
      problem: { code: 'neverEnds' },
    });
  }
  return cards;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return new TextDecoder(/utf-?8/i.test(charset) || !charset ? 'utf-8' : charset).decode(
    Uint8Array.from(bytes),
  );
}

/** vCard 2.1 → 3.0: join soft line breaks, decode quoted-printable, name bare TYPE parameters. */
function from21(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && /ENCODING=QUOTED-PRINTABLE/i.test(prev) && prev.endsWith('='))
      joined[joined.length - 1] = prev.slice(0, -1) + line;
    else joined.push(line);
  }
  return joined.map((line) => {
    const colon = line.indexOf(':');
    if (colon < 0 || /^(BEGIN|END|VERSION)/i.test(line))
      return line.replace(/^VERSION:2\.1$/i, 'VERSION:3.0');
    const [name, ...params] = line.slice(0, colon).split(';');
    let value = line.slice(colon + 1);
    const kept: string[] = [];
    let qp = false;
    let charset = 'utf-8';
    for (const p of params) {
      const [k, v] = p.includes('=')
        ? [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]
        : ['TYPE', p];
      if (/^ENCODING$/i.test(k!)) qp = /QUOTED-PRINTABLE/i.test(v!);
      else if (/^CHARSET$/i.test(k!)) charset = v!;
      else kept.push(`${k}=${v}`);
    }
    if (qp) value = decodeQuotedPrintable(value, charset).replace(/\r?\n/g, '\\n');
    return [name, ...kept].join(';') + ':' + value;
  });
}

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = (Array.isArray(v) ? v.filter((x) => x !== '').join(', ') : String(v)).trim();
  return s === '' ? null : s;
};

/** The reading: Apple's and Google's X-PHONETIC-LAST/FIRST-NAME (family name first), else SORT-AS or SORT-STRING. */
function cardReading(comp: ICAL.Component): string | null {
  const part = (n: string) => text(comp.getFirstPropertyValue(n));
  const phonetic = [
    part('x-phonetic-last-name'),
    part('x-phonetic-middle-name'),
    part('x-phonetic-first-name'),
  ];
  const sortAs =
    comp.getFirstProperty('n')?.getParameter('sort-as') ??
    comp.getFirstProperty('fn')?.getParameter('sort-as');
  const found = phonetic.some(Boolean)
    ? phonetic.filter(Boolean).join(' ')
    : (text(sortAs)?.replace(/\s*,\s*/g, ' ') ?? part('sort-string'));
  return found ? cleanName(found) : null;
}

/** Where they are: the first address's locality, else its parts that are filled in. */
function cardPlace(comp: ICAL.Component): string | null {
  const adr = comp.getFirstPropertyValue('adr') as unknown;
  if (!Array.isArray(adr)) return text(adr);
  const parts = adr.map((x) => text(x));
  return parts[3] ?? (parts.filter(Boolean).join(', ') || null);
}

export function parseVcards(input: string): ImportedPerson[] {
  return cutCards(input).map((card, i) => {
    const at = { card: i + 1, line: card.start };
    const where = `card ${i + 1} (line ${card.start})`;
    const version = card.lines
      .find((l) => /^VERSION:/i.test(l))
      ?.split(':')[1]
      ?.trim();
    const lines = version === '2.1' ? from21(card.lines) : card.lines;
    let comp: ICAL.Component;
    try {
      comp = new ICAL.Component(ICAL.parse(lines.join('\r\n')) as unknown[]);
    } catch (e) {
      throw new DataError('importBadCard', {
        where: at,
        problem: { code: 'unreadable', detail: (e as Error).message },
      });
    }
    const name = cleanName(text(comp.getFirstPropertyValue('fn')) ?? '');
    if (!name) throw new DataError('importBadCard', { where: at, problem: { code: 'noFn' } });
    const p = emptyImported(name, `${where}, ${name}`);
    p.nicknames = comp
      .getAllProperties('nickname')
      .flatMap((x) => x.getValues().map(String))
      .map((s) => s.trim())
      .filter(Boolean);
    p.emails = comp
      .getAllProperties('email')
      .map((x) => String(x.getFirstValue()).trim().toLowerCase())
      .filter(Boolean);
    p.phones = comp
      .getAllProperties('tel')
      .map((x) => String(x.getFirstValue()).replace(/^tel:/, '').trim())
      .filter(Boolean);
    p.org = text(comp.getFirstPropertyValue('org'));
    p.reading = cardReading(comp);
    p.place = cardPlace(comp);
    p.note = text(comp.getFirstPropertyValue('note'));
    p.tags = comp
      .getAllProperties('categories')
      .flatMap((x) => x.getValues().map(String))
      .map((s) => s.trim())
      .filter((s) => s && s !== 'myContacts' && s !== 'starred');
    const bday = text(comp.getFirstPropertyValue('bday')?.toString());
    if (bday) p.birthday = parseBirthday(bday.replace(/^--(\d\d)(\d\d)$/, '--$1-$2').slice(0, 10)) ?? null;
    return p;
  });
}

/** RFC 6350 text escaping; semicolons only in structured values such as ORG. */
const esc = (s: string, structured = false) => {
  // Any line break (CRLF, a bare CR or LF) becomes \n: a raw one would end the property and let
  // the rest of a note forge properties or whole cards.
  const t = s
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,');
  if (!structured) return t;
  // ical.js reads `\\;` as an escaped ; (it does not count backslashes): a structured value that
  // ends in a backslash gets a trailing space, which reading trims again.
  const u = t.replace(/;/g, '\\;');
  return u.endsWith('\\') ? `${u} ` : u;
};

/** What a card carries: a person's own fields and their contact points. */
export type VcardPerson = Pick<
  Person,
  'id' | 'name' | 'nicknames' | 'tags' | 'org' | 'birthday' | 'note' | 'reading' | 'place'
> & {
  emails: string[];
  phones: string[];
};

/** vCard 4.0, one card per person, CRLF and folded at 75 octets. */
export function writeVcards(people: readonly VcardPerson[]): string {
  const out: string[] = [];
  for (const p of people) {
    const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${esc(p.name)}`];
    // One value a line: ical.js misreads a list item that ends in a backslash (`\\,`).
    for (const n of p.nicknames) lines.push(`NICKNAME:${esc(n)}`);
    for (const e of p.emails) lines.push(`EMAIL:${esc(e)}`);
    for (const t of p.phones) lines.push(`TEL:${esc(t)}`);
    if (p.org) lines.push(`ORG:${esc(p.org, true)}`);
    if (p.reading) {
      // Family name first, as a Japanese reading is written: わたなべ みさき.
      const [last, ...first] = p.reading.split(' ');
      if (first.length) lines.push(`X-PHONETIC-LAST-NAME:${esc(last!)}`);
      lines.push(`X-PHONETIC-FIRST-NAME:${esc(first.length ? first.join(' ') : last!)}`);
    }
    if (p.place) lines.push(`ADR:;;;${esc(p.place, true)};;;`);
    if (p.birthday)
      lines.push(
        `BDAY:${p.birthday.startsWith('--') ? `--${p.birthday.slice(2).replace('-', '')}` : p.birthday.replace(/-/g, '')}`,
      );
    for (const x of p.tags) lines.push(`CATEGORIES:${esc(x)}`);
    if (p.note) lines.push(`NOTE:${esc(p.note)}`);
    lines.push(`UID:urn:rel:person:${p.id}`, 'END:VCARD');
    out.push(...lines.map(fold));
  }
  return out.length ? `${out.join('\r\n')}\r\n` : '';
}
