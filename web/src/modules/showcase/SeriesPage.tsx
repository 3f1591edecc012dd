import { Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../kernel/i18n.js';
import { rText as m } from './role-messages.js';
import { mediaUrl, roleApi, roleKey } from './role-models.api.js';

/** 微视频系列 (《巾帼之话产业》《青年显担当》《奔赴》): each series and its episodes; videos play with seeking (Range requests). */
export default function SeriesPage() {
  const { t } = useI18n();
  const list = useQuery({ queryKey: [...roleKey, 'series'], queryFn: roleApi.series });
  const [chosen, setChosen] = useState<number | null>(null);
  const current = chosen ?? list.data?.items[0]?.id ?? null;
  const detail = useQuery({ queryKey: [...roleKey, 'series', current], queryFn: () => roleApi.seriesDetail(current!), enabled: current != null });
  return (
    <Row gutter={16}>
      <Col xs={24} md={6}>
        <Typography.Title level={4}>{t(m.series)}</Typography.Title>
        <List
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty /> }}
          renderItem={(s) => (
            <List.Item onClick={() => setChosen(s.id)} style={{ cursor: 'pointer', fontWeight: s.id === current ? 600 : undefined }} data-testid="series-item">
              <List.Item.Meta title={`《${s.title}》`} description={s.description} />
              <Tag>{t(m.episodes, { n: s.episodes })}</Tag>
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} md={18}>
        <Row gutter={[16, 16]}>
          {(detail.data?.items ?? []).map((e) => (
            <Col key={e.id} xs={24} sm={12} lg={8}>
              <Card size="small" title={e.episode ? `${t(m.episode, { n: e.episode })} · ${e.exemplarName}` : e.exemplarName}>
                {e.kind === 'video' ? (
                  <video controls preload="none" poster={e.hasPoster ? mediaUrl(e.id, true) : undefined} src={mediaUrl(e.id)} style={{ width: '100%', aspectRatio: '16 / 9', background: '#000' }} />
                ) : (
                  <img alt={e.title} src={mediaUrl(e.id)} style={{ width: '100%', aspectRatio: '16 / 9', objectFit: 'cover' }} />
                )}
                <Space direction="vertical" size={0}>
                  <span>{e.title}</span>
                  <Typography.Text type="secondary">{e.orgName}{e.kind !== 'video' ? ` · ${t(m.videoPending)}` : ''}</Typography.Text>
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
        {detail.data && detail.data.items.length === 0 && <Empty />}
      </Col>
    </Row>
  );
}
