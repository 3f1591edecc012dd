/**
 * Field-level error details speak the caller's language. Checks write their detail messages in English; each module
 * brings the Chinese for its own (`VanguardModule.detailMessages`), keyed by the English text. A key may hold `{}`
 * placeholders standing for values worked into the text (`at most {} attachments`); the Chinese takes them in order,
 * each value itself in Chinese when the catalogue has it (a kind or status code such as `branch` → 党支部).
 */
export type DetailMessages = Readonly<Record<string, string>>;

interface Pattern {
  re: RegExp;
  zh: string;
}

const exact = new Map<string, string>();
const english = new Map<string, string>();
const patterns: Pattern[] = [];
/** Every text defined so far: each app start defines the catalogues again. */
const defined = new Set<string>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Adds a catalogue; the first translation of a text wins (a later, different one is a mistake the tests catch). */
export function defineDetailMessages(messages: DetailMessages) {
  for (const [en, zh] of Object.entries(messages)) {
    if (defined.has(en)) continue;
    defined.add(en);
    if (en.includes('{}')) patterns.push({ re: new RegExp(patternSource(en), 's'), zh });
    else {
      exact.set(en, zh);
      english.set(zh, en);
    }
  }
}

const patternSource = (en: string) => `^${en.split('{}').map(escape).join('(.+?)')}$`;

/** One detail message in the caller's language: English texts by the catalogue, a Chinese one back to its English key. */
export function localizeMessage(message: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return english.get(message) ?? message;
  const zh = exact.get(message);
  if (zh !== undefined) return zh;
  for (const p of patterns) {
    const m = p.re.exec(message);
    if (!m) continue;
    let i = 1;
    return p.zh.replace(/\{\}/g, () => valueZh(m[i++] ?? ''));
  }
  return message;
}

/** A value worked into a text, in Chinese where the catalogue knows it; `draft or running` word by word. */
const valueZh = (value: string) =>
  value
    .split(' or ')
    .map((v) => exact.get(v) ?? v)
    .join('或');

/** Error details as the API answers them: the `message` of each detail (an array of them or a single one) localized. */
export function localizeDetails(details: unknown, lang: 'zh' | 'en'): unknown {
  if (Array.isArray(details)) return details.map((d) => localizeOne(d, lang));
  return localizeOne(details, lang);
}

function localizeOne(detail: unknown, lang: 'zh' | 'en'): unknown {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return detail;
  const message = (detail as { message?: unknown }).message;
  if (typeof message !== 'string') return detail;
  const localized = localizeMessage(message, lang);
  return localized === message ? detail : { ...detail, message: localized };
}
