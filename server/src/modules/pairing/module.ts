import { type VanguardModule, livingCity } from '../../kernel/module.js';
import { admins } from '../../kernel/access/roles.js';
import './pairing.events.js';
import { pairingRoutes } from './pairing.routes.js';
import { pairingMetrics } from './pairing.metrics.js';
import { ensureConcernCategories } from './concerns/concern-categories.js';
import { seedPairing } from './seed/seed-pairing.js';
import { pairingDetails } from './pairing.details.js';

/** 青创π / 两青共进 (issue 14): young entrepreneurs, pairs with young cadres, contact logs, concerns, joint research, co-study. */
export const pairingModule: VanguardModule = {
  name: 'pairing',
  permissions: [
    { name: 'pairing.read', roles: admins, scope: 'subtree', description: '查看本组织负责或结对的青年企业家（手机号脱敏）、结对与联系记录' },
    { name: 'pairing.read_full', roles: admins, scope: 'subtree', description: '查看青年企业家完整联系方式（留痕）' },
    { name: 'pairing.manage', roles: admins, scope: 'subtree', description: '登记、审核青年企业家并开设账号，安排与结束结对' },
    { name: 'pairing.cadre', roles: ['member'], scope: 'self', description: '查看我结对的青年企业家，记录联系，代为提出并跟进急难愁盼诉求；参与共研课题（负责人提交成果）' },
    { name: 'pairing.entrepreneur', roles: ['entrepreneur'], scope: 'self', description: '查看我的企业家档案与结对干部，提出急难愁盼诉求并评价答复；报名、签到共学活动，参与共研课题' },
  ],
  routes: pairingRoutes,
  reference: (ctx) => ensureConcernCategories(ctx.db),
  metrics: pairingMetrics,
  detailMessages: pairingDetails,
  // The tiny city is the tests' fixture: it stays without entrepreneurs, pairs and concerns (the tests make their own).
  async seed(ctx, opts) {
    if (!livingCity(opts)) return;
    await seedPairing(ctx, opts);
  },
};
