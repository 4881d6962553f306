/** The vocabulary of RULES.md: ids, with Japanese aliases accepted on input. */

export const EVENT_KINDS = [
  'mixer',
  'party',
  'mlm',
  'self-help',
  'paid-club',
  'study-group',
  'seminar',
  'hobby',
  'in-house',
  'alumni',
  'one-on-one',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const LOW_YIELD_KINDS: readonly EventKind[] = ['mixer', 'party', 'mlm', 'self-help', 'paid-club'];
export const BETTER_ROOMS: readonly EventKind[] = [
  'study-group',
  'seminar',
  'hobby',
  'in-house',
  'alumni',
  'one-on-one',
];

export const PURPOSES = [
  'networking',
  'learning',
  'industry-insight',
  'hobby',
  'meet-someone',
  'support',
  'work',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const ORIGINS = [
  'school',
  'work',
  'study-group',
  'hobby',
  'intro',
  'event',
  'reached-out',
  'inbound',
  'online',
  'other',
] as const;
export type Origin = (typeof ORIGINS)[number];

export const LEDGER_KINDS = [
  'help',
  'advice',
  'info',
  'intro',
  'feedback',
  'promotion',
  'attend',
  'gift',
  'thanks',
  'listen',
  'praise',
  'referral',
  'sale',
  'other',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
/** `sale` exists only as a take: you sold to or recruited a contact. */
export const GIVE_KINDS: readonly LedgerKind[] = LEDGER_KINDS.filter((k) => k !== 'sale');

/** How a touch happened. */
export const TOUCH_KINDS = ['call', 'message', 'meet', 'meal', 'email', 'letter', 'other'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];
/** The touch kinds spent face to face (for rules that weigh time together). */
export const IN_PERSON_TOUCH_KINDS: readonly TouchKind[] = ['meet', 'meal'];
export const isInPerson = (kind: TouchKind | null): boolean =>
  kind !== null && IN_PERSON_TOUCH_KINDS.includes(kind);

export const FIELDS = ['it', 'web', 'design', 'writing', 'marketing', 'sales', 'other'] as const;
export type Field = (typeof FIELDS)[number];

const KIND_ALIASES: Record<string, EventKind> = {
  異業種交流会: 'mixer',
  名刺交換会: 'mixer',
  交流会: 'mixer',
  パーティ: 'party',
  パーティー: 'party',
  マルチ: 'mlm',
  ネットワークビジネス: 'mlm',
  自己啓発セミナー: 'self-help',
  自己啓発: 'self-help',
  スピリチュアル: 'self-help',
  有料の交流会: 'paid-club',
  塾: 'paid-club',
  サロン: 'paid-club',
  勉強会: 'study-group',
  セミナー: 'seminar',
  趣味の集まり: 'hobby',
  趣味: 'hobby',
  社内イベント: 'in-house',
  部活: 'in-house',
  OB会: 'alumni',
  同窓会: 'alumni',
  個別に会う: 'one-on-one',
  サシ飲み: 'one-on-one',
  その他: 'other',
};

const PURPOSE_ALIASES: Record<string, Purpose> = {
  人脈作り: 'networking',
  人脈: 'networking',
  学び: 'learning',
  他業種を知る: 'industry-insight',
  情報収集: 'industry-insight',
  趣味: 'hobby',
  会いたい人: 'meet-someone',
  応援: 'support',
  手伝い: 'support',
  仕事: 'work',
};

const ORIGIN_ALIASES: Record<string, Origin> = {
  学校: 'school',
  同級生: 'school',
  職場: 'work',
  仕事: 'work',
  勉強会: 'study-group',
  趣味: 'hobby',
  紹介: 'intro',
  イベント: 'event',
  交流会: 'event',
  自分から: 'reached-out',
  相手から: 'inbound',
  オンライン: 'online',
  その他: 'other',
};

const LEDGER_ALIASES: Record<string, LedgerKind> = {
  手伝い: 'help',
  助け: 'help',
  助言: 'advice',
  相談: 'advice',
  アドバイス: 'advice',
  情報: 'info',
  紹介: 'intro',
  感想: 'feedback',
  フィードバック: 'feedback',
  宣伝: 'promotion',
  シェア: 'promotion',
  参加: 'attend',
  お土産: 'gift',
  贈り物: 'gift',
  プレゼント: 'gift',
  感謝: 'thanks',
  お礼: 'thanks',
  傾聴: 'listen',
  悩み相談: 'listen',
  褒める: 'praise',
  称賛: 'praise',
  仕事の紹介: 'referral',
  推薦: 'referral',
  営業: 'sale',
  勧誘: 'sale',
  販売: 'sale',
  その他: 'other',
};

const TOUCH_ALIASES: Record<string, TouchKind> = {
  電話: 'call',
  通話: 'call',
  ビデオ通話: 'call',
  メッセージ: 'message',
  チャット: 'message',
  line: 'message',
  dm: 'message',
  sms: 'message',
  text: 'message',
  chat: 'message',
  会った: 'meet',
  会う: 'meet',
  対面: 'meet',
  面会: 'meet',
  お茶: 'meet',
  coffee: 'meet',
  食事: 'meal',
  ランチ: 'meal',
  ディナー: 'meal',
  飲み: 'meal',
  飲み会: 'meal',
  lunch: 'meal',
  dinner: 'meal',
  drinks: 'meal',
  メール: 'email',
  mail: 'email',
  'e-mail': 'email',
  手紙: 'letter',
  はがき: 'letter',
  葉書: 'letter',
  年賀状: 'letter',
  card: 'letter',
  その他: 'other',
};

export type VocabName = 'kind' | 'purpose' | 'origin' | 'ledgerKind' | 'touchKind' | 'field';

function normaliseWord(s: string): string {
  return s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function lookup<T extends string>(
  input: string,
  ids: readonly T[],
  aliases: Record<string, T>,
): T | undefined {
  const w = normaliseWord(input);
  const direct = ids.find((id) => id === w);
  if (direct) return direct;
  const raw = input.normalize('NFKC').trim();
  return aliases[raw] ?? aliases[w];
}

export const parseEventKind = (s: string): EventKind | undefined => lookup(s, EVENT_KINDS, KIND_ALIASES);
export const parsePurpose = (s: string): Purpose | undefined => lookup(s, PURPOSES, PURPOSE_ALIASES);
export const parseOrigin = (s: string): Origin | undefined => lookup(s, ORIGINS, ORIGIN_ALIASES);
export const parseLedgerKind = (s: string): LedgerKind | undefined => lookup(s, LEDGER_KINDS, LEDGER_ALIASES);
export const parseTouchKind = (s: string): TouchKind | undefined => lookup(s, TOUCH_KINDS, TOUCH_ALIASES);
export const parseField = (s: string): Field | undefined => lookup(s, FIELDS, {});

export const VOCAB: Record<VocabName, readonly string[]> = {
  kind: EVENT_KINDS,
  purpose: PURPOSES,
  origin: ORIGINS,
  ledgerKind: LEDGER_KINDS,
  touchKind: TOUCH_KINDS,
  field: FIELDS,
};

export function isLowYield(kind: EventKind): boolean {
  return LOW_YIELD_KINDS.includes(kind);
}
