import { Suspense, lazy, useMemo, useState } from 'react';
import { Card, Col, Row, Segmented, Statistic, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { fill, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Loading } from '../../kernel/Loading.js';
import type { Growth, GrowthItem } from './assessment.api.js';
import { asText as m, kindColor, kindText } from './messages.js';

const GrowthRadar = lazy(() => import('./GrowthRadar.js'));

const day = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));

/** 成长档案: the person, the registered figures, the 五比 radar and the timeline; each item opens its record. */
export function GrowthView({ growth, mobile = false }: { growth: Growth; mobile?: boolean }) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<string>('all');
  const kinds = useMemo(() => Object.entries(growth.summary.counts).filter(([, n]) => n > 0), [growth]);
  const items = kind === 'all' ? growth.timeline : growth.timeline.filter((i) => i.kind === kind);
  const p = growth.person;
  const linkOf = (i: GrowthItem) => (mobile ? i.mobileLink : i.link);
  const span = mobile ? 12 : 6;
  return (
    <div data-testid="growth">
      <Card size="small" variant="borderless" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="growth-name">
          {p.name}
        </Typography.Title>
        <Typography.Text type="secondary">{[p.orgName, p.gender, p.age != null ? fill(t(m.age), { a: p.age }) : null, p.partyStatus].filter(Boolean).join(' · ')}</Typography.Text>
      </Card>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={mobile ? 24 : 14}>
          <Card size="small" title={t(m.figures)} variant="borderless" style={{ height: '100%' }}>
            <Row gutter={[12, 12]}>
              <Col span={span}>
                <Statistic title={t(m.volunteerHours)} value={growth.summary.volunteerHours} suffix="h" />
              </Col>
              {growth.figures.map((f) => (
                <Col span={span} key={f.name}>
                  <Statistic title={lang === 'en' ? f.label.en : f.label.zh} value={f.value} suffix={f.unit} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
        <Col xs={24} lg={mobile ? 24 : 10}>
          <Card size="small" title={t(m.radar)} variant="borderless" style={{ height: '100%' }}>
            {growth.radar.squadName ? (
              <>
                <Typography.Text type="secondary">{fill(t(m.squadOf), { s: growth.radar.squadName, p: growth.radar.period ?? '', t: growth.radar.total ?? '' })}</Typography.Text>
                <Suspense fallback={<Loading />}>
                  <GrowthRadar radar={growth.radar} height={mobile ? 220 : 260} />
                </Suspense>
              </>
            ) : (
              <EmptyState description={t(m.noSquad)} />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t(m.timeline)} variant="borderless">
        <Segmented
          value={kind}
          onChange={(v) => setKind(String(v))}
          options={[{ value: 'all', label: `${t(m.allKinds)} ${growth.timeline.length}` }, ...kinds.map(([k, n]) => ({ value: k, label: `${t(kindText[k])} ${n}` }))]}
          style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
          data-testid="growth-kinds"
        />
        {items.length === 0 ? (
          <EmptyState description={t(m.noTimeline)} />
        ) : (
          <Timeline
            data-testid="growth-timeline"
            items={items.map((i, k) => {
              const link = linkOf(i);
              return {
                key: k,
                color: kindColor[i.kind] === 'red' ? 'red' : 'blue',
                content: (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {day(i.at)}
                    </Typography.Text>{' '}
                    <Tag color={kindColor[i.kind]}>{t(kindText[i.kind])}</Tag>
                    <div>
                      {link ? <Link to={link}>{i.title}</Link> : i.title}
                      {i.value && <Typography.Text strong style={{ marginLeft: 8 }}>{i.value}</Typography.Text>}
                    </div>
                    {i.detail && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {i.detail}
                      </Typography.Text>
                    )}
                  </div>
                ),
              };
            })}
          />
        )}
      </Card>
    </div>
  );
}
