/** The English message a refused call gives (a RelError, worded as the CLI would); anything else fails. */
import { RelError } from '../../src/errors.js';
import { en, formatError } from '../../src/i18n/index.js';

export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RelError) return formatError(en, e.key, e.data as never);
    throw e;
  }
  throw new Error('expected a refusal');
}
