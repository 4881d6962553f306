/** One line in words for each thing on a person's timeline: the person page and the journal share it. */
import type { TimelineItem } from '../db/person-page.js';
import type { Catalog } from '../i18n/index.js';

export function timelineLine(item: TimelineItem, t: Catalog): string {
  switch (item.type) {
    case 'met':
      return t.cli.tlMet();
    case 'give':
      return t.cli.tlGive({ what: item.what, kind: t.vocab(item.kind) });
    case 'take':
      return t.cli.tlTake({ what: item.what, kind: t.vocab(item.kind), offered: item.offered });
    case 'touch':
      return t.cli.tlTouch({ ...item, kind: item.kind ? t.vocab(item.kind) : null });
    case 'event':
      return t.cli.tlEvent({ name: item.name, kind: t.vocab(item.kind) });
    case 'introducedBy':
      return t.cli.tlIntroducedBy({ name: item.person.name });
    case 'introduced':
      return t.cli.tlIntroduced({ name: item.person.name });
  }
}
