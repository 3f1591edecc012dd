import { describe, expect, it } from 'vitest';
import { withChosen } from '../web/src/modules/community/picker-options.js';

describe('a picker shows the names of what is already chosen', () => {
  it('keeps the search page first and adds chosen values it lacks, once', () => {
    const page = [
      { value: 1, label: '香港花园社区（市南区八大峡街道）' },
      { value: 2, label: '浮山所社区（市南区湛山街道）' },
    ];
    const chosen = [
      { value: 2, label: '浮山所社区' },
      { value: 9, label: '太平角社区' },
    ];
    expect(withChosen(page, chosen).map((o) => o.label)).toEqual(['香港花园社区（市南区八大峡街道）', '浮山所社区（市南区湛山街道）', '太平角社区']);
    expect(withChosen([], chosen)).toEqual(chosen);
    expect(withChosen(page, [])).toEqual(page);
  });
});
