/**
 * How --help looks: descriptions wrapped at word boundaries (Japanese by the kinsoku rules) with a
 * hanging indent, to the terminal's width; in Japanese under --lang ja (or REL_LANG, or a Japanese
 * locale). Applied to every command after the program is built, so program*.ts stay as they are.
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../i18n/index.js';
import { helpJa, helpTitlesJa } from '../i18n/ja/help.js';
import { padEnd, width, wrap } from '../output/width.js';
import { helpSettings } from './help.js';

/** Below this many columns for descriptions, they go on their own line under the term. */
const MIN_DESCRIPTION = 24;

function translate(keys: string[], en: string): string {
  for (const k of keys) {
    const t = helpJa[k];
    if (t !== undefined) return typeof t === 'function' ? t(en) : t;
  }
  return en;
}

/** A command's key in helpJa: its name, or its path under rel for a subcommand (`date rm`). */
function keyOf(cmd: Command): string {
  if (!cmd.parent) return '';
  const parent = keyOf(cmd.parent);
  return parent ? `${parent} ${cmd.name()}` : cmd.name();
}

function configFor(cmd: Command, lang: Lang, columns: number): HelpConfiguration {
  const name = keyOf(cmd);
  const ja = lang === 'ja';
  const optionText = (o: Option, en: string) => {
    const flag = o.long ?? o.short ?? '';
    return ja ? translate([`${name} ${flag}`, flag], en) : en;
  };
  return {
    helpWidth: columns,
    displayWidth: (s: string) => width(s),
    boxWrap: (s: string, w: number) => wrap(s, w),
    styleTitle: (s: string) => (ja ? (helpTitlesJa[s] ?? s) : s),
    commandDescription: (c: Command) => (ja ? translate([name], c.description()) : c.description()),
    // The command list is easier to scan without "[options]" after every name.
    subcommandTerm(this: Help, c: Command) {
      return Help.prototype.subcommandTerm.call(this, c).replace(' [options]', '');
    },
    subcommandDescription: (c: Command) =>
      ja ? translate([name ? `${name} ${c.name()}` : c.name()], c.description()) : c.description(),
    optionDescription(this: Help, o: Option) {
      const en = o.description;
      const extra = o.defaultValue !== undefined && o.defaultValue !== false && !o.negate;
      const base = optionText(o, en);
      if (!extra) return base;
      return ja
        ? `${base}（省略時は ${String(o.defaultValue)}）`
        : `${base} (default: ${JSON.stringify(o.defaultValue)})`;
    },
    argumentDescription: (a: Argument) => {
      const en = a.description;
      const choices = a.argChoices && !en ? a.argChoices.join(', ') : '';
      const text = ja ? translate([`${name} <${a.name()}>`], en) : en;
      return text || choices;
    },
    formatItem: (term: string, termWidth: number, description: string) => {
      if (!description) return `  ${term}`;
      const room = columns - termWidth - 4;
      if (room >= MIN_DESCRIPTION) {
        const body = wrap(description, columns, termWidth + 4, { first: termWidth + 4 });
        return `  ${padEnd(term, termWidth)}  ${body}`;
      }
      return `  ${term}\n      ${wrap(description, columns, 6, { first: 6 })}`;
    },
  };
}

/** Wraps and localises --help for the program and every command under it. */
export function localizeHelp(program: Command, lang: Lang, columns: number): void {
  helpSettings.lang = lang;
  helpSettings.columns = columns;
  const walk = (cmd: Command) => {
    cmd.configureHelp(configFor(cmd, lang, columns));
    cmd.commands.forEach(walk);
  };
  walk(program);
}
