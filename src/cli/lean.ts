/**
 * The start-up path for the commands people type many times a day (give, take, touch, show, list,
 * search, remind, today, and the heaviest, review): their plain command lines are read here, without loading commander and every command's
 * wiring.
 * Anything else — help, an unknown or repeated option, a missing argument, `--` — returns undefined
 * and goes to commander (program.ts), which owns every message about a bad command line. The specs
 * mirror program.ts; test/e2e/lean.test.ts checks both paths print and store the same.
 */
import type { GlobalOptions } from './context.js';
import {
  ledgerSpec,
  listSpec,
  remindSpec,
  reviewSpec,
  searchSpec,
  showSpec,
  todaySpec,
  touchSpec,
} from './hot-specs.js';
import { bindSession, run, type Invocation, type Spec } from './run.js';
import type { Session } from './terminal.js';

export { LEAN_COMMANDS } from './lean-names.js';

interface Shape {
  /** Required positional arguments, then optional ones. */
  required: number;
  optional: number;
  /** Option → its key in the options object, and whether it takes a value. */
  options: Record<string, { key: string; value: boolean }>;
}

const json = { '--json': { key: 'json', value: false } };
const date = { '-d': { key: 'date', value: true }, '--date': { key: 'date', value: true } };
const days = { '--days': { key: 'days', value: true } };
const LEDGER: Shape = {
  required: 2,
  optional: 0,
  options: { '-k': { key: 'kind', value: true }, '--kind': { key: 'kind', value: true }, ...date, ...json },
};
const TAKE: Shape = {
  ...LEDGER,
  options: { ...LEDGER.options, '--offered': { key: 'offered', value: false } },
};
const SHAPES: Record<string, Shape> = {
  give: LEDGER,
  take: TAKE,
  receive: TAKE,
  touch: {
    required: 1,
    optional: 1,
    options: {
      ...date,
      '--inbound': { key: 'inbound', value: false },
      '-k': { key: 'kind', value: true },
      '--kind': { key: 'kind', value: true },
      ...json,
    },
  },
  show: { required: 1, optional: 0, options: json },
  // <words...>: every word after the name, as commander's variadic argument takes them.
  search: { required: 1, optional: Infinity, options: json },
  // remind --notify goes to commander (program-remind.ts sends the notes).
  remind: {
    required: 0,
    optional: 0,
    options: {
      ...days,
      '--ics': { key: 'ics', value: true },
      '--force': { key: 'force', value: false },
      '--all': { key: 'all', value: false },
      ...json,
    },
  },
  today: { required: 0, optional: 0, options: { ...days, ...json } },
  review: {
    required: 0,
    optional: 0,
    options: { '-a': { key: 'all', value: false }, '--all': { key: 'all', value: false }, ...json },
  },
  list: {
    required: 0,
    optional: 0,
    options: {
      '-t': { key: 'tag', value: true },
      '--tag': { key: 'tag', value: true },
      '-m': { key: 'match', value: true },
      '--match': { key: 'match', value: true },
      '-s': { key: 'sort', value: true },
      '--sort': { key: 'sort', value: true },
      ...json,
    },
  },
};
const GLOBALS: Shape['options'] = {
  '--db': { key: 'db', value: true },
  '--lang': { key: 'lang', value: true },
  '--no-color': { key: 'color', value: false },
  '--no-pager': { key: 'pager', value: false },
};

export interface LeanCall {
  name: string;
  args: string[];
  opts: Record<string, string | boolean>;
  globals: GlobalOptions;
}

/** The command line read as commander would read it, or undefined when commander must see it. */
export function parseLean(argv: readonly string[]): LeanCall | undefined {
  let name: string | undefined;
  const args: string[] = [];
  const opts: Record<string, string | boolean> = {};
  const globals: Record<string, string | boolean | number> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a === '-') {
      if (name === undefined) {
        if (!(a in SHAPES)) return undefined;
        name = a;
      } else args.push(a);
      continue;
    }
    // --quiet counts (-q, -qq, -q -q), as commander's count option does.
    const quiet = a === '-q' || a === '--quiet' ? 1 : a === '-qq' ? 2 : 0;
    if (quiet > 0) {
      globals.quiet = Number(globals.quiet ?? 0) + quiet;
      continue;
    }
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const spec = GLOBALS[flag] ?? (name === undefined ? undefined : SHAPES[name]!.options[flag]);
    if (!spec) return undefined;
    const into = flag in GLOBALS ? globals : opts;
    if (spec.key in into) return undefined; // repeated: commander's rules decide
    if (!spec.value) {
      if (flag !== a) return undefined;
      into[spec.key] = spec.key === 'color' || spec.key === 'pager' ? false : true;
      continue;
    }
    const value = flag !== a ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (flag === a && value.startsWith('-'))) return undefined;
    into[spec.key] = value;
  }
  if (name === undefined) return undefined;
  const shape = SHAPES[name]!;
  if (args.length < shape.required || args.length > shape.required + shape.optional) return undefined;
  return { name: name === 'receive' ? 'take' : name, args, opts, globals: globals as GlobalOptions };
}

function specFor(call: LeanCall): Spec<never> {
  const { name, args, opts: o } = call;
  switch (name) {
    case 'give':
    case 'take':
      return ledgerSpec(name, args[0]!, args[1]!, o);
    case 'touch':
      return touchSpec(args[0]!, args[1], o);
    case 'show':
      return showSpec(args[0]!);
    case 'search':
      return searchSpec(args);
    // commander's default for --days
    case 'remind':
      return remindSpec({ days: '7', ...o });
    case 'today':
      return todaySpec({ days: '7', ...o });
    case 'review':
      return reviewSpec(o);
    default:
      return listSpec(o);
  }
}

/** Runs a plain command line without commander: its exit code, or undefined to hand it to commander. */
export async function lean(argv: readonly string[], session: Session): Promise<number | undefined> {
  const call = parseLean(argv);
  return call ? runLean(call, argv, session) : undefined;
}

export async function runLean(call: LeanCall, argv: readonly string[], session: Session): Promise<number> {
  try {
    const all = { ...call.globals, ...call.opts };
    const invocation: Invocation = { name: () => call.name, optsWithGlobals: () => all };
    bindSession(invocation, session);
    await run(invocation, specFor(call));
    return 0;
  } catch (e) {
    return (await import('./errors.js')).report(e, argv, session);
  }
}
