import { Button, Card, Col, Empty, Pagination, Row, Space, Tag, Typography } from 'antd';
import { FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useState } from 'react';
import { useI18n } from '../../kernel/i18n.js';
import { exemplarCategoryName, rText as m } from './role-messages.js';
import { mediaUrl, roleApi, roleKey, type Exemplar } from './role-models.api.js';

/** The still shown for a profile: a photo, or a video's poster frame. */
export const stillOf = (e: Exemplar) => {
  const photo = e.media.find((x) => x.kind === 'photo') ?? e.media.find((x) => x.hasPoster);
  return photo ? mediaUrl(photo.id, photo.kind === 'video') : null;
};

function Tile({ e, big }: { e: Exemplar; big: boolean }) {
  const still = stillOf(e);
  return (
    <Card
      hoverable
      data-testid="wall-tile"
      style={big ? { background: '#7f0000', borderColor: '#ffd54f', color: '#fff' } : undefined}
      cover={still ? <img alt={e.name} src={still} style={{ aspectRatio: '16 / 9', objectFit: 'cover' }} /> : undefined}
    >
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Title level={big ? 3 : 5} style={{ margin: 0, color: big ? '#ffd54f' : undefined }}>{e.name}</Typography.Title>
        <span style={{ color: big ? '#fff' : undefined }}>{e.orgName}</span>
        <Space size={4} wrap>
          <Tag color="red">{exemplarCategoryName(e.category)}</Tag>
          {e.honours.slice(0, 2).map((h) => <Tag key={h.title} color="gold">{h.year} {h.title}</Tag>)}
        </Space>
        <Typography.Paragraph ellipsis={{ rows: big ? 3 : 2 }} style={{ margin: 0, color: big ? '#fff' : undefined }}>{e.story}</Typography.Paragraph>
      </Space>
    </Card>
  );
}

/** 先锋典型展示墙: the winners of the role-model rounds and the profiles the committee placed; `?screen=1` fills the window for a big screen. */
export default function WallPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const big = params.get('screen') === '1';
  const [page, setPage] = useState(1);
  const pageSize = big ? 8 : 12;
  const q = useQuery({ queryKey: [...roleKey, 'wall', page, pageSize], queryFn: () => roleApi.wall({ page, pageSize }) });
  const items = q.data?.items ?? [];
  const body = (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={big ? 1 : 3} style={{ margin: 0, color: big ? '#ffd54f' : undefined }}>
          {t(m.wall)} <small style={{ fontSize: '0.5em' }}>{t(m.wallSlogan)}</small>
        </Typography.Title>
        <Button icon={big ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={() => setParams(big ? {} : { screen: '1' })} data-testid="wall-screen">
          {t(m.bigScreen)}
        </Button>
      </Space>
      {items.length === 0 && !q.isLoading ? (
        <Empty />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((e) => (
            <Col key={e.id} xs={24} sm={12} md={8} xl={big ? 6 : 6}>
              <Tile e={e} big={big} />
            </Col>
          ))}
        </Row>
      )}
      <Pagination style={{ marginTop: 16 }} current={page} pageSize={pageSize} total={q.data?.total ?? 0} onChange={setPage} showSizeChanger={false} hideOnSinglePage />
    </>
  );
  if (!big) return <div>{body}</div>;
  return <div style={{ position: 'fixed', inset: 0, zIndex: 1000, overflow: 'auto', padding: 32, background: 'linear-gradient(160deg, #b71c1c, #4a0000)' }}>{body}</div>;
}
