import { describe, expect, it } from 'vitest';
import { descriptionCount, descriptionRules, phoneRule } from '../web/src/modules/demands/field-rules.js';
import { publicIntakeBody } from '../server/src/modules/demands/demands.dto.js';

const t = (text: { zh: string; en: string }) => text.en;
const phoneAccepted = async (v: string) => {
  const rule = phoneRule(t) as { validator: (r: unknown, v: string) => Promise<void> };
  return rule.validator({}, v).then(
    () => true,
    () => false,
  );
};
const serverAccepts = (citizenPhone: string) =>
  publicIntakeBody.shape.citizenPhone.safeParse(citizenPhone).success;

describe('demand form rules in the web app follow the server', () => {
  it('accepts the phone numbers the server accepts, written as people write them', async () => {
    for (const p of ['+86 532 8000 0000', '(0532) 8000-0000', '138 0000 0003', '+1 (415) 555-0100', 'call me', '12', '']) {
      expect(await phoneAccepted(p), p).toBe(p === '' || serverAccepts(p));
    }
    expect(await phoneAccepted('+86 532 8000 0000')).toBe(true);
    expect(await phoneAccepted('(0532) 8000-0000')).toBe(true);
  });

  it('counts and caps the description in characters, not UTF-16 units', () => {
    expect(descriptionCount.max).toBe(4000);
    expect(descriptionCount.strategy('🚧'.repeat(3000))).toBe(3000);
    const cut = descriptionCount.exceedFormatter('🚧'.repeat(4005), { max: 4000 });
    expect(Array.from(cut)).toHaveLength(4000);
    expect(cut).toBe('🚧'.repeat(4000)); // no emoji cut in half
    expect(descriptionRules[0]).toMatchObject({ min: 5, max: 4000 });
  });
});
