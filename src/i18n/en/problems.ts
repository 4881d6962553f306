/**
 * What is wrong inside a file rel was given (an import, a backup, an answers file), as data, so each
 * language words it (English here; Japanese in ja/problems.ts).
 */

/** Where in an imported file: a vCard card, a CSV line, or a Google Contacts record. */
export type Where = { card: number; line: number; name?: string } | { line: number } | { record: number };

export type ImportProblem =
  | { code: 'noEnd' }
  | { code: 'outside' }
  | { code: 'neverEnds' }
  | { code: 'noFn' }
  | { code: 'noName' }
  | { code: 'noFirstLast' }
  /** The parser's own words (ical.js, csv-parse). */
  | { code: 'unreadable'; detail: string };

export type Shape = 'linkedin' | 'google';

export type BackupProblem =
  | { code: 'notJson'; detail: string }
  | { code: 'notBackup' }
  | { code: 'version'; version: string }
  | { code: 'noTables' }
  | { code: 'notList'; table: string }
  | { code: 'notObject'; at: string }
  | { code: 'unknownColumn'; at: string; column: string };

/** What is wrong with one field of a backup (io/backup-check.ts finds it). */
export type BackupFieldProblem =
  | 'notRel'
  | 'version'
  | 'schema'
  | 'notObject'
  | 'notList'
  | 'missing'
  | 'unknown'
  | 'text'
  | 'name'
  | 'tooLong'
  | 'id'
  | 'number'
  | 'flag'
  | 'day'
  | 'birthday'
  | 'cadence'
  | 'timestamp'
  | 'oneOf'
  | 'duplicate'
  | 'person'
  | 'event'
  | 'json';

export type AnswersProblem =
  | { code: 'notJson'; detail: string }
  | { code: 'notObject' }
  | { code: 'unknownKeys'; keys: string[]; valid: readonly string[] }
  | { code: 'notString'; key: string }
  | { code: 'notStrings'; key: string }
  | { code: 'notOneOf'; key: string; valid: readonly string[] }
  | { code: 'notNumber'; key: string }
  | { code: 'notGroup'; key: string };

const q = (s: string) => `"${s}"`;

export const problems = {
  where: (w: Where): string =>
    'card' in w
      ? `card ${w.card} (line ${w.line}${w.name ? `, ${w.name}` : ''})`
      : 'record' in w
        ? `record ${w.record}`
        : `line ${w.line}`,
  import: (p: ImportProblem): string => {
    switch (p.code) {
      case 'noEnd':
        return 'it has no END:VCARD before the next card';
      case 'outside':
        return 'text outside BEGIN:VCARD … END:VCARD';
      case 'neverEnds':
        return 'it never ends: END:VCARD is missing';
      case 'noFn':
        return 'it has no FN (formatted name)';
      case 'noName':
        return 'no name';
      case 'noFirstLast':
        return 'no first or last name';
      case 'unreadable':
        return p.detail;
    }
  },
  shape: (s: Shape): string =>
    s === 'linkedin'
      ? "LinkedIn's Connections.csv (First Name, Last Name, …, Connected On)"
      : 'a Google Contacts CSV export (First Name, …, E-mail 1 - Value)',
  backup: (p: BackupProblem): string => {
    switch (p.code) {
      case 'notJson':
        return `not JSON (${p.detail})`;
      case 'notBackup':
        return 'not a rel backup (made by rel export --format json)';
      case 'version':
        return `backup version ${p.version} is not one this rel reads`;
      case 'noTables':
        return 'it has no tables';
      case 'notList':
        return `${q(`tables.${p.table}`)} must be a list`;
      case 'notObject':
        return `${p.at} is not an object`;
      case 'unknownColumn':
        return `${p.at} has unknown column ${q(p.column)}`;
    }
  },
  answers: (p: AnswersProblem): string => {
    switch (p.code) {
      case 'notJson':
        return `not JSON (${p.detail})`;
      case 'notObject':
        return 'it must be a JSON object';
      case 'unknownKeys':
        return `unknown ${p.keys.length === 1 ? 'key' : 'keys'} ${p.keys.map(q).join(', ')} (valid: ${p.valid.join(', ')})`;
      case 'notString':
        return `${q(p.key)} must be a string`;
      case 'notStrings':
        return `${q(p.key)} must be a list of strings`;
      case 'notOneOf':
        return `${q(p.key)} must be one of ${p.valid.join(', ')}`;
      case 'notNumber':
        return `${q(p.key)} must be a number ≥ 0`;
      case 'notGroup':
        return `${q(p.key)} must be an object`;
    }
  },
};
