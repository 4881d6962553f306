/** Text for the logging commands: one confirming line each. */
import type { AddResult } from '../commands/add.js';
import type { EditResult } from '../commands/edit.js';
import type { EventResult } from '../commands/event.js';
import type { IntroByMeResult, IntroResult } from '../commands/intro.js';
import type { LedgerResult } from '../commands/ledger.js';
import type { RmResult } from '../commands/rm.js';
import type { TouchResult } from '../commands/touch.js';
import type { TextCtx as Full } from './text-ctx.js';

type TextCtx = Pick<Full, 't' | 'today'>;

export const addText = (r: AddResult, { t }: TextCtx) =>
  [
    t.cli.added({ name: r.person.name, id: r.person.id, target: r.person.target }),
    ...(r.similar.length > 0 ? [t.cli.addedSimilar({ name: r.person.name, similar: r.similar })] : []),
  ].join('\n');

export const ledgerText = (r: LedgerResult, { t, today }: TextCtx) =>
  (r.direction === 'give' ? t.cli.gave : t.cli.took)({
    name: r.person.name,
    what: r.entry.what,
    kind: r.entry.kind,
    date: t.format.day(r.entry.date, today),
  });

export const touchText = (r: TouchResult, { t, today }: TextCtx) =>
  (r.touch.inbound ? t.cli.touchedInbound : t.cli.touched)({
    name: r.person.name,
    date: t.format.day(r.touch.date, today),
    note: r.touch.note,
    kind: r.touch.kind ? t.vocab(r.touch.kind) : null,
  });

export function eventText(r: EventResult, { t, today }: TextCtx): string {
  const lines = [
    t.cli.event({ name: r.event.name, kind: t.vocab(r.event.kind), date: t.format.day(r.event.date, today) }),
  ];
  const met = r.met;
  if (met.length > 0) {
    lines.push(
      t.cli.eventMet({
        known: met.filter((p) => !p.new).map((p) => p.name),
        added: met.filter((p) => p.new).map((p) => p.name),
      }),
    );
  }
  if (r.for) lines.push(t.cli.eventFor({ name: r.for.name }));
  return lines.join('\n');
}

export const introByMeText = (r: IntroByMeResult, { t, today }: TextCtx) =>
  t.cli.introByMe({ a: r.people[0].name, b: r.people[1].name, date: t.format.day(r.date, today) });

export const introText = (r: IntroResult, { t, today }: TextCtx) =>
  t.cli.intro({
    introducer: r.introducer.name,
    name: r.person.name,
    date: t.format.day(r.intro.date, today),
    added: r.person.new,
  });

export const editText = (r: EditResult, { t }: TextCtx) =>
  r.changed.length > 0
    ? t.cli.edited({ name: r.person.name, fields: r.changed })
    : t.cli.editedNothing({ name: r.person.name });

export const rmText = (r: RmResult, { t }: TextCtx) =>
  t.cli.removed({ name: r.removed.name, entries: r.entries });
