import { Button, Card, Col, Drawer, Form, Input, List, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { LikeFilled, LikeOutlined, MessageOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { common, punct, useI18n } from '../../kernel/i18n.js';
import { answerCategories } from '../../../../common/showcase-categories.js';
import { answerCategoryName, rText as m } from './role-messages.js';
import { roleApi, roleKey, type FeedItem } from './role-models.api.js';

function Detail({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const key = [...roleKey, 'feed-item', id];
  const q = useQuery({ queryKey: key, queryFn: () => roleApi.feedItem(id) });
  const a: FeedItem | undefined = q.data;
  const like = async () => {
    try {
      const r = await roleApi.like(id, !a!.likedByMe);
      qc.setQueryData(key, { ...a!, likedByMe: r.liked, likeCount: r.likeCount });
    } catch (err) {
      showError(err);
    }
  };
  const comment = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await roleApi.comment(id, v.body);
      form.resetFields();
      showSuccess(t(m.commentSent));
      await qc.invalidateQueries({ queryKey: key });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Drawer open width={720} title={a?.title} onClose={onClose}>
      {a && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Tag color="red">{answerCategoryName(a.category)}</Tag>
            <span>{a.orgName}</span>
            <Typography.Text type="secondary">{a.periodStart} ~ {a.periodEnd}</Typography.Text>
          </Space>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Typography.Paragraph>
          <Row gutter={[12, 12]}>
            {a.results.map((r) => (
              <Col key={r.label} xs={24} sm={12}>
                <Card size="small" data-testid="answer-result">
                  <Typography.Text type="secondary">{r.label}</Typography.Text>
                  <div style={{ fontSize: 24, color: '#c8161d' }}>{r.value}{r.unit}</div>
                  {r.live && <Tag color="blue">{t(m.liveFigure, { label: r.live.label, value: r.live.value, unit: r.live.unit ?? '' })}</Tag>}
                </Card>
              </Col>
            ))}
          </Row>
          {a.files.length > 0 && (
            <Space wrap>
              {a.files.map((f) => <a key={f.id} href={`/api/v1/showcase/answers/${a.id}/files/${f.id}`} target="_blank" rel="noreferrer">{f.originalName || f.id}</a>)}
            </Space>
          )}
          <Button icon={a.likedByMe ? <LikeFilled /> : <LikeOutlined />} onClick={like} data-testid="like">{t(m.like)} {a.likeCount}</Button>
          <Typography.Title level={5}>{t(m.comments)}</Typography.Title>
          <List
            dataSource={a.comments}
            locale={{ emptyText: t(common.empty) }}
            renderItem={(c) => <List.Item>{c.author}{t(punct.colon)}{c.body} {c.status === 'pending' && <Tag>{t(m.pending)}</Tag>}</List.Item>}
          />
          <Form form={form} layout="inline" style={{ width: '100%' }}>
            <Form.Item name="body" rules={[{ required: true, min: 2, max: 500 }]} style={{ flex: 1 }}><Input placeholder={t(m.commentPlaceholder)} maxLength={500} /></Form.Item>
            <Button type="primary" onClick={comment}>{t(common.save)}</Button>
          </Form>
        </Space>
      )}
    </Drawer>
  );
}

/** 我们的答卷: the city-wide feed (or one organisation's timeline), figures by organisation, each entry with its live figures. */
export default function AnswersPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [orgId, setOrgId] = useState<number | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const feed = useQuery({ queryKey: [...roleKey, 'feed', page, orgId, category, q], queryFn: () => roleApi.feed({ page, pageSize: 10, orgId, category: category as never, q: q || undefined }) });
  const figs = useQuery({ queryKey: [...roleKey, 'feed-figures'], queryFn: roleApi.feedFigures });
  return (
    <Row gutter={16}>
      <Col xs={24} lg={16}>
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>{t(m.answers)} <small style={{ fontSize: '0.55em' }}>{t(m.answersSlogan)}</small></Typography.Title>
          <Select allowClear placeholder={t(m.category)} style={{ width: 140 }} value={category} onChange={(v) => (setCategory(v), setPage(1))} options={answerCategories.map((c) => ({ value: c.code, label: c.name }))} />
          <Input.Search allowClear placeholder={t(m.title)} onSearch={(v) => (setQ(v), setPage(1))} style={{ width: 200 }} />
          {orgId && <Tag closable onClose={() => setOrgId(undefined)}>{figs.data?.items.find((f) => f.orgId === orgId)?.orgName}</Tag>}
        </Space>
        <List
          loading={feed.isLoading}
          dataSource={feed.data?.items ?? []}
          locale={{ emptyText: t(common.empty) }}
          pagination={{ current: page, pageSize: 10, total: feed.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          renderItem={(a) => (
            <List.Item
              key={a.id}
              data-testid="feed-item"
              onClick={() => setOpen(a.id)}
              style={{ cursor: 'pointer' }}
              actions={[<span key="l"><LikeOutlined /> {a.likeCount}</span>, <span key="c"><MessageOutlined /> {a.commentCount}</span>]}
            >
              <List.Item.Meta title={a.title} description={`${a.orgName} · ${answerCategoryName(a.category)} · ${a.periodStart} ~ ${a.periodEnd}`} />
              <Space wrap>{a.results.map((r) => <Tag key={r.label} color="red">{r.label} {r.value}{r.unit}</Tag>)}</Space>
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} lg={8}>
        <Card title={t(m.byOrg)} size="small">
          <Table
            rowKey="orgId"
            size="small"
            pagination={false}
            dataSource={figs.data?.items ?? []}
            onRow={(r) => ({ onClick: () => (setOrgId(r.orgId), setPage(1)), style: { cursor: 'pointer' } })}
            columns={[
              { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
              { title: t(m.published), dataIndex: 'published', width: 70 },
              { title: t(m.likes), dataIndex: 'likes', width: 60 },
              { title: t(m.comments), dataIndex: 'comments', width: 60 },
            ]}
          />
        </Card>
      </Col>
      {open && <Detail id={open} onClose={() => setOpen(null)} />}
    </Row>
  );
}
