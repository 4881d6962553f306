/** Words a language-free finding in the user's language. */
import type { Finding } from '../domain/finding.js';
import type { Lang } from '../domain/types.js';
import type { Fmt } from '../i18n/fmt.js';
import { ruleMessages } from '../i18n/rules.js';
import type { RawFinding } from '../rules/types.js';

type MessageFn = (data: unknown, f: Fmt) => string;

function render(lang: Lang, rule: string, messageId: string, data: unknown, f: Fmt): string {
  const messages = ruleMessages(lang) as unknown as Record<string, Record<string, MessageFn>>;
  const fn = messages[rule]?.[messageId];
  if (!fn) throw new Error(`no message ${rule}.${messageId} in ${lang}`);
  return fn(data, f);
}

export function localize(raw: RawFinding, lang: Lang, f: Fmt, name: (id: number) => string): Finding {
  return {
    rule: raw.rule,
    severity: raw.severity,
    message: render(lang, raw.rule, raw.messageId, raw.data, f),
    people: raw.people.map((id) => ({ id, name: name(id) })),
    sources: [...raw.sources],
  };
}

export function moveText(raw: RawFinding, lang: Lang, f: Fmt): string | undefined {
  return raw.move ? render(lang, raw.rule, raw.move.messageId, raw.move.data, f) : undefined;
}
