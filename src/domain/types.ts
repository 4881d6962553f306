import type { Day } from './dates.js';
import type { EventKind, Field, LedgerKind, Origin, Purpose, TouchKind } from './vocab.js';

export type Lang = 'en' | 'ja';

export interface Prep {
  studied: string | null;
  give: string | null;
  reason: string | null;
}

export interface Person {
  id: number;
  name: string;
  nicknames: string[];
  tags: string[];
  origin: Origin;
  introducerId: number | null;
  originEventId: number | null;
  note: string | null;
  /** Organisation, from an address book. */
  org: string | null;
  /** How the name is read, in kana or romaji (わたなべ みさき): found by search and by name, sorts the list. */
  reading: string | null;
  /** Where they are: a city or a place. */
  place: string | null;
  /** The day you met; null for a want-to-meet target not met yet. */
  met: Day | null;
  /** Keep-in-touch cadence such as '2w', '30d', '3m'. */
  every: string | null;
  /** Keep-in-touch circle: inner, close, active or wider (each with a default rhythm). */
  circle: string | null;
  /** '1990-05-15' or, with no year, '--05-15'. */
  birthday: string | null;
  ahead: boolean;
  chemistry: boolean;
  target: boolean;
  prep: Prep;
  snoozedUntil: Day | null;
}

/**
 * A person as the coach reads them: what no rule reads (free text, the address-book fields, other
 * names, tags) is not loaded for a review of everyone.
 */
export type RulePerson = Omit<Person, 'nicknames' | 'tags' | 'note' | 'org' | 'reading' | 'place'>;

/** What a person is working on or needs now, and the day you noted it. */
export interface Need {
  what: string;
  on: Day;
}

export type Direction = 'give' | 'take';

export interface LedgerEntry {
  id: number;
  personId: number;
  direction: Direction;
  kind: LedgerKind;
  what: string;
  date: Day;
  eventId: number | null;
  /** A take they gave unasked (`take --offered`): never an ask. Always false for a give. */
  offered: boolean;
}

export interface Touch {
  id: number;
  personId: number;
  date: Day;
  note: string | null;
  inbound: boolean;
  /** call, message, meet, meal, email, letter or other; null when not said. */
  kind: TouchKind | null;
}

export interface EventRecord {
  id: number;
  name: string;
  kind: EventKind;
  purpose: Purpose | null;
  date: Day;
  cost: number;
  hours: number;
  forPersonId: number | null;
  /** Who you met there (person ids). */
  people: number[];
}

export interface Intro {
  id: number;
  introducerId: number;
  personId: number;
  date: Day;
}

export interface Habits {
  mixersPerMonth?: number;
  mostFrom?: string;
}

export interface Profile {
  goal?: string;
  lookingFor?: string;
  canGive?: string[];
  field?: Field;
  lang?: Lang;
  habits?: Habits;
  onboardedOn?: Day;
}
