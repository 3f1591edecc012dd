import { useState } from 'react';
import { Button, Card, Descriptions, Result, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { errorText } from '../../kernel/feedback.js';
import { fill, useI18n } from '../../kernel/i18n.js';
import { Loading, PageContainer } from '../../kernel/ui.js';
import { RecordsDrawer, type DrillTarget } from '../cockpit/RecordsDrawer.js';
import { Movement } from '../squads/Movement.js';
import { assessmentApi, assessmentKey, type TargetDetail } from './assessment.api.js';
import { asText as m, gradeColor } from './messages.js';
import { useMetrics } from './useMetrics.js';

type LeafRow = TargetDetail['leaves'][number];

/** One target of a round: every leaf with its weight, value, score and contribution; a metric opens its records for the period. */
export default function TargetPage() {
  const { t, lang } = useI18n();
  const params = useParams();
  const roundId = Number(params.id);
  const targetId = Number(params.targetId);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const detail = useQuery({ queryKey: [...assessmentKey, 'round', roundId, 'target', targetId], queryFn: () => assessmentApi.target(roundId, targetId) });
  const metrics = useMetrics();
  if (detail.isLoading) return <Loading />;
  if (detail.error || !detail.data) return <Result status="warning" subTitle={errorText(detail.error)} />;
  const d = detail.data;
  const metricOf = (name: string | null) => metrics.data?.find((x) => x.name === name);
  const type = { computed: m.computed, rated: m.rated, evidence: m.evidence };
  const openRecords = (l: LeafRow) => {
    const x = metricOf(l.metric);
    if (!l.metric || !x) return;
    // The records of the metric for this target's organisation and the round's period (the cockpit's drawer).
    setDrill({ name: l.metric, label: lang === 'en' ? x.label.en : x.label.zh, q: { orgId: d.orgId ?? undefined, from: d.period.from, to: d.period.to } });
  };
  return (
    <PageContainer title={`${t(m.targetDetail)} · ${d.name}`} subTitle={<Link to={`/assessment/rounds/${roundId}`}>{t(m.results)}</Link>} card={false}>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t(m.period)}>{`${d.period.from} ~ ${d.period.to}`}</Descriptions.Item>
          <Descriptions.Item label={t(m.total)}>
            <Typography.Text strong data-testid="target-total">
              {d.result ? Number(d.result.total).toFixed(2) : '—'}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t(m.grade)}>{d.result ? <Tag color={gradeColor[d.result.grade]}>{t(m[d.result.grade])}</Tag> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t(m.rank)}>
            {d.result ? (
              <>
                {d.result.rank} <Movement value={d.result.movement} />
              </>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
        {d.personId && (
          <Link to={`/assessment/growth/${d.personId}`} data-testid="target-growth">
            {t(m.growth)}
          </Link>
        )}
      </Card>
      <Card variant="borderless">
        <Table<LeafRow>
          rowKey="key"
          pagination={false}
          dataSource={d.leaves}
          data-testid="target-leaves"
          columns={[
            { title: t(m.path), render: (_, l) => l.path.join(' / ') },
            { title: t(m.effective), dataIndex: 'weight', render: (w: number) => `${w}%` },
            {
              title: t(m.leafType),
              render: (_, l) => {
                const x = metricOf(l.metric);
                if (l.type !== 'computed') return `${t(type[l.type])} · ${t(m.upTo, { m: l.maxScore ?? 0 })}`;
                const label = x ? (lang === 'en' ? x.label.en : x.label.zh) : l.metric;
                return x?.drillDown ? (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => openRecords(l)} data-testid={`records-${l.key}`}>
                    {label}
                  </Button>
                ) : (
                  label
                );
              },
            },
            { title: t(m.value), render: (_, l) => (l.rawValue == null ? '—' : `${l.rawValue}${metricOf(l.metric)?.unit ?? ''}`) },
            { title: t(m.score), dataIndex: 'score', render: (v: number | null) => (v == null ? '—' : v) },
            { title: t(m.contribution), dataIndex: 'weighted', render: (v: number | null) => (v == null ? '—' : v.toFixed(2)) },
            { title: t(m.raters), render: (_, l) => (l.raters ? fill(t(m.ratersDone), { d: l.raters.done, a: l.raters.assigned }) : '—') },
          ]}
        />
      </Card>
      <RecordsDrawer target={drill} onClose={() => setDrill(null)} />
    </PageContainer>
  );
}
