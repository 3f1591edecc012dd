import type { VanguardModule } from '../../kernel/module.js';
import { everyone } from '../../kernel/access/roles.js';
import './content.events.js';
import { sql } from 'drizzle-orm';
import { awardOn, defineAward } from '../../kernel/points/award-on.js';
import { contentRoutes } from './content.routes.js';
import { readerRoutes } from './reader.routes.js';
import { requiredReadingRoutes } from './required-reading.routes.js';
import { seedContent } from './content.seed.js';
import { contentMetrics } from './content.metrics.js';
import { warningCaseMetrics } from './warning-cases.metrics.js';
import { contentDetails } from './content.details.js';

const authors = ['committee_admin', 'org_admin', 'branch_secretary'] as const;
const reviewers = ['committee_admin', 'org_admin'] as const;

/** Articles, videos and PDFs with a review workflow, audience scope and reading records. */
/** A finished reading (content_reads.completed_at) of an article or PDF, or of a video: the records the points follow. */
const finished = (video: boolean) => ({
  query: sql`SELECT r.completed_at AS occurred_at, jsonb_build_object('personId', r.person_id, 'contentId', r.item_id, 'seconds', r.seconds) AS payload
               FROM content_reads r JOIN content_items i ON i.id = r.item_id WHERE r.completed_at IS NOT NULL AND ${video ? sql`i.kind = 'video'` : sql`i.kind <> 'video'`}`,
});
const readCompleted = defineAward({ event: 'content.read_completed', label: { zh: '读完一篇文章', en: 'Finishes an article' }, map: (p) => ({ personId: p.personId, key: `content:${p.contentId}` }), replay: finished(false) });
const videoWatched = defineAward({ event: 'content.video_watched', label: { zh: '看完一段视听内容', en: 'Finishes a video or audio' }, map: (p) => ({ personId: p.personId, key: `content:${p.contentId}` }), replay: finished(true) });

export const contentModule: VanguardModule = {
  name: 'content',
  detailMessages: contentDetails,
  permissions: [
    { name: 'content.read', roles: authors, scope: 'subtree', description: '查看本组织的内容（含草稿、待审）' },
    { name: 'content.write', roles: authors, scope: 'subtree', description: '撰写、修改草稿，上传视频/PDF，提交审核' },
    { name: 'content.review', roles: reviewers, scope: 'subtree', description: '审核内容：发布、退回、归档' },
    { name: 'content.assign', roles: reviewers, scope: 'subtree', description: '警示教育：指定必读内容、查看完成率、关联清廉话剧/书场活动' },
    { name: 'content.view', roles: everyone, scope: 'self', description: '阅读发布给本人的内容，记录学习时长' },
  ],
  subscribe(ctx) {
    awardOn(ctx, readCompleted);
    awardOn(ctx, videoWatched);
  },
  routes(app, ctx) {
    contentRoutes(app, ctx);
    readerRoutes(app, ctx);
    requiredReadingRoutes(app, ctx);
  },
  seed: seedContent,
  metrics: [...contentMetrics, ...warningCaseMetrics],
};
