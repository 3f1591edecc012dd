import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { myPair, personOf } from '../pairing.access.js';
import { contactBody, contactListQuery, idParams, myPairsQuery } from './pairs.dto.js';
import { contactById, listContacts, listMyPairs } from './pairs.queries.js';
import { logContact } from './pair-commands.js';
import { contactOut, contactPage, pairPage } from './pairs.responses.js';
import { entrepreneurOfAccount, presentEntrepreneur } from '../entrepreneurs/entrepreneurs.queries.js';
import { entrepreneurOut } from '../entrepreneurs/entrepreneurs.responses.js';

const tags = ['pairing'];

/** The phone pages: a cadre's entrepreneurs and contact logs; an entrepreneur's own record and cadre. */
export function myPairsRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const cadre = { access: { permission: 'pairing.cadre' } } as const;

  app.get('/api/v1/me/pairs', { config: cadre, schema: { tags, summary: '我结对的青年企业家（含已结束的结对）', querystring: myPairsQuery, response: { 200: pairPage } } }, async (req) =>
    listMyPairs(db, personOf(requireAuth(req.auth)), req.query),
  );

  app.get('/api/v1/me/pairs/:id/contacts', { config: cadre, schema: { tags, summary: '我与结对企业家的联系记录', params: idParams, querystring: contactListQuery, response: { 200: contactPage } } }, async (req) => {
    await myPair(db, requireAuth(req.auth), req.params.id);
    return listContacts(db, req.params.id, req.query);
  });

  app.post(
    '/api/v1/me/pairs/:id/contacts',
    { config: cadre, schema: { tags, summary: '记录一次联系（走访、电话、座谈、线上）', params: idParams, body: contactBody, response: { 201: contactOut } } },
    async (req, reply) => {
      const id = await logContact(db, req, requireAuth(req.auth), req.params.id, req.body);
      await events.publish('pairing.contact_logged', { pairId: req.params.id, contactId: id });
      return reply.status(201).send(await contactById(db, id));
    },
  );

  app.get(
    '/api/v1/me/entrepreneur',
    { config: { access: { permission: 'pairing.entrepreneur' } }, schema: { tags, operationId: 'pairing.getMyEntrepreneur', summary: '我的企业家档案与结对干部', response: { 200: entrepreneurOut } } },
    async (req) => {
      const e = await entrepreneurOfAccount(db, requireAuth(req.auth).accountId);
      if (!e) throw new AppError('not_found', { message: 'this account is not linked to an entrepreneur' });
      return presentEntrepreneur(e, false);
    },
  );
}
