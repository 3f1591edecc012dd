import { useState } from 'react';
import { Button, Result, Space } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { errorText, showError } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { PersonPicker } from '../../kernel/PersonSearch.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { assessmentApi, assessmentKey } from './assessment.api.js';
import { asText as m } from './messages.js';
import { GrowthView } from './GrowthView.js';

/** 成长档案 (admin): pick a person of the scope, see their profile, export it as a PDF for appointment files. */
export default function GrowthPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const personId = Number(useParams().personId) || undefined;
  const [exporting, setExporting] = useState(false);
  const growth = useQuery({ queryKey: [...assessmentKey, 'growth', personId], queryFn: () => assessmentApi.growth(personId!), enabled: personId != null });
  const exportPdf = async () => {
    if (!growth.data) return;
    setExporting(true);
    try {
      await assessmentApi.growthPdf(growth.data.person.id, growth.data.person.name);
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };
  return (
    <PageContainer
      title={t(m.growth)}
      subTitle={t(m.growthSub)}
      card={false}
      extra={
        <Space wrap>
          {/* Uncontrolled: the picker knows a name only for the people it has searched. */}
          <PersonPicker onChange={(id) => nav(id ? `/assessment/growth/${id}` : '/assessment/growth')} placeholder={t(m.pickPerson)} testId="growth-person" />
          <Button icon={<FilePdfOutlined />} disabled={!growth.data} loading={exporting} onClick={() => void exportPdf()} data-testid="growth-pdf">
            {t(m.exportPdf)}
          </Button>
        </Space>
      }
    >
      {personId == null ? (
        <EmptyState description={t(m.pickPerson)} />
      ) : growth.isLoading ? (
        <Loading />
      ) : growth.error || !growth.data ? (
        <Result status="warning" subTitle={errorText(growth.error)} />
      ) : (
        <GrowthView growth={growth.data} />
      )}
    </PageContainer>
  );
}
