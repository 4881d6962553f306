import type { Day } from '../domain/dates.js';
import type { Origin } from '../domain/vocab.js';

/** A person as read from an address book or a CSV export, before matching. */
export interface ImportedPerson {
  name: string;
  nicknames: string[];
  emails: string[];
  phones: string[];
  org: string | null;
  /** How the name is read (from phonetic name fields or SORT-AS). */
  reading: string | null;
  /** Where they are: a city or a place (from an address). */
  place: string | null;
  birthday: string | null;
  note: string | null;
  tags: string[];
  met: Day | null;
  origin: Origin | null;
  /** Where it came from in the file, for messages: "card 3 (line 17)" or "line 4". */
  where: string;
}

export const emptyImported = (name: string, where: string): ImportedPerson => ({
  name,
  nicknames: [],
  emails: [],
  phones: [],
  org: null,
  reading: null,
  place: null,
  birthday: null,
  note: null,
  tags: [],
  met: null,
  origin: null,
  where,
});
