/** What the logging commands say back: one line that confirms, in the coach's voice. */
export const cli = {
  added: (p: { name: string; id: number; target: boolean }) =>
    p.target ? `added ${p.name} (#${p.id}) as someone you want to meet` : `added ${p.name} (#${p.id})`,
  gave: (p: { name: string; what: string; date: string; kind?: string }) =>
    `gave ${p.name}: ${p.what} (${p.date})`,
  took: (p: { name: string; what: string; date: string; kind?: string }) =>
    p.kind === 'sale'
      ? `sold to ${p.name}: ${p.what} (${p.date})`
      : `received from ${p.name}: ${p.what} (${p.date})`,
  touched: (p: { name: string; date: string; note: string | null; kind: string | null }) =>
    `in touch with ${p.name} (${p.kind ? `${p.kind}, ` : ''}${p.date})${p.note ? `: ${p.note}` : ''}`,
  touchedInbound: (p: { name: string; date: string; note: string | null; kind: string | null }) =>
    `${p.name} reached out (${p.kind ? `${p.kind}, ` : ''}${p.date})${p.note ? `: ${p.note}` : ''}`,
  event: (p: { name: string; kind: string; date: string }) => `logged ${p.name} (${p.kind}, ${p.date})`,
  eventMet: (p: { known: readonly string[]; added: readonly string[] }) =>
    `  met ${[...p.known, ...p.added.map((n) => `${n} (new)`)].join(', ')}`,
  eventFor: (p: { name: string }) => `  counted as a give to ${p.name}: you showed up for their event`,
  intro: (p: { introducer: string; name: string; date: string; added: boolean }) =>
    `${p.introducer} introduced you to ${p.name} (${p.date})${p.added ? '; added them' : ''}`,
  introByMe: (p: { a: string; b: string; date: string }) =>
    `you introduced ${p.a} and ${p.b} to each other (${p.date}): a give to both`,
  introducedTo: (p: { name: string }) => `introduced to ${p.name}`,
  edited: (p: { name: string; fields: readonly string[] }) => `updated ${p.name}: ${p.fields.join(', ')}`,
  removed: (p: { name: string; entries: number }) =>
    `removed ${p.name} and ${p.entries} ${p.entries === 1 ? 'record' : 'records'} of your history together`,
  confirmRemove: (p: { name: string; entries: number }) =>
    `Remove ${p.name} and ${p.entries} ${p.entries === 1 ? 'record' : 'records'}? This cannot be undone.`,
  listEmpty: () =>
    [
      'No one here yet. Start with the people who matter most:',
      '  rel add "Aiko Tanaka" --origin work --date 2024-04-01',
      '  rel give "Aiko Tanaka" "read her draft and sent notes" --kind feedback',
      '  rel review',
    ].join('\n'),
  listNoTag: (p: { tag: string }) => `No one is tagged "${p.tag}".`,
  listNoMatch: (p: { match: string }) => `No one matches "${p.match}". Try fewer or shorter words.`,
  listHeader: (): readonly string[] => ['name', 'met', 'last touch', 'gives:takes', 'tags'],
  listCount: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'person' : 'people'}`,
  never: () => 'never',
  notMet: () => 'not met yet',
  // the person page
  showOrigin: (p: { origin: string | null; via: string | null; event: string | null; met: string | null }) =>
    [
      p.met ? `met ${p.met}` : null,
      p.origin === null ? null : `through ${p.origin}`,
      p.via ? `introduced by ${p.via}` : null,
      p.event ? `at ${p.event}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  showFlags: (p: { ahead: boolean; chemistry: boolean; target: boolean }) =>
    [
      p.ahead ? 'a step ahead on your path' : null,
      p.chemistry ? null : 'not someone for private time',
      p.target ? 'someone you want to meet' : null,
    ].filter((x): x is string => x !== null),
  showWork: (p: { org: string | null; where: string | null }) =>
    [p.org ? `org: ${p.org}` : null, p.where ? `where: ${p.where}` : null].filter(Boolean).join(' · '),
  showContacts: (p: { emails: readonly string[]; phones: readonly string[] }) =>
    [
      p.emails.length ? `email ${p.emails.join(', ')}` : null,
      p.phones.length ? `phone ${p.phones.join(', ')}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  showBalance: (p: { gives: number; takes: number }) => `gave ${p.gives} · received ${p.takes}`,
  showLastTouch: (p: { date: string; ago: string }) => `last touch ${p.date} (${p.ago})`,
  showNoTouch: () => 'no touch since you met',
  showEvery: (p: { every: string; due: string }) => `keep in touch every ${p.every}: next ${p.due}`,
  showBirthday: (p: { date: string }) => `birthday ${p.date}`,
  showIntroduced: (p: { names: readonly string[] }) => `introduced you to ${p.names.join(', ')}`,
  showPrep: (p: { studied: string | null; give: string | null; reason: string | null }) => [
    `studied their work: ${p.studied ?? '(not yet)'}`,
    `a give prepared: ${p.give ?? '(not yet)'}`,
    `why meet: ${p.reason ?? '(not yet)'}`,
  ],
  noTargets: () =>
    'No one on your want-to-meet list. Add someone: rel target "Famous Author" --reason "learn how she went freelance"',
  /** After a target's name in `rel target`, brackets and the space before them included. */
  targetLabel: () => ' (want to meet)',
  demoFooter: () =>
    'That was a sample network in a temporary database, now deleted; your own data was not touched. Start yours: rel onboard',
  demoKept: (p: { path: string }) =>
    `The sample database is kept at ${p.path}. Explore it: rel --db ${p.path} list`,
  journalTitle: (p: { date: string }) => `Your network, as of ${p.date}`,
  confirmMerge: (p: { keep: string; other: string; moved: number }) =>
    `Merge ${p.other} into ${p.keep} (${p.moved} ${p.moved === 1 ? 'record moves' : 'records move'})? ${p.other} will be removed.`,
  merged: (p: { keep: string; other: string; moved: number }) =>
    `merged ${p.other} into ${p.keep}: ${p.moved} ${p.moved === 1 ? 'record' : 'records'} moved`,
  imported: (p: { file: string; added: number; merged: number; unchanged: number; dryRun: boolean }) =>
    `${p.dryRun ? 'would import' : 'imported'} ${p.file}: ${p.added} added, ${p.merged} merged into people you had, ${p.unchanged} already up to date${p.dryRun ? ' (--dry-run: nothing was written)' : ''}`,
  importedMerge: (p: { name: string; into: string; by: string }) => `  ${p.name} → ${p.into} (same ${p.by})`,
  exported: (p: { path: string; people: number; format: string }) =>
    `wrote ${p.people} ${p.people === 1 ? 'person' : 'people'} to ${p.path} (${p.format})`,
  metUnknown: () => '—',
  stdinName: () => 'standard input',
  timeline: () => 'timeline',
  timelineEmpty: () => 'nothing logged yet: rel give, rel take or rel touch start the story',
  tlGive: (p: { what: string; kind: string }) => `gave: ${p.what} [${p.kind}]`,
  tlTake: (p: { what: string; kind: string; offered: boolean }) =>
    `received${p.offered ? ' (offered unasked)' : ''}: ${p.what} [${p.kind}]`,
  tlTouch: (p: { note: string | null; inbound: boolean; kind: string | null }) =>
    `${p.inbound ? 'they reached out' : 'in touch'}${p.note ? `: ${p.note}` : ''}${p.kind ? ` [${p.kind}]` : ''}`,
  tlEvent: (p: { name: string; kind: string }) => `together at ${p.name} [${p.kind}]`,
  tlMet: () => 'met',
  tlIntroducedBy: (p: { name: string }) => `introduced by ${p.name}`,
  tlIntroduced: (p: { name: string }) => `introduced you to ${p.name}`,
  note: () => 'note',
  needs: (p: { what: string; date: string }) => `working on / needs: ${p.what} (noted ${p.date})`,
  tags: () => 'tags',
  /** Between a label and its value (tags: dev). */
  colon: () => ': ',
  nicknames: () => 'also known as',
  // rel search
  searchNone: (p: { query: string }) =>
    `nothing matches "${p.query}". Search looks in names, readings, notes, orgs, contact details, gives, takes, touches and events.`,
  searchCount: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'match' : 'matches'}`,
  searchNoPerson: () => 'events',
  searchType: (type: string): string =>
    ({ give: 'gave', take: 'received', org: 'org', prep: 'prep', where: 'where', needs: 'working on' })[
      type
    ] ?? type,
  // bare `rel`
  startTitle: () => 'rel · a networking coach: what you give, what you receive, and advice on real ties',
  startEmpty: () =>
    [
      'Three commands to start:',
      '  1. rel onboard                                    say who you want to become',
      '  2. rel add "Aiko Tanaka" --origin work            someone who matters to you',
      '  3. rel give "Aiko Tanaka" "sent her the article"  what you gave, however small',
      'A full example first: rel demo. Every command: rel --help',
    ].join('\n'),
  startMore: () => 'The whole picture: rel review. Every command: rel --help',
  addedSimilar: (p: { name: string; similar: readonly { id: number; name: string }[] }) =>
    `  ${p.similar.map((x) => `${x.name} (#${x.id})`).join(', ')} ${p.similar.length === 1 ? 'has' : 'have'} a similar name. If that is the same person: rel merge "${p.similar[0]!.name}" "${p.name}"`,
  editedNothing: (p: { name: string }) => `nothing changed: ${p.name}'s record already says that`,
  showOverdue: (p: { every: string; days: number }) =>
    `keep in touch every ${p.every}: ${p.days} ${p.days === 1 ? 'day' : 'days'} overdue`,
  importedAdded: (p: { names: readonly string[]; more: number; dryRun: boolean }) =>
    `  ${p.dryRun ? 'would add' : 'added'} ${p.names.join(', ')}${p.more > 0 ? ` and ${p.more} more` : ''}`,
};
