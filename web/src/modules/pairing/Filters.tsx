import { Select } from 'antd';
import type { ListState } from '../../kernel/ListPage.js';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { pText as m } from './messages.js';
import { usePairingOptions } from './usePairing.js';
import type { Options } from './pairing.api.js';

/** A filter select bound to one URL param of the list. */
export function ParamSelect({ s, param, placeholder, options, testId, width = 150 }: { s: ListState; param: string; placeholder: Text; options: { value: string; label: string }[]; testId?: string; width?: number }) {
  const { t } = useI18n();
  return (
    <Select
      allowClear
      value={s.get(param)}
      onChange={(v) => s.set({ [param]: v })}
      placeholder={t(placeholder)}
      aria-label={t(placeholder)}
      options={options}
      style={{ width }}
      data-testid={testId}
    />
  );
}

/** A select over one of the option lists (sectors, districts, concern categories). */
export function OptionSelect({ s, param, list, placeholder, testId }: { s: ListState; param: string; list: keyof Options; placeholder: Text; testId?: string }) {
  const options = usePairingOptions().data;
  return <ParamSelect s={s} param={param} placeholder={placeholder} testId={testId} options={(options?.[list] ?? []).map((o) => ({ value: o.code, label: o.name }))} />;
}

/** Sector, district, status and pairing filters of the directory. */
export function EntrepreneurFilters({ s, withStatus = true }: { s: ListState; withStatus?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <OptionSelect s={s} param="sector" list="sectors" placeholder={m.allSectors} testId="filter-sector" />
      <OptionSelect s={s} param="districtCode" list="districts" placeholder={m.allDistricts} testId="filter-district" />
      {withStatus && (
        <ParamSelect
          s={s}
          param="status"
          placeholder={m.allStatuses}
          testId="filter-status"
          width={120}
          options={(['pending', 'approved', 'rejected'] as const).map((v) => ({ value: v, label: t(m[v]) }))}
        />
      )}
      <ParamSelect
        s={s}
        param="paired"
        placeholder={m.paired}
        testId="filter-paired"
        width={120}
        options={[
          { value: 'true', label: t(m.isPaired) },
          { value: 'false', label: t(m.notPaired) },
        ]}
      />
    </>
  );
}
