import { Select } from 'antd';
import type { ListState } from '../../kernel/ListPage.js';
import { useI18n } from '../../kernel/i18n.js';
import { cText as m } from './messages.js';
import { useAreas } from './useCommunity.js';

/** District and street filters bound to the list's `districtCode` and `streetCode`. */
export function AreaFilters({ s }: { s: ListState }) {
  const { t } = useI18n();
  const areas = useAreas();
  const district = s.get('districtCode');
  return (
    <>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t(m.district)}
        aria-label={t(m.district)}
        value={district}
        onChange={(v) => s.set({ districtCode: v, streetCode: undefined })}
        options={(areas.data?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))}
        style={{ width: 130 }}
        data-testid="filter-district"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t(m.street)}
        aria-label={t(m.street)}
        value={s.get('streetCode')}
        disabled={!district}
        onChange={(v) => s.set({ streetCode: v })}
        options={(areas.data?.streets ?? []).filter((x) => x.districtCode === district).map((x) => ({ value: x.code, label: x.name }))}
        style={{ width: 160 }}
        data-testid="filter-street"
      />
    </>
  );
}
