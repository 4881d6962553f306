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

export const inquirerPrompter: Prompter = {
  async confirm(message, def) {
    const { confirm } = await import('@inquirer/prompts');
    return confirm({ message, default: def ?? false });
  },
  async input(message, def) {
    const { input } = await import('@inquirer/prompts');
    return input(def === undefined ? { message } : { message, default: def });
  },
  async select(message, choices, def) {
    const { select } = await import('@inquirer/prompts');
    return select(def === undefined ? { message, choices } : { message, choices, default: def });
  },
  async checkbox(message, choices) {
    const { checkbox } = await import('@inquirer/prompts');
    return checkbox({ message, choices });
  },
  note(message) {
    process.stdout.write(`${message}\n`);
  },
};
