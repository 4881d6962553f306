/** Turning typed option values into checked values, with usage errors that list what is valid. */
import { readFileSync } from 'node:fs';
import { DataError, UsageError } from '../../errors.js';
import { chronoDay } from '../../domain/chrono.js';
import {
  parseBirthday,
  parseCadence,
  parseDayWords,
  formatCadence,
  type Day,
  type Lean,
} from '../../domain/dates.js';
import { cleanName } from '../../domain/names.js';
import { CIRCLES, parseCircle } from '../../domain/cadence.js';
import { MAX_TEXT } from '../../domain/limits.js';

export function choice<T extends string>(
  option: string,
  value: string | undefined,
  parse: (s: string) => T | undefined,
  valid: readonly string[],
): T | undefined {
  if (value === undefined) return undefined;
  const v = parse(value);
  if (v === undefined) throw new UsageError('invalidValue', { option, value, valid });
  return v;
}

/** A typed date: rel's own words first, then the general English parser; undefined when neither reads it. */
export function typedDay(value: string, today: Day, lean: Lean): Day | undefined {
  return parseDayWords(value, today, lean) ?? chronoDay(value, today, lean);
}

/** A date that has already happened (default today); without a year, the most recent such day. */
export function pastDay(option: string, value: string | undefined, today: Day): Day {
  if (value === undefined) return today;
  const d = typedDay(value, today, 'past');
  if (d === undefined) throw new UsageError('invalidDate', { option, value });
  if (d > today) throw new UsageError('futureDate', { option, value: d, today });
  return d;
}

/** Any date, past or future; without a year, the next such day (today included). */
export function anyDay(option: string, value: string, today: Day): Day {
  const d = typedDay(value, today, 'future');
  if (d === undefined) throw new UsageError('invalidDate', { option, value });
  return d;
}

export function amount(option: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const cleaned = value.normalize('NFKC').replace(/[,_\s¥$€£円]/g, '');
  const n = Number(cleaned);
  // Plain decimals only: Number() would also read 0x10 as 16, 1e3 as 1000 and 0b1 as 1.
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(cleaned) || !Number.isFinite(n) || n > 1e12)
    throw new UsageError('invalidNumber', { option, value });
  return n;
}

export function text(what: string, value: string | undefined, max = MAX_TEXT): string {
  const v = (value ?? '').normalize('NFC').trim();
  if (v === '') throw new UsageError('emptyText', { what });
  if (v.length > max) throw new UsageError('tooLong', { what, max });
  return v;
}

export function optionalText(
  what: string,
  value: string | undefined,
  max = MAX_TEXT,
): string | null | undefined {
  if (value === undefined) return undefined;
  const v = value.normalize('NFC').trim();
  if (v === '') return null;
  if (v.length > max) throw new UsageError('tooLong', { what, max });
  return v;
}

export function personName(value: string | undefined): string {
  const v = cleanName(value ?? '');
  if (v === '') throw new UsageError('emptyText', { what: '<name>' });
  if (v.length > 200) throw new UsageError('tooLong', { what: '<name>', max: 200 });
  return v;
}

/** '2w', '30d', '3m' → stored form; 'none' → null (cleared); undefined → unchanged. */
export function cadence(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (/^(none|off|never|なし)$/i.test(value.trim())) return null;
  const c = parseCadence(value);
  if (!c) throw new UsageError('invalidCadence', { value });
  return formatCadence(c);
}

export function birthday(value: string | undefined, today?: string): string | null | undefined {
  if (value === undefined) return undefined;
  if (/^(none|なし)$/i.test(value.trim())) return null;
  const b = parseBirthday(value);
  if (!b) throw new UsageError('invalidBirthday', { value });
  // A birthday with a year has happened: one after today is a typo (2026 for 1996).
  if (today !== undefined && /^\d{4}-/.test(b) && b > today)
    throw new UsageError('futureBirthday', { value, today });
  return b;
}

/** Repeated flag values, trimmed, empty ones dropped, duplicates removed, order kept. */
export function list(values: readonly string[] | undefined, what: string, max = 100): string[] {
  const out: string[] = [];
  for (const raw of values ?? []) {
    const v = raw.normalize('NFC').trim();
    if (v.length > max) throw new UsageError('tooLong', { what, max });
    if (v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

/** inner | close | active | wider; 'none' → null (cleared); undefined → unchanged. */
export function circle(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (/^(none|なし)$/i.test(value.trim())) return null;
  return choice('--circle', value, parseCircle, [...CIRCLES, 'none']);
}

/** A file the user named, as text, or a clear error naming it. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DataError('fileUnreadable', {
      path,
      detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
}

/** Repeated --email values: checked, lower-cased, duplicates dropped. */
export function emails(values: readonly string[] | undefined, option = '--email'): string[] {
  return list(values, option, 254).map((v) => {
    const e = v.normalize('NFKC').toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw new UsageError('invalidEmail', { option, value: v });
    return e;
  });
}

/** Repeated --phone values: digits with + - ( ) and spaces, at least three digits. */
export function phones(values: readonly string[] | undefined, option = '--phone'): string[] {
  return list(values, option, 40).map((v) => {
    const p = v.normalize('NFKC').replace(/\s+/g, ' ');
    if (!/^\+?[\d\s().-]+$/.test(p) || p.replace(/\D/g, '').length < 3)
      throw new UsageError('invalidPhone', { option, value: v });
    return p;
  });
}

/** A reading in kana or romaji (わたなべ みさき, Watanabe Misaki); '' clears it; undefined: unchanged. */
export function reading(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const v = cleanName(value.normalize('NFKC'));
  if (v === '') return null;
  if (v.length > 200) throw new UsageError('tooLong', { what: '--reading', max: 200 });
  if (!/^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}ー・'. -]+$/u.test(v))
    throw new UsageError('invalidReading', { value });
  return v;
}
