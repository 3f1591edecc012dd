import { readFileSync } from 'node:fs';

interface Region {
  code: string;
  name: string;
}

interface Reference {
  districts: Region[];
  streets: (Region & { district: string })[];
}

/** Qingdao's districts and streets with their official codes (seed/qingdao.json). */
const reference: Reference = JSON.parse(readFileSync(new URL('../../../seed/qingdao.json', import.meta.url), 'utf8'));

export const districts = reference.districts.map(({ code, name }) => ({ code, name }));
export const streets = reference.streets.map(({ code, name, district }) => ({ code, name, districtCode: district }));
export const districtName = new Map(districts.map((d) => [d.code, d.name]));
export const streetName = new Map(streets.map((s) => [s.code, s.name]));
export const streetDistrict = new Map(streets.map((s) => [s.code, s.districtCode]));
