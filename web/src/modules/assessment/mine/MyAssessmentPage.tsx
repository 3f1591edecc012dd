import { Tabs } from 'antd';
import { useI18n } from '../../../kernel/i18n.js';
import { useAuth } from '../../../kernel/auth.js';
import { PageContainer } from '../../../kernel/ui.js';
import { asText as m } from '../messages.js';
import { MyReports } from './MyReports.js';
import { MyResults } from './MyResults.js';

/** 我的述职与考核: the target's side of a round — the 述职 report before the meeting, the results and appeals after it. */
export default function MyAssessmentPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const tabs = [
    ...(can('assessment.report') ? [{ key: 'reports', label: t(m.reportsTab), children: <MyReports /> }] : []),
    { key: 'results', label: t(m.resultsTab), children: <MyResults /> },
  ];
  return (
    <PageContainer title={t(m.mine)} subTitle={t(m.mineSub)} card={false}>
      <Tabs items={tabs} destroyOnHidden />
    </PageContainer>
  );
}
