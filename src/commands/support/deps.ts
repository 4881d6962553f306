import type { Config } from '../../config/config.js';
import type { Db } from '../../db/open.js';
import type { Day } from '../../domain/dates.js';
import type { Lang } from '../../domain/types.js';
import type { Catalog } from '../../i18n/index.js';
import type { Prompter } from '../../prompts/index.js';

/** What every command gets from the CLI layer: nothing here reads the environment or the clock. */
export interface Deps {
  db: Db;
  /** The database file (absolute), for commands that must name it (cron). */
  dbPath: string;
  now: Date;
  today: Day;
  lang: Lang;
  t: Catalog;
  prompt: Prompter;
  /** A person is at a terminal (stdin and stdout are TTYs): prompts may be shown. */
  interactive: boolean;
  config: Config;
  configPath: string;
  /** Long imports report progress here (set on a terminal only). */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Where files the user names are resolved from. */
  cwd: string;
  /** The node binary running rel, for lines that start rel again (cron). */
  execPath: string;
  /** Reads all of standard input (`rel import -`); default: file descriptor 0. */
  stdin?: () => string;
}
