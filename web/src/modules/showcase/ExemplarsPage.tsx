import { Button, Form, Input, Modal, Select, Space, Tag, Upload, type TableProps } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';
import { client, unwrap, type Body, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { common, punct, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { exemplarCategories } from '../../../../common/showcase-categories.js';
import { exemplarCategoryName, rText as m } from './role-messages.js';
import { roleKey, type Exemplar } from './role-models.api.js';

type ExemplarQuery = Query<'/api/v1/showcase/exemplars', 'get'>;
const text = {
  title: { zh: '典型推荐', en: 'Profiles and nominations' },
  add: { zh: '新建典型', en: 'New profile' },
  name: { zh: '姓名 / 名称', en: 'Name' },
  kind: { zh: '类型', en: 'Kind' },
  person: { zh: '个人', en: 'Person' },
  team: { zh: '团队', en: 'Team' },
  squad: { zh: '尖刀班', en: 'Squad' },
  story: { zh: '先进事迹', en: 'Story' },
  media: { zh: '照片 / 微视频', en: 'Photos / videos' },
  upload: { zh: '上传', en: 'Upload' },
  nominate: { zh: '推荐参评', en: 'Nominate' },
  round: { zh: '评选轮次', en: 'Round' },
  material: { zh: '推荐材料', en: 'Supporting material' },
  noRound: { zh: '暂无推荐中的评选', en: 'No round takes nominations now' },
};

/** 典型推荐 (organisations): profiles of the subtree with photos and micro-videos, nominated to an open round with material. */
export default function ExemplarsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const qc = useQueryClient();
  const [form] = Form.useForm<Body<'/api/v1/showcase/exemplars', 'post'>>();
  const [nomForm] = Form.useForm<{ roundId: number; material: string }>();
  const [creating, setCreating] = useState(false);
  const [nominating, setNominating] = useState<Exemplar | null>(null);
  const rounds = useQuery({ queryKey: [...roleKey, 'open-rounds'], queryFn: () => unwrap(client.GET('/api/v1/showcase/open-rounds')) });
  const orgs = [...new Map((me?.roles ?? []).filter((r) => r.role === 'committee_admin' || r.role === 'org_admin').map((r) => [r.orgId, { value: r.orgId, label: r.orgName }])).values()];
  const refresh = () => qc.invalidateQueries({ queryKey: roleKey });
  const create = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await unwrap(client.POST('/api/v1/showcase/exemplars', { body: v }));
      showSuccess(t(common.saved));
      setCreating(false);
      form.resetFields();
      await refresh();
    } catch (err) {
      showError(err);
    }
  };
  const nominate = async () => {
    const v = await validValues(nomForm);
    if (!v || !nominating) return;
    try {
      await unwrap(client.POST('/api/v1/showcase/nominations', { body: { ...v, exemplarId: nominating.id } }));
      showSuccess(t(common.saved));
      setNominating(null);
      nomForm.resetFields();
      await refresh();
    } catch (err) {
      showError(err);
    }
  };
  const upload = async (e: Exemplar, file: File) => {
    try {
      await api.upload(`/showcase/exemplars/${e.id}/media`, file, { title: file.name.slice(0, 60) });
      showSuccess(t(common.saved));
      await refresh();
    } catch (err) {
      showError(err);
    }
  };
  const columns: TableProps<Exemplar>['columns'] = [
    { title: t(text.name), dataIndex: 'name', width: 160 },
    { title: t(text.kind), dataIndex: 'kind', width: 80, render: (k: Exemplar['kind']) => t(text[k]) },
    { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.category), dataIndex: 'category', width: 100, render: (c: string) => exemplarCategoryName(c) },
    { title: t(text.media), key: 'media', width: 110, render: (_: unknown, e) => e.media.length },
    { title: t(common.actions), key: 'a', width: 260, render: (_: unknown, e) => (
      <Space>
        {e.onWall && <Tag color="gold">{t(m.winner)}</Tag>}
        <Upload accept="video/mp4,image/png,image/jpeg,image/webp" showUploadList={false} beforeUpload={(f) => (void upload(e, f), false)}>
          <Button size="small" icon={<UploadOutlined />}>{t(text.upload)}</Button>
        </Upload>
        <Button size="small" type="primary" disabled={!rounds.data?.items.length} onClick={() => setNominating(e)}>{t(text.nominate)}</Button>
      </Space>
    ) },
  ];
  return (
    <>
      <ListPage<Exemplar, ExemplarQuery>
        title={t(text.title)}
        subTitle={rounds.data?.items.length ? rounds.data.items.map((r) => r.title).join('、') : t(text.noRound)}
        extra={<Button type="primary" onClick={() => setCreating(true)}>{t(text.add)}</Button>}
        queryKey={[...roleKey, 'exemplars']}
        query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q })}
        fetch={(q) => unwrap(client.GET('/api/v1/showcase/exemplars', { params: { query: q } }))}
        columns={columns}
        search={{ placeholder: t(text.name), width: 200 }}
        rowKey="id"
      />
      <Modal open={creating} title={t(text.add)} onCancel={() => setCreating(false)} onOk={create} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'person', orgId: orgs[0]?.value, category: 'frontline' }}>
          <Form.Item name="kind" label={t(text.kind)} rules={[{ required: true }]}><Select options={(['person', 'team', 'squad'] as const).map((k) => ({ value: k, label: t(text[k]) }))} /></Form.Item>
          <Form.Item name="name" label={t(text.name)} rules={[{ required: true, min: 2, max: 60 }]}><Input /></Form.Item>
          <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true }]}><Select options={orgs} /></Form.Item>
          <Form.Item name="category" label={t(m.category)} rules={[{ required: true }]}><Select options={exemplarCategories.map((c) => ({ value: c.code, label: c.name }))} /></Form.Item>
          <Form.Item name="story" label={t(text.story)} rules={[{ max: 10000 }]}><Input.TextArea rows={5} showCount /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!nominating} title={`${t(text.nominate)}${t(punct.colon)}${nominating?.name ?? ''}`} onCancel={() => setNominating(null)} onOk={nominate} destroyOnHidden>
        <Form form={nomForm} layout="vertical" initialValues={{ roundId: rounds.data?.items[0]?.id }}>
          <Form.Item name="roundId" label={t(text.round)} rules={[{ required: true }]}><Select options={(rounds.data?.items ?? []).map((r) => ({ value: r.id, label: r.title }))} /></Form.Item>
          <Form.Item name="material" label={t(text.material)} rules={[{ required: true, min: 10, max: 10000 }]}><Input.TextArea rows={5} showCount /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
