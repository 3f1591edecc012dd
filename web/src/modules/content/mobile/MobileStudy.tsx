import { useState } from 'react';
import { Card, List, Pagination, Progress, Result, Segmented, Tag } from 'antd';
import { FilePdfOutlined, FileTextOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { InboxBell } from '../../../kernel/inbox.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { cText as m } from '../messages.js';
import { contentKey } from '../useWorkflow.js';
import type { ContentKind, ReaderItem } from '../content.api.js';
import { categoryColor, contentCategories, contentCategoryLabels, type ContentCategory } from '../categories.js';

const PAGE = 10;
const icons = { article: <FileTextOutlined />, video: <PlayCircleOutlined />, pdf: <FilePdfOutlined /> };

/** What is published to me, newest first, with how far I got in each. */
export default function MobileStudy() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const [kind, setKind] = useState<ContentKind | 'all'>('all');
  const [category, setCategory] = useState<ContentCategory | undefined>();
  const [page, setPage] = useState(1);
  const { data, isFetching, error } = useQuery({
    queryKey: [...contentKey, 'feed', kind, category, page],
    queryFn: () => unwrap(client.GET('/api/v1/me/content', { params: { query: { kind: kind === 'all' ? undefined : kind, category, page, pageSize: PAGE } } })),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
  return (
    <>
      <MobileBar title={t(m.feed)} extra={<InboxBell />} />
      <div className="vg-m-page">
        <Segmented
          block
          value={kind}
          onChange={(v) => {
            setKind(v as typeof kind);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t(m.all) },
            { value: 'article', label: t(m.article) },
            { value: 'video', label: t(m.video) },
            { value: 'pdf', label: t(m.pdf) },
          ]}
        />
        <div style={{ display: 'flex', gap: 6, overflowX: 'auto', padding: '8px 0' }} data-testid="category-chips">
          {contentCategories.map((c) => (
            <Tag.CheckableTag
              key={c}
              checked={category === c}
              onChange={(on) => {
                setCategory(on ? c : undefined);
                setPage(1);
              }}
              style={{ whiteSpace: 'nowrap', border: '1px solid #ddd' }}
            >
              {contentCategoryLabels[c][lang]}
            </Tag.CheckableTag>
          ))}
        </div>
        <Card size="small" variant="borderless">
          {error ? (
            <Result status="warning" subTitle={errorText(error)} />
          ) : (
            <List
              loading={isFetching}
              dataSource={data?.items ?? []}
              locale={{ emptyText: <EmptyState description={t(m.noFeed)} /> }}
              renderItem={(i) => {
                const expected = i.kind === 'video' ? (i.durationSeconds ?? 300) : Math.max(i.estimatedSeconds, 60);
                const pct = i.myProgress?.completed ? 100 : Math.min(99, Math.round(((i.myProgress?.seconds ?? 0) / expected) * 100));
                return (
                  <List.Item onClick={() => nav(`/m/reading/${i.id}`)} style={{ cursor: 'pointer' }} data-testid={`study-item-${i.id}`}>
                    <List.Item.Meta
                      avatar={<span style={{ fontSize: 22, color: '#c8161d' }}>{icons[i.kind]}</span>}
                      title={<span style={{ whiteSpace: 'normal' }}>{i.title}</span>}
                      description={
                        <>
                          {i.summary && <div style={{ fontSize: 12, color: '#666', marginBottom: 4 }}>{i.summary}</div>}
                          <div style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 12 }}>
                            {i.requiredBy && <Tag color="red" style={{ margin: 0 }}>{t(m.required)}</Tag>}
                            {i.category ? <Tag color={categoryColor[i.category]} style={{ margin: 0 }}>{contentCategoryLabels[i.category][lang]}</Tag> : <Tag style={{ margin: 0 }}>{t(m[i.kind])}</Tag>}
                            <span>{t(m.minutes, { m: Math.max(1, Math.ceil(expected / 60)) })}</span>
                            {i.myProgress?.completed ? <Tag color="green">{t(m.done)}</Tag> : i.myProgress && <Progress percent={pct} size="small" style={{ width: 90, margin: 0 }} />}
                          </div>
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          )}
          {(data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={data?.total ?? 0} onChange={setPage} style={{ marginTop: 12, textAlign: 'center' }} />}
        </Card>
      </div>
    </>
  );
}
