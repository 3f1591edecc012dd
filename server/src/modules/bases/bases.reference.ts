import { readFileSync } from 'node:fs';

interface Region {
  code: string;
  name: string;
}

/** Qingdao's districts and streets with their official codes (seed/qingdao.json), the same list demands and community use. */
const reference: { districts: Region[]; streets: (Region & { district: string })[] } = JSON.parse(readFileSync(new URL('../../seed/qingdao.json', import.meta.url), 'utf8'));

export const districtName = new Map(reference.districts.map((d) => [d.code, d.name]));
export const streetName = new Map(reference.streets.map((s) => [s.code, s.name]));
export const streetDistrict = new Map(reference.streets.map((s) => [s.code, s.district]));
export const districtCodes = reference.districts.map((d) => d.code);
export const streetsOf = (district: string) => reference.streets.filter((s) => s.district === district).map((s) => s.code);

export const venueKindLabels = { party_school: '市直机关党校', exchange_centre: '机关党建交流服务中心', demonstration_point: '机关党建示范点', room: '其他场地' } as const;
export const bookingStatusLabels = { pending: '待审批', approved: '已确认', rejected: '未通过', cancelled: '已取消' } as const;
export const honourLevelLabels = { national: '全国', provincial: '省级', municipal: '市级', other: '其他' } as const;

/** Facilities a venue may offer (free text is allowed too; these are the usual ones). */
export const commonFacilities = ['投影', 'LED屏', '音响', '话筒', '电子签到', '直播设备', '党建书屋', '展陈', '茶歇区', '无障碍通道'] as const;
