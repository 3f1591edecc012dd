import type { App, ModuleContext } from '../../../kernel/module.js';
import { publicRegistrationBody } from './entrepreneurs.dto.js';
import { selfRegister } from './entrepreneur-commands.js';
import { optionsOut, publicReceiptOut } from './entrepreneurs.responses.js';
import { concernCategories, districts, sectors, sizeLabels } from '../pairing.reference.js';
import { companySizes } from '../pairing.schema.js';

const tags = ['pairing-public'];
/** Per-IP limits of the public routes (the form is small; a person registers once). */
const limit = (max: number) => ({ access: 'public' as const, rateLimit: { max, timeWindow: '1 minute' } });

/** No account yet: the registration form and the lists it offers. */
export function publicPairingRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;

  app.get('/api/v1/public/pairing/options', { config: limit(120), schema: { tags, summary: '青创π登记表的行业、区（市）、企业规模选项', response: { 200: optionsOut } } }, async () => ({
    sectors: sectors.map((s) => ({ code: s.code, name: s.name })),
    districts,
    sizes: companySizes.map((code) => ({ code, name: sizeLabels[code] })),
    concernCategories: concernCategories.map((c) => ({ code: c.code, name: c.name })),
  }));

  app.post(
    '/api/v1/public/pairing/registrations',
    { config: limit(10), schema: { tags, summary: '青年企业家自主登记（统一社会信用代码校验；工作人员审核后开设账号）', body: publicRegistrationBody, response: { 201: publicReceiptOut } } },
    async (req, reply) => {
      const id = await selfRegister(db, req, req.body);
      await events.publish('pairing.entrepreneur_changed', { entrepreneurId: id, change: 'registered' });
      return reply.status(201).send({ status: 'pending' as const, message: '登记已提交，工作人员审核后将与您联系 · submitted; staff will review it and contact you' });
    },
  );
}
