import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import { maskName, type DemandRow } from '../demands.access.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a text (Chinese by dictionary, other scripts by spaces), lower-cased, each once, in order. */
export function segmentWords(text: string): string[] {
  const seen = new Set<string>();
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase();
    if (w.length <= 64) seen.add(w);
  }
  return [...seen];
}

const han = /^\p{Script=Han}+$/u;

/**
 * The space-joined word string stored in demands.search_tokens (indexed as to_tsvector('simple', …)).
 * Longer Chinese words also contribute their two-character parts, so 垃圾 finds 垃圾桶.
 */
export function searchTokens(text: string): string {
  const words = new Set<string>();
  for (const w of segmentWords(text)) {
    words.add(w);
    if (w.length >= 3 && han.test(w)) for (let i = 0; i + 2 <= w.length; i++) words.add(w.slice(i, i + 2));
  }
  return [...words].join(' ');
}

/** How many of the newest demands the first pass reads. */
const RECENT = 20000;

// tsquery lexemes are quoted, so punctuation or operators in the query are taken literally.
const lexeme = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

type SearchRow = { id: string; tracking_code: string; title: string; status: DemandRow['status']; category_code: string; district_code: string; org_id: number | null; citizen_name: string | null; received_at: string | Date };

export interface SearchHit {
  id: number;
  trackingCode: string;
  title: string;
  status: DemandRow['status'];
  categoryCode: string;
  districtCode: string;
  orgId: number | null;
  citizenName: string | null;
  receivedAt: string;
}

/**
 * The 50 most recent demands in scope containing every word of the query (segmented as at intake),
 * with the citizen's name masked.
 */
export async function searchDemands(db: Db, scope: Scope, q: string, limit = 50): Promise<{ words: string[]; items: SearchHit[] }> {
  const words = segmentWords(q).slice(0, 16);
  if (!words.length) return { words, items: [] };
  const query = words.map(lexeme).join(' & ');
  const select = sql`d.id, d.tracking_code, d.title, d.status, d.category_code, d.district_code, d.org_id, d.citizen_name, d.received_at`;
  const matches = sql`search_vector @@ to_tsquery('simple', ${query})`;
  // A common word is found among the newest demands: walk received_at backwards through a bounded
  // number of them. Otherwise the GIN index finds every match (few, for such a word); MATERIALIZED
  // keeps the planner from walking the whole table backwards looking for a rare or absent word.
  let list = await rows<SearchRow>(
    db,
    sql`SELECT * FROM (SELECT ${select}, d.search_vector FROM demands d WHERE ${inScope(sql`d.org_path`, scope)} ORDER BY d.received_at DESC LIMIT ${RECENT}) d
         WHERE ${matches} ORDER BY d.received_at DESC, d.id DESC LIMIT ${limit}`,
  );
  if (list.length < limit) {
    list = await rows<SearchRow>(
      db,
      sql`WITH m AS MATERIALIZED (SELECT ${select} FROM demands d WHERE d.${matches} AND ${inScope(sql`d.org_path`, scope)})
          SELECT * FROM m ORDER BY received_at DESC, id DESC LIMIT ${limit}`,
    );
  }
  return {
    words,
    items: list.map((d) => ({
      id: Number(d.id), trackingCode: d.tracking_code, title: d.title, status: d.status, categoryCode: d.category_code, districtCode: d.district_code,
      orgId: d.org_id, citizenName: maskName(d.citizen_name), receivedAt: new Date(d.received_at).toISOString(),
    })),
  };
}
