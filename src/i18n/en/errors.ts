/** Error messages: each says what went wrong and what to type instead. */
const list = (xs: readonly string[]): string => xs.join(', ');

/** commander's errors: the command typed ('' at the top level) and where its help is. */
const who = (command: string) => command || 'rel';
const help = (command: string) => (command ? `rel ${command} --help` : 'rel --help');

import {
  problems,
  type AnswersProblem,
  type BackupFieldProblem,
  type BackupProblem,
  type ImportProblem,
  type Shape,
  type Where,
} from './problems.js';

export const errors = {
  invalidValue: (p: { option: string; value: string; valid: readonly string[] }) =>
    `${p.option}: "${p.value}" is not one of the valid values: ${list(p.valid)}.`,
  invalidDate: (p: { option: string; value: string }) =>
    `${p.option}: "${p.value}" is not a date I understand. Use 2026-11-01, 3 Nov, today, yesterday, 3 days ago, last monday or -2w.`,
  futureDate: (p: { option: string; value: string; today: string }) =>
    `${p.option}: ${p.value} is after today (${p.today}); record things once they have happened.`,
  invalidNumber: (p: { option: string; value: string }) =>
    `${p.option}: "${p.value}" is not a number of 0 or more.`,
  invalidCadence: (p: { value: string }) =>
    `--every: "${p.value}" is not a cadence. Use a number and a unit, like 2w, 30d, 3m or 1y (or "none" to clear it).`,
  invalidBirthday: (p: { value: string }) =>
    `--birthday: "${p.value}" is not a date. Use 1990-05-15 or 15 May 1990, or 05-15 or 15 May when you don't know the year.`,
  futureBirthday: (p: { value: string; today: string }) =>
    `--birthday: ${p.value} is after today (${p.today}). Check the year, or give 05-15 without one.`,
  snoozePast: (p: { value: string }) =>
    `--until: ${p.value} has already passed. Give a day from today on (e.g. "in 2 weeks"), or none to resume now.`,
  promptStopped: () => 'stopped: nothing was changed.',
  invalidNow: (p: { value: string }) =>
    `REL_NOW: "${p.value}" is not an ISO date or date-time (e.g. 2026-11-22).`,
  invalidLang: (p: { value: string }) => `--lang: "${p.value}" is not supported. Use en or ja.`,
  emptyText: (p: { what: string }) => `${p.what} is empty: say what it was, in a few words.`,
  tooLong: (p: { what: string; max: number }) => `${p.what} is longer than ${p.max} characters.`,
  personNotFound: (p: { query: string; closest: readonly string[] }) =>
    p.closest.length > 0
      ? `no one called "${p.query}": did you mean ${p.closest.join(' or ')}?`
      : `no one called "${p.query}". See everyone with: rel list`,
  personAmbiguous: (p: { query: string; names: readonly string[] }) =>
    `"${p.query}" matches ${p.names.join(', ')}: use the full name, or #id.`,
  personExists: (p: { name: string; id: number; edit?: string }) =>
    p.edit
      ? `${p.name} is already in your network (#${p.id}). To change what you recorded: ${p.edit}. To record a second person of that name, add --again.`
      : `${p.name} is already in your network (#${p.id}). To record a second person of that name, add --again.`,
  selfIntro: (p: { name: string }) =>
    `${p.name} cannot introduce you to themselves: name two different people.`,
  saleIsTake: () =>
    `--kind sale is only a take (you sold to or recruited someone): log it with rel take, and think twice.`,
  offeredSale: () =>
    `--offered is for something given to you unasked; a sale is something you sold, so it cannot be offered.`,
  nothingToEdit: (p: { name: string }) =>
    `nothing to change for ${p.name}: give at least one flag (see rel edit --help).`,
  rmNeedsYes: (p: { name: string }) =>
    `removing ${p.name} deletes their whole history; add --yes to confirm (no terminal to ask on).`,
  rmCancelled: (p: { name: string }) => `kept ${p.name}; nothing was removed.`,
  dbNewer: (p: { path: string; found: number; known: number }) =>
    `${p.path} was written by a newer rel (schema ${p.found}; this rel knows up to ${p.known}). Upgrade rel; the file was not touched.`,
  dbNotRel: (p: { path: string }) =>
    `${p.path} is an SQLite file, but not a rel database. Point --db at another file; this one was not touched.`,
  dbCorrupt: (p: { path: string; detail: string }) =>
    `${p.path} is not a readable rel database (${p.detail}). Restore a backup or point --db elsewhere.`,
  dbCantOpen: (p: { path: string; detail: string }) =>
    `cannot open ${p.path} (${p.detail}). Check that the folder exists and you may write to it.`,
  dbReadOnly: (p: { path: string }) =>
    `${p.path} is read-only, so nothing was recorded. Check its permissions or point --db elsewhere.`,
  dbBusy: (p: { path: string }) =>
    `${p.path} stayed locked by another rel for too long; nothing was recorded. Try again.`,
  configBad: (p: { path: string; detail: string }) =>
    `the settings file ${p.path} is not valid JSON settings (${p.detail}). Fix it or delete it to start from the defaults.`,
  configCantWrite: (p: { path: string; detail: string }) =>
    `could not save the settings to ${p.path} (${p.detail}); nothing was changed. Point REL_CONFIG to a folder you can write.`,
  unknownRule: (p: { id: string; closest: readonly string[] }) =>
    `there is no rule "${p.id}"${p.closest.length ? `: did you mean ${p.closest.join(' or ')}?` : '. See them all with: rel rules'}`,
  unknownSetting: (p: { key: string; valid: readonly string[] }) =>
    `"${p.key}" is not a setting. Settings: ${p.valid.join(', ')}.`,
  badSettingValue: (p: { key: string; value: string; expected: string }) =>
    `${p.key}: "${p.value}" is not valid; expected ${p.expected}.`,
  onboardNeedsTerminal: () =>
    'rel onboard asks questions and needs a terminal. Without one, pass your answers: rel onboard --answers answers.json',
  fileUnreadable: (p: { path: string; detail: string }) =>
    p.detail === 'ENOENT'
      ? `there is no file ${p.path}. Check the path.`
      : `cannot read ${p.path} (${p.detail}). Check the path and that you may read the file.`,
  answersBad: (p: { path: string; problem: AnswersProblem }) =>
    `the answers file ${p.path} is not usable: ${problems.answers(p.problem)}.`,
  cannotWrite: (p: { path: string; detail: string }) =>
    `cannot write ${p.path} (${p.detail}); nothing was written.`,
  stdoutFailed: (p: { detail: string }) =>
    `cannot write to standard output (${p.detail}); what was printed is incomplete. Free some space or write to a file with --out.`,
  outRefused: (p: { path: string; reason: 'symlink' | 'database' | 'directory' | 'notRegular' | 'exists' }) =>
    ({
      symlink: `${p.path} is a symbolic link; rel does not write through links. Name the real file.`,
      database: `${p.path} is a database (rel's own or a backup of it); rel never writes an export over it. Name another file.`,
      directory: `${p.path} is a folder. Name a file inside it.`,
      notRegular: `${p.path} is not a regular file (a device, pipe or socket). Name a file.`,
      exists: `${p.path} already exists; nothing was written. Add --force to replace it, or name a new file.`,
    })[p.reason],
  snoozeNeedsUntil: () =>
    'rel snooze needs --until <date>, e.g. --until 2026-12-15 or --until "2 weeks" (or none to resume).',
  cronUnavailable: (p: { detail: string }) => `cannot use crontab (${p.detail}). Is cron installed?`,
  cronBadPath: (p: { path: string }) =>
    `cannot put ${p.path} on a crontab line (it holds a line break or another control character); nothing was installed. Move the database to a plain path and use --db.`,
  invalidTime: (p: { value: string }) => `--at: "${p.value}" is not a time of day; use HH:MM, e.g. 09:00.`,
  importBadCard: (p: { where: Where; problem: ImportProblem }) =>
    `${problems.where(p.where)}: ${problems.import(p.problem)}. Nothing was imported.`,
  importBadRow: (p: { where: Where; problem: ImportProblem }) =>
    `${problems.where(p.where)}: ${problems.import(p.problem)}. Nothing was imported.`,
  importUnknownShape: (p: { path: string; expected: Shape }) =>
    `${p.path} does not look like ${problems.shape(p.expected)}. Nothing was imported.`,
  backupBad: (p: { path: string; problem: BackupProblem }) =>
    `${p.path}: ${problems.backup(p.problem)}. Nothing was imported.`,
  backupField: (p: { path: string; at: string; problem: BackupFieldProblem; valid: readonly string[] }) =>
    `${p.path}: ${p.at} ${
      {
        notRel: 'says this is not a rel backup (made by rel export --format json)',
        version: 'is a backup format this rel does not read',
        schema: `is not a schema this rel knows (1 to ${p.valid[0]})`,
        notObject: 'is not an object',
        notList: 'is not a list',
        missing: 'is missing',
        unknown: 'is not a field rel knows',
        text: 'must be text (not empty)',
        name: 'must be a name: 1 to 200 characters, single spaces, no control characters',
        tooLong: `is longer than ${p.valid[0]} characters`,
        id: 'must be a whole number of 1 or more',
        number: 'must be a number of 0 or more',
        flag: 'must be 0 or 1',
        day: 'must be a date like 2026-11-22',
        birthday: 'must be a date like 1990-05-15, or --05-15 without a year',
        cadence: 'must be a cadence like 2w, 30d, 3m or 1y',
        timestamp: 'must be a time like 2026-11-22T09:00:00.000Z',
        oneOf: `must be one of: ${list(p.valid)}`,
        duplicate: 'repeats a row already in the backup',
        person: 'points at a person who is not in the backup',
        event: 'points at an event that is not in the backup',
        json: 'is not a value as rel writes it',
      }[p.problem]
    }. Nothing was imported.`,
  importNotFile: (p: { path: string }) =>
    `${p.path} is not a regular file (a device, pipe or folder); rel imports files only. Nothing was imported.`,
  importTooBig: (p: { path: string; mb: number; max: number }) =>
    `${p.path} is larger than ${p.max} MB (${p.mb} MB read); nothing was imported. If it really is an address book, raise the limit with --max-size <MB>.`,
  importEncoding: (p: { path: string; tried: readonly string[] }) =>
    `${p.path} is not text in ${p.tried.join(' or ')}; nothing was imported. Name its encoding with --encoding (utf-8, utf-16le, utf-16be, shift_jis).`,
  importGarbled: (p: { where: string }) =>
    `${p.where}: the name holds characters that could not be read (�), so it cannot be matched safely. Try --encoding shift_jis or utf-16le. Nothing was imported.`,
  importTooLong: (p: { where: string; field: string; max: number }) =>
    `${p.where}: the ${p.field} is longer than ${p.max} characters. Nothing was imported.`,
  invalidEmail: (p: { option: string; value: string }) =>
    `${p.option}: "${p.value}" is not an email address (name@example.com).`,
  invalidPhone: (p: { option: string; value: string }) =>
    `${p.option}: "${p.value}" is not a phone number: use digits, with + - ( ) or spaces if you like.`,
  invalidReading: (p: { value: string }) =>
    `--reading: "${p.value}" is not a reading. Write how the name sounds in kana or romaji, e.g. わたなべ みさき.`,
  mergeSelf: (p: { name: string }) => `both names are ${p.name}: name two different people to merge.`,
  dbFull: (p: { path: string }) =>
    `the disk holding ${p.path} is full, so nothing was written. Free some space and try again.`,
  dateNeedsOn: (p: { label: string }) =>
    `rel date needs --on <date> to note "${p.label}", e.g. --on 2026-12-01 or --on "3 Dec" (add --yearly for an anniversary).`,
  dateNeedsLabel: () =>
    'rel date needs a label before --on: rel date <person> <label> --on <date>, e.g. rel date "Aiko Tanaka" "book launch" --on 2026-12-01.',
  dateNotFound: (p: { name: string; label: string; labels: readonly string[] }) =>
    `${p.name} has no date called "${p.label}"${p.labels.length ? `; their dates: ${p.labels.join(', ')}` : ''}.`,
  importFormatUnknown: (p: { path: string }) =>
    `cannot tell what kind of file ${p.path} is from its name: add --format json, vcard, csv or linkedin.`,
  importStdinNeedsFormat: () =>
    'reading standard input (-) needs --format: json, vcard, csv or linkedin, e.g. rel import - --format vcard.',
  syncNoFolder: () =>
    'rel sync needs a folder the first time: rel sync ~/Sync/rel (a folder Syncthing, Dropbox, iCloud Drive or git keeps in sync). It is remembered after that.',
  syncFolderMissing: (p: { path: string }) =>
    `the sync folder ${p.path} does not exist, nor does the folder it would go in. Check the path; nothing was synced.`,
  syncFolderUnreadable: (p: { path: string; detail: string }) =>
    `cannot read the sync folder ${p.path} (${p.detail}); nothing was synced.`,
  syncDbInFolder: (p: { path: string; folder: string }) =>
    `the database ${p.path} is inside the sync folder ${p.folder}: a live database in a synced folder gets corrupted or forked. Keep the database outside and sync only the folder; nothing was synced.`,
  syncNewer: (p: { file: string; found: number; known: number }) =>
    `${p.file} was written by a newer rel (sync format ${p.found}; this rel reads up to ${p.known}). Upgrade rel on this device; nothing was synced.`,
  syncNeedsKey: (p: { file: string }) =>
    `${p.file} is encrypted: pass the passphrase with --passphrase-file <file> or REL_SYNC_KEY. Nothing was synced.`,
  syncWrongKey: (p: { file: string }) =>
    `${p.file} was encrypted with another passphrase; this one does not open it. Nothing was synced.`,
  syncEmptyKey: (p: { path: string }) => `the passphrase in ${p.path} is empty; write one on its first line.`,
  internal: (p: { detail: string }) =>
    `something unexpected went wrong: ${p.detail}. Nothing was half-written; please report this.`,
  // commander's own usage errors, worded here (cli/usage.ts reads its error codes).
  usageMissingArgument: (p: { command: string; name: string }) =>
    `${who(p.command)} needs <${p.name}> (see ${help(p.command)}).`,
  usageMissingOptionValue: (p: { command: string; option: string; value: string }) =>
    `${p.option} needs a value: ${p.option} ${p.value} (see ${help(p.command)}).`,
  usageMandatoryOption: (p: { command: string; option: string; value: string }) =>
    `${who(p.command)} needs ${p.option} ${p.value} (see ${help(p.command)}).`,
  usageUnknownOption: (p: { command: string; option: string; closest: readonly string[] }) =>
    `${who(p.command)} has no option ${p.option}${p.closest.length ? `; did you mean ${p.closest.join(' or ')}?` : ` (${help(p.command)} lists them).`}`,
  usageTooManyArguments: (p: { command: string; expected: number; got: number }) =>
    `${who(p.command)} takes ${p.expected === 0 ? 'no arguments' : p.expected === 1 ? 'one argument' : `${p.expected} arguments`}, not ${p.got}. Put a name or text with spaces in quotes: "Aiko Tanaka".`,
  usageUnknownCommand: (p: { name: string; closest: readonly string[] }) =>
    `there is no command "${p.name}"${p.closest.length ? `; did you mean ${p.closest.join(' or ')}?` : ' (rel --help lists them).'}`,
  usageOther: (p: { detail: string }) => `${p.detail} (see rel --help).`,
};
