import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { intake, recordPhoto, removePhotos, submittedPhotos, writePhotos, type DemandRow } from '../../demands/index.js';
import { districts } from '../pairing.reference.js';
import { concernCategoryName, demandCategoryCode } from './concern-categories.js';
import type { ConcernInput } from './concerns.dto.js';

const districtName = new Map(districts.map((d) => [d.code, d.name]));

interface Raiser {
  entrepreneurId: number;
  raisedAs: 'entrepreneur' | 'cadre';
}

interface EntrepreneurForConcern {
  id: number;
  name: string;
  company: string;
  phone: string;
  sector: string;
  districtCode: string;
  orgId: number;
  orgPath: string;
  pairId: number | null;
  cadrePersonId: number | null;
}

/**
 * Files the concern as a demand of the demands engine (channel api, the company's district, the entrepreneur as
 * submitter) and links it in the demand's own transaction: both are written or neither, and so are the attachments
 * of a multipart submission (the demand's photos and PDF files; the stored files are removed when it fails). `now` files
 * it at a past moment (the demo city's year of concerns).
 */
export async function raiseConcern(db: Db, dataDir: string, req: FastifyRequest, auth: AuthContext, who: Raiser, input: ConcernInput, now?: Date): Promise<DemandRow> {
  const [e] = await rows<EntrepreneurForConcern>(
    db,
    sql`SELECT e.id, e.name, e.company, e.phone, e.sector, e.district_code AS "districtCode", e.org_id AS "orgId", e.org_path AS "orgPath",
               p.id AS "pairId", p.cadre_person_id AS "cadrePersonId"
          FROM pairing_entrepreneurs e LEFT JOIN pairing_pairs p ON p.entrepreneur_id = e.id AND p.ended_at IS NULL
         WHERE e.id = ${who.entrepreneurId} AND e.status = 'approved'`,
  );
  if (!e) throw new AppError('not_found');
  const files = await writePhotos(dataDir, submittedPhotos.get(req) ?? []);
  const { demand } = await intake(
    db,
    req,
    {
      categoryCode: demandCategoryCode(input.category),
      title: input.title,
      description: input.description,
      address: `${e.company}（${districtName.get(e.districtCode) ?? e.districtCode}）`,
      districtCode: e.districtCode,
      citizenName: e.name,
      citizenPhone: e.phone,
      channel: 'api',
      clientKey: `pairing:${e.id}`,
    },
    {
      actor: { accountId: auth.accountId, name: auth.displayName },
      ...(now ? { now } : {}),
      afterInsert: async (tx, d) => {
        await tx.execute(sql`INSERT INTO pairing_concerns (district_code, demand_id, entrepreneur_id, pair_id, cadre_person_id, category, sector, org_path, raised_as, raised_by, created_at)
          VALUES (${d.district_code}, ${d.id}, ${e.id}, ${e.pairId}, ${e.cadrePersonId}, ${input.category}, ${e.sector}, ${e.orgPath}, ${who.raisedAs}, ${auth.accountId},
                  coalesce(${now?.toISOString() ?? null}::timestamptz, now()))`);
        await audit(tx, req, {
          action: 'pairing.concern_raise',
          entity: 'pairing_concern',
          entityId: Number(d.id),
          orgId: e.orgId,
          orgPath: e.orgPath,
          summary: `${d.tracking_code} ${concernCategoryName.get(input.category)} (${who.raisedAs})`,
          after: { entrepreneurId: e.id, category: input.category, raisedAs: who.raisedAs, pairId: e.pairId, attachments: files.length },
        });
        for (const f of files) await recordPhoto(tx, req, d, f, true);
      },
    },
  ).catch(async (err) => {
    await removePhotos(dataDir, files);
    throw err;
  });
  return demand;
}
