/**
 * The prompts rel asks, behind one small interface so tests can answer them. The real one loads
 * @inquirer/prompts only when a question is actually asked.
 */
import { styleText } from 'node:util';
import { visible, visibleLines } from '../domain/visible.js';

export interface Choice<T> {
  name: string;
  value: T;
  checked?: boolean;
  description?: string;
}

export interface Prompter {
  confirm(message: string, def?: boolean): Promise<boolean>;
  input(message: string, def?: string): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], def?: T): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  /** A line of text between questions. */
  note(message: string): void;
}

/** What the key hints under a list say, in the language of the session. */
const KEYS_JA: Record<string, string> = {
  navigate: '移動',
  select: '選択',
  all: 'すべて',
  invert: '反転',
  submit: '決定',
};
let keysLang: 'en' | 'ja' = 'en';
export function setPromptLang(lang: 'en' | 'ja'): void {
  keysLang = lang;
}
/** The theme that words the key hints (↑↓ navigate • space select) in the session's language. */
export function keysTheme(): { style: { keysHelpTip: (keys: [string, string][]) => string } } {
  return {
    style: {
      keysHelpTip: (keys) =>
        keys
          .map(
            ([key, action]) =>
              `${styleText('bold', key)} ${styleText('dim', keysLang === 'ja' ? (KEYS_JA[action] ?? action) : action)}`,
          )
          .join(styleText('dim', ' • ')),
    },
  };
}

const safe = <T>(choices: Choice<T>[]): Choice<T>[] => choices.map((c) => ({ ...c, name: visible(c.name) }));

/** Questions quote names from the data: shown with their control characters made visible. */
export const inquirerPrompter: Prompter = {
  async confirm(message, def) {
    const { confirm } = await import('@inquirer/prompts');
    return confirm({ message: visibleLines(message), default: def ?? false });
  },
  async input(message, def) {
    const { input } = await import('@inquirer/prompts');
    const m = visibleLines(message);
    return input(def === undefined ? { message: m } : { message: m, default: def });
  },
  async select(message, choices, def) {
    const { select } = await import('@inquirer/prompts');
    const theme = keysTheme();
    const [m, c] = [visibleLines(message), safe(choices)];
    return select(
      def === undefined ? { message: m, choices: c, theme } : { message: m, choices: c, default: def, theme },
    );
  },
  async checkbox(message, choices) {
    const { checkbox } = await import('@inquirer/prompts');
    return checkbox({ message: visibleLines(message), choices: safe(choices), theme: keysTheme() });
  },
  note(message) {
    process.stdout.write(`${visibleLines(message)}\n`);
  },
};

/** The same questions, with the notes between them written to `out` (the CLI's standard output). */
export const promptsOn = (out: { write(s: string): unknown }): Prompter => ({
  ...inquirerPrompter,
  note: (message) => void out.write(`${visibleLines(message)}\n`),
});
