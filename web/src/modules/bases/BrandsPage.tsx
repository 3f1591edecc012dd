import { Card, Col, List, Row, Statistic, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type BrandSummary } from './bases.api.js';

const levelNames: Record<string, string> = { national: '全国', provincial: '省级', municipal: '市级', other: '其他' };

/** 党建品牌: each brand with its milestones, honours and the registered figures that speak for it. */
export default function BrandsPage() {
  const { t } = useI18n();
  const list = useQuery({ queryKey: [...basesKey, 'brands'], queryFn: basesApi.brands });
  if (list.isLoading) return <Loading />;
  if (!list.data?.items.length) return <EmptyState />;
  return (
    <Row gutter={[16, 16]} data-testid="brands">
      {list.data.items.map((b) => (
        <Col xs={24} lg={12} key={b.id}>
          <BrandCard brand={b} />
        </Col>
      ))}
    </Row>
  );
}

function BrandCard({ brand }: { brand: BrandSummary }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: [...basesKey, 'brand', brand.id], queryFn: () => basesApi.brand(brand.id) });
  const b = q.data;
  return (
    <Card title={brand.name} extra={brand.linkedModules.map((x) => <Tag key={x}>{x}</Tag>)} loading={q.isLoading}>
      <p>{brand.description}</p>
      {b && (
        <>
          <Row gutter={16}>
            {b.figures.map((f) => (
              <Col span={12} key={f.name}>
                <Statistic title={f.label ?? f.name} value={f.value ?? '—'} suffix={f.unit ?? undefined} />
              </Col>
            ))}
          </Row>
          <List
            size="small"
            header={`${t(m.milestones)} · ${t(m.honours)}`}
            dataSource={b.entries}
            renderItem={(e) => (
              <List.Item>
                {e.happenedOn} {e.title} {e.kind === 'honour' && <Tag color="gold">{`${levelNames[e.level ?? 'other']}${e.awardedBy ? ` · ${e.awardedBy}` : ''}`}</Tag>}
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
