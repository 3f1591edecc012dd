import { TEMPLATE_BLANK } from '../../../../../common/citizen-text.js';

/**
 * A reply template per category: what a citizen needs from an answer (what was found, what was done, by when, whom to
 * call). Each 【请填写…】 blank must be replaced before the answer is accepted, so a template never reaches a citizen as is.
 */
const blank = (what: string) => `${TEMPLATE_BLANK}${what}】`;

const found: Record<string, string> = {
  emergency: `接到您的求助后，我单位于${blank('到场时间')}到达现场，${blank('现场情况')}。现已${blank('处置措施')}。`,
  water: `经现场核实，${blank('停水或水质问题的原因')}。抢修人员已于${blank('完成时间')}${blank('修复或恢复供水的情况')}。`,
  power: `经供电部门排查，${blank('故障原因')}。已于${blank('完成时间')}${blank('抢修或更换的情况')}。`,
  gas: `经燃气公司上门检查，${blank('检查结果')}。已${blank('处理措施')}，并提醒您${blank('安全用气事项')}。`,
  heating: `经热力公司上门测温，室温为${blank('测温结果')}。已${blank('调节或维修措施')}，预计${blank('恢复时间')}达到供暖标准。`,
  city_mgmt: `经执法人员现场核实，${blank('现场情况')}。已${blank('清运或整治措施')}，今后将${blank('长效管理措施')}。`,
  roads: `经现场核实，${blank('路段')}的${blank('破损或交通问题')}属实。养护单位已于${blank('完成时间')}${blank('修补或调整情况')}。`,
  public_transit: `经核实，${blank('线路和时段')}的${blank('问题原因')}。公交企业已${blank('整改措施')}。`,
  property: `经住建部门约谈物业企业，${blank('核实情况')}。物业已承诺于${blank('完成时间')}前${blank('整改内容')}。`,
  housing: `经核实，您的${blank('申请或项目')}目前${blank('办理进度')}，预计${blank('办结时间')}。`,
  construction_noise: `经执法人员现场检查，${blank('工地名称和施工情况')}。已责令其${blank('整改要求')}，并将${blank('后续巡查安排')}。`,
  environment: `经生态环境部门现场检查，${blank('检查结果')}。已责令${blank('整改要求')}，并于${blank('复查时间')}复查。`,
  market: `经市场监管部门检查，${blank('检查结果')}。已依法${blank('处理措施')}。`,
  consumer: `经市场监管部门调解，${blank('调解结果')}。`,
  labour: `经劳动保障监察部门调查，${blank('调查结果')}。已责令用人单位于${blank('期限')}前${blank('支付或整改内容')}。`,
  social_security: `关于您咨询的${blank('事项')}，办理方式为：${blank('所需材料和办理渠道')}。`,
  medical: `经卫生健康部门核实，${blank('核实情况')}。已要求${blank('医疗机构和整改措施')}。`,
  education: `经教育部门核实，${blank('核实情况或政策答复')}。`,
  elderly: `经民政部门核实，${blank('核实情况')}。已${blank('改进措施')}。`,
  community: `经街道和社区核实，${blank('核实情况')}。已${blank('处理措施')}。`,
  permits: `关于您咨询的${blank('事项')}，需要准备${blank('材料')}，可通过${blank('办理渠道')}办理。`,
  greening: `经园林部门现场核实，${blank('现场情况')}。已于${blank('完成时间')}${blank('修剪或恢复情况')}。`,
  parking: `经现场核实，${blank('路段和停车问题')}。已${blank('整治或增设泊位措施')}。`,
};

export function replyTemplate(categoryCode: string): string {
  const middle = found[categoryCode] ?? `经核实，${blank('核实情况')}。我单位已${blank('采取的措施')}，于${blank('完成时间')}办结。`;
  return `您好！关于您反映的问题，${middle}如仍有问题，请拨打${blank('联系电话')}与我们联系。感谢您的监督。`;
}
