/**
 * The prompts rel asks, behind one small interface so tests can answer them. The real one loads
 * @inquirer/prompts only when a question is actually asked.
 */
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

import { visible, visibleLines } from '../output/visible.js';

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
    const [m, c] = [visibleLines(message), safe(choices)];
    return select(def === undefined ? { message: m, choices: c } : { message: m, choices: c, default: def });
  },
  async checkbox(message, choices) {
    const { checkbox } = await import('@inquirer/prompts');
    return checkbox({ message: visibleLines(message), choices: safe(choices) });
  },
  note(message) {
    process.stdout.write(`${visibleLines(message)}\n`);
  },
};
