import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../module.js';
import { AppError } from '../errors.js';
import { scopeFor } from '../access/scope.js';
import { requireAuth } from '../auth/auth-context.js';
import {
  accountItem,
  accountParams,
  accountsQuery,
  accountsResponse,
  assignmentParams,
  createAccountBody,
  createdAccountResponse,
  passwordResponse,
  removedRoleResponse,
  roleBody,
} from './accounts.dto.js';
import { accountItemInScope, listAccounts } from './accounts.queries.js';
import { createAccount } from './commands/create-account.js';
import { addRole, removeRole } from './commands/roles.js';
import { resetPassword, unlockAccount } from './commands/credentials.js';

const tags = ['accounts'];
const read = { access: { permission: 'accounts.read' } };
// Role changes and resets alter who a cached caller is.
const write = { access: { permission: 'accounts.write' }, invalidates: ['sessions'] } as const;

export function accountsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const writer = (req: FastifyRequest) => {
    const auth = requireAuth(req.auth);
    return { auth, scope: scopeFor(auth, 'accounts.write') };
  };
  const present = async (req: FastifyRequest, id: number) => {
    const item = await accountItemInScope(db, id, scopeFor(requireAuth(req.auth), 'accounts.read'));
    if (!item) throw new AppError('not_found');
    return item;
  };

  app.get('/api/v1/accounts', { config: read, schema: { tags, summary: '账号列表 Accounts', querystring: accountsQuery, response: { 200: accountsResponse } } }, async (req) =>
    listAccounts(db, scopeFor(requireAuth(req.auth), 'accounts.read'), req.query),
  );

  app.post(
    '/api/v1/accounts',
    { config: write, schema: { tags, summary: '开设账号 Open account', body: createAccountBody, response: { 201: createdAccountResponse } } },
    async (req, reply) => {
      const { auth, scope } = writer(req);
      const { id, initialPassword } = await createAccount(db, req, auth, scope, req.body);
      return reply.status(201).send({ account: await present(req, id), initialPassword });
    },
  );

  app.post(
    '/api/v1/accounts/:id/roles',
    { config: write, schema: { tags, summary: '分配角色 Assign role', params: accountParams, body: roleBody, response: { 200: accountItem } } },
    async (req) => {
      const { auth, scope } = writer(req);
      await addRole(db, req, auth, scope, req.params.id, req.body);
      return present(req, req.params.id);
    },
  );

  app.delete(
    '/api/v1/accounts/:id/roles/:assignmentId',
    { config: write, schema: { tags, summary: '撤销角色 Remove role', params: assignmentParams, response: { 200: removedRoleResponse } } },
    async (req) => {
      const { auth, scope } = writer(req);
      await removeRole(db, req, auth, scope, req.params.id, req.params.assignmentId);
      // Without its last role here the account may have left the caller's scope.
      const account = await accountItemInScope(db, req.params.id, scopeFor(auth, 'accounts.read'));
      return { ok: true, account: account ?? null };
    },
  );

  app.post(
    '/api/v1/accounts/:id/reset-password',
    { config: write, schema: { tags, summary: '重置密码 Reset password', params: accountParams, response: { 200: passwordResponse } } },
    async (req) => {
      const { auth, scope } = writer(req);
      return { initialPassword: await resetPassword(db, req, auth, scope, req.params.id) };
    },
  );

  app.post(
    '/api/v1/accounts/:id/unlock',
    { config: write, schema: { tags, summary: '解除锁定 Unlock account', params: accountParams, response: { 200: accountItem } } },
    async (req) => {
      const { auth, scope } = writer(req);
      await unlockAccount(db, req, auth, scope, req.params.id);
      return present(req, req.params.id);
    },
  );
}
