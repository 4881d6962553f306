/** A readable journal of the network: one section per person, with how you met and the timeline. */
import type { Db } from '../db/open.js';
import { personPage } from '../db/person-page.js';
import { allPeople } from '../db/repos/people.js';
import type { Day } from '../domain/dates.js';
import { visible } from '../domain/visible.js';
import type { Catalog } from '../i18n/index.js';
import { timelineLine } from './timeline.js';

const line = (s: string) => s.replace(/\r?\n/g, ' ');

export function journal(db: Db, t: Catalog, today: Day): string {
  const day = (d: string) => t.format.longDay(d);
  const out = [`# ${t.cli.journalTitle({ date: day(today) })}`, ''];
  for (const p of allPeople(db)) {
    const r = personPage(db, p);
    out.push(`## ${line(p.name)}`, '');
    out.push(
      `- ${t.cli.showOrigin({ origin: t.vocab(p.origin), via: r.introducer?.name ?? null, event: r.originEvent?.name ?? null, met: p.met ? day(p.met) : null })}`,
    );
    out.push(`- ${t.cli.showBalance(r.balance)}`);
    if (p.nicknames.length)
      out.push(`- ${t.cli.nicknames()}${t.cli.colon()}${p.nicknames.map(line).join(', ')}`);
    if (p.tags.length) out.push(`- ${t.cli.tags()}${t.cli.colon()}${p.tags.map(line).join(', ')}`);
    if (p.note) out.push(`- ${t.cli.note()}${t.cli.colon()}${line(p.note)}`);
    if (r.timeline.length) {
      out.push('');
      for (const i of r.timeline) {
        const what = timelineLine(i, t);
        out.push(`- ${day(i.date)}${t.cli.colon()}${line(what)}`);
      }
    }
    out.push('');
  }
  // A journal is read in terminals and previews: no control character from the data reaches it.
  return `${out.map(visible).join('\n').trimEnd()}\n`;
}
