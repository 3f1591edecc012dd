import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { PageContainer } from '../../../kernel/ui.js';
import { setText as s } from '../messages.js';
import { CategoriesTab } from './CategoriesTab.js';
import { HolidaysTab } from './HolidaysTab.js';
import { RulesTab } from './RulesTab.js';
import { RatesTab } from './RatesTab.js';

const tabs = ['categories', 'holidays', 'rules', 'rates'] as const;

/** 青诉即办 settings a committee admin of the city changes on pages: every change is audited. */
export default function DemandSettingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((x) => x === params.get('tab')) ?? 'categories';
  return (
    <PageContainer title={t(s.title)} subTitle={t(s.describe)}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'categories', label: <span data-testid="tab-categories">{t(s.tabCategories)}</span>, children: <CategoriesTab /> },
          { key: 'holidays', label: <span data-testid="tab-holidays">{t(s.tabHolidays)}</span>, children: <HolidaysTab /> },
          { key: 'rules', label: <span data-testid="tab-rules">{t(s.tabRules)}</span>, children: <RulesTab /> },
          { key: 'rates', label: <span data-testid="tab-rates">{t(s.tabRates)}</span>, children: <RatesTab /> },
        ]}
      />
    </PageContainer>
  );
}
