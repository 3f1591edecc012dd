import { useEffect, useState } from 'react';
import { Alert, Button, Col, Form, Input, Modal, Result, Row, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../kernel/api.js';
import { errorText, modal, showError, showSuccess } from '../../kernel/feedback.js';
import { fill, punct, useI18n } from '../../kernel/i18n.js';
import { Loading, PageContainer } from '../../kernel/ui.js';
import { assessmentApi, assessmentKey, type SystemDetail, type Version } from './assessment.api.js';
import { asText as m } from './messages.js';
import { TreeEditor } from './TreeEditor.js';
import { badSums, fromTree, placeErrors, toTree, type EditNode } from './tree-model.js';
import { useMetrics } from './useMetrics.js';

const savedFailed = new Error('draft refused');

/** 编辑指标体系: the tree with weights and leaves, saved as a draft, published as a frozen version. */
export default function SystemEditorPage() {
  const id = Number(useParams().id);
  const system = useQuery({ queryKey: [...assessmentKey, 'system', id], queryFn: () => assessmentApi.system(id) });
  const latest = system.data && !system.data.draft && system.data.latestVersion > 0 ? system.data.latestVersion : null;
  const version = useQuery({ queryKey: [...assessmentKey, 'system', id, 'version', latest], queryFn: () => assessmentApi.version(id, latest!), enabled: latest != null });
  if (system.isLoading || version.isLoading) return <Loading />;
  if (system.error) return <Result status="warning" subTitle={errorText(system.error)} />;
  const s = system.data!;
  const tree = s.draft ?? version.data?.tree ?? [];
  return <Editor key={`${s.id}-${s.latestVersion}-${s.draft ? 'd' : 'v'}`} system={s} tree={tree} />;
}

function Editor({ system, tree }: { system: SystemDetail; tree: NonNullable<SystemDetail['draft']> }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const metrics = useMetrics();
  const [nodes, setNodes] = useState<EditNode[]>(() => fromTree(tree));
  const [name, setName] = useState(system.name);
  const [description, setDescription] = useState(system.description);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [viewing, setViewing] = useState<number | null>(null);
  // Shown after a save or publish refused here: a level whose weights do not add up to 100 (its sum is marked red).
  const [sumsRefused, setSumsRefused] = useState(false);
  useEffect(() => (setErrors(new Map()), setSumsRefused(false)), [nodes]);
  const sumsOk = () => {
    const ok = badSums(nodes).length === 0;
    setSumsRefused(!ok);
    return ok;
  };
  const change = (next: EditNode[]) => {
    setNodes(next);
    setDirty(true);
  };
  const refresh = () => qc.invalidateQueries({ queryKey: [...assessmentKey, 'system', system.id] });
  const save = useMutation({
    mutationFn: () => assessmentApi.saveDraft(system.id, { name, description, tree: toTree(nodes) }),
    onSuccess: () => {
      setDirty(false);
      setErrors(new Map());
    },
    onError: (err) => {
      if (err instanceof ApiError && Array.isArray(err.details)) setErrors(placeErrors(nodes, err.details as { field?: string; message?: string }[]));
      showError(err);
    },
    meta: { silent: true },
  });
  const publish = useMutation({
    mutationFn: async () => {
      // A refused draft has shown its errors already (save's onError): publishing stops there without a second toast.
      if (dirty || !system.draft) await save.mutateAsync().catch(() => Promise.reject(savedFailed));
      return assessmentApi.publish(system.id);
    },
    onSuccess: (v) => {
      showSuccess(fill(t(m.published), { v: v.version }));
      void qc.invalidateQueries({ queryKey: assessmentKey });
    },
    onError: (err) => err !== savedFailed && showError(err),
    meta: { silent: true },
  });
  const editable = system.editable;
  const formErrors = errors.get('name') ?? [];
  return (
    <PageContainer
      title={`${t(m.editor)} · ${system.name}`}
      subTitle={`${t(system.targetKind === 'org' ? m.kindOrg : m.kindPerson)} · ${system.ownerOrgName} · ${system.latestVersion ? fill(t(m.version), { v: system.latestVersion }) : t(m.unpublished)}`}
      extra={
        <Space>
          <Link to="/assessment/systems">{t(m.systems)}</Link>
          <Button
            disabled={!editable}
            loading={save.isPending && !publish.isPending}
            onClick={() =>
              sumsOk() &&
              save.mutate(undefined, {
                onSuccess: () => {
                  showSuccess(t(m.draftSaved));
                  void refresh();
                },
              })
            }
            data-testid="save-draft"
          >
            {t(m.saveDraft)}
          </Button>
          <Button
            type="primary"
            disabled={!editable}
            loading={publish.isPending}
            onClick={() => sumsOk() && modal().confirm({ title: t(m.publish), content: fill(t(m.publishConfirm), { v: system.latestVersion + 1 }), okText: t(m.publish), onOk: () => publish.mutateAsync().catch(() => undefined) })}
            data-testid="publish"
          >
            {t(m.publish)}
          </Button>
        </Space>
      }
    >
      {!editable && <Alert type="info" showIcon title={t(m.readOnly)} style={{ marginBottom: 12 }} />}
      {dirty && editable && <Alert type="warning" showIcon title={t(m.unsaved)} style={{ marginBottom: 12 }} />}
      {sumsRefused && <Alert type="error" showIcon title={t(m.sumsRefused)} style={{ marginBottom: 12 }} data-testid="sums-refused" />}
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t(m.name)} validateStatus={formErrors.length ? 'error' : undefined} help={formErrors.join(t(punct.semi)) || undefined}>
              <Input disabled={!editable} value={name} maxLength={80} onChange={(e) => (setName(e.target.value), setDirty(true))} data-testid="system-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t(m.description)}>
              <Input disabled={!editable} value={description} maxLength={1000} onChange={(e) => (setDescription(e.target.value), setDirty(true))} />
            </Form.Item>
          </Col>
        </Row>
        <TreeEditor nodes={nodes} onChange={change} targetKind={system.targetKind} metrics={metrics.data ?? []} errors={errors} disabled={!editable} />
      </Form>
      <div style={{ marginTop: 16 }}>
        <strong>{t(m.versions)}{t(punct.colon)}</strong>
        {system.versions.length === 0 ? (
          <Tag>{t(m.unpublished)}</Tag>
        ) : (
          system.versions.map((v) => (
            <Tag key={v.id} color="blue" style={{ cursor: 'pointer' }} onClick={() => setViewing(v.version)} data-testid={`version-${v.version}`}>
              {fill(t(m.version), { v: v.version })} · {new Date(v.publishedAt).toLocaleDateString()}
            </Tag>
          ))
        )}
      </div>
      <VersionModal systemId={system.id} version={viewing} onClose={() => setViewing(null)} />
    </PageContainer>
  );
}

/** A frozen version's leaves with their effective weights. */
function VersionModal({ systemId, version, onClose }: { systemId: number; version: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const v = useQuery({ queryKey: [...assessmentKey, 'system', systemId, 'version', version], queryFn: () => assessmentApi.version(systemId, version!), enabled: version != null });
  const type = { computed: m.computed, rated: m.rated, evidence: m.evidence };
  return (
    <Modal open={version != null} onCancel={onClose} footer={null} width={760} title={version ? fill(t(m.version), { v: version }) : ''}>
      <Table<Version['leaves'][number]>
        size="small"
        rowKey="key"
        loading={v.isLoading}
        pagination={false}
        dataSource={v.data?.leaves ?? []}
        columns={[
          { title: t(m.path), render: (_, l) => l.path.join(' / ') },
          { title: t(m.effective), dataIndex: 'weight', render: (w: number) => `${w}%` },
          { title: t(m.leafType), dataIndex: 'type', render: (x: keyof typeof type) => t(type[x]) },
          { title: t(m.metric), render: (_, l) => l.metric ?? (l.maxScore != null ? `${t(m.maxScore)} ${l.maxScore}` : '—') },
        ]}
      />
    </Modal>
  );
}
