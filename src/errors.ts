/**
 * Typed errors. Each carries a message key and its data; cli/main.ts words it in the user's language
 * (i18n/<lang>/errors.ts) and maps the class to an exit code.
 */
import type { ErrorKey, ErrorData } from './i18n/index.js';

export class RelError<K extends ErrorKey = ErrorKey> extends Error {
  readonly exitCode: number = 1;
  constructor(
    readonly key: K,
    readonly data: ErrorData<K>,
  ) {
    super(key);
  }
}

/** Bad invocation: unknown value, missing argument, invalid date. Exit 2. */
export class UsageError<K extends ErrorKey = ErrorKey> extends RelError<K> {
  override readonly exitCode = 2;
}

/** Bad data or environment: unknown person, corrupt db, unreadable file. Exit 1. */
export class DataError<K extends ErrorKey = ErrorKey> extends RelError<K> {}

export class NotFoundError<K extends ErrorKey = ErrorKey> extends DataError<K> {}

export class AmbiguousError<K extends ErrorKey = ErrorKey> extends DataError<K> {}
