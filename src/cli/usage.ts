/**
 * commander's own usage errors (missing argument, unknown option …) worded through the catalogues,
 * so they read `rel: …` in the user's language like every other error. commander (pinned) gives a
 * code and an English sentence; the names in that sentence are read back out of it here.
 */
import type { CommanderError } from 'commander';
import type { ErrorData, ErrorKey } from '../i18n/index.js';

export type Usage = { [K in ErrorKey]: { key: K; data: ErrorData<K> } }[ErrorKey];

/** Global options that take a value: their value is not the command. */
const GLOBAL_VALUES = new Set(['--db', '--lang']);

/** The command the user typed (the first word that is not an option; '' for none), for the messages. */
export function commandOf(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (GLOBAL_VALUES.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return '';
}

/** `-k, --kind <kind>` → the long flag and its value placeholder. */
function flag(flags: string): { option: string; value: string } {
  const option = /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0] ?? flags;
  const value = /<[^>]+>|\[[^\]]+\]/.exec(flags)?.[0] ?? '';
  return { option, value };
}

/** "(Did you mean --for?)" or "(Did you mean one of a, b?)" → the names. */
function closest(message: string): string[] {
  const m = /\(Did you mean (?:one of )?(.+)\?\)/.exec(message);
  return m ? m[1]!.split(/,\s*/) : [];
}

export function usageError(e: CommanderError, argv: readonly string[]): Usage | null {
  const msg = e.message;
  const command = commandOf(argv);
  const q = (re: RegExp) => re.exec(msg)?.slice(1) ?? [];
  switch (e.code) {
    case 'commander.missingArgument': {
      const [name] = q(/missing required argument '([^']+)'/);
      return name ? { key: 'usageMissingArgument', data: { command, name } } : null;
    }
    case 'commander.optionMissingArgument': {
      const [flags] = q(/option '([^']+)' argument missing/);
      return flags ? { key: 'usageMissingOptionValue', data: { command, ...flag(flags) } } : null;
    }
    case 'commander.missingMandatoryOptionValue': {
      const [flags] = q(/required option '([^']+)' not specified/);
      return flags ? { key: 'usageMandatoryOption', data: { command, ...flag(flags) } } : null;
    }
    case 'commander.unknownOption': {
      const [option] = q(/unknown option '([^']+)'/);
      return option ? { key: 'usageUnknownOption', data: { command, option, closest: closest(msg) } } : null;
    }
    case 'commander.excessArguments': {
      const [expected, got] = q(/Expected (\d+) arguments? but got (\d+)/);
      return expected && got
        ? { key: 'usageTooManyArguments', data: { command, expected: Number(expected), got: Number(got) } }
        : null;
    }
    case 'commander.unknownCommand': {
      const [name] = q(/unknown command '([^']+)'/);
      return name ? { key: 'usageUnknownCommand', data: { name, closest: closest(msg) } } : null;
    }
    case 'commander.invalidArgument': {
      const opt = q(/option '([^']+)' argument '([^']*)' is invalid/);
      const arg = q(/value '([^']*)' is invalid for argument '([^']+)'/);
      const [choices] = q(/Allowed choices are (.+)\.$/m);
      if (!choices) return null;
      const valid = choices.split(/,\s*/);
      if (opt.length)
        return { key: 'invalidValue', data: { option: flag(opt[0]!).option, value: opt[1]!, valid } };
      if (arg.length)
        return {
          key: 'invalidValue',
          data: { option: `${command ? `${command} ` : ''}<${arg[1]}>`, value: arg[0]!, valid },
        };
      return null;
    }
    default:
      return null;
  }
}

/** commander's sentence without its "error: " and suggestion, for the codes without a message. */
export const commanderDetail = (e: CommanderError): string =>
  e.message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean.*\)$/s, '')
    .replace(/\.$/, '');
