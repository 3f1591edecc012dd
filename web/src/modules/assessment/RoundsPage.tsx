import { useState } from 'react';
import { Button, Col, DatePicker, Form, Input, InputNumber, Modal, Progress, Radio, Row, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { fill, punct, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { assessmentApi, assessmentKey, type Round, type RoundBody, type RoundStatus } from './assessment.api.js';
import { asText as m, statusColor } from './messages.js';

const statuses: RoundStatus[] = ['draft', 'running', 'closed', 'confirmed'];

/** 考核轮次: the rounds of the caller's subtree, their progress, and a new round. */
export default function RoundsPage() {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  return (
    <ListPage<Round, { status?: RoundStatus; page: number; pageSize: number }>
      title={t(m.rounds)}
      subTitle={t(m.roundsSub)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-round">
          {t(m.newRound)}
        </Button>
      }
      queryKey={[...assessmentKey, 'rounds']}
      query={(s) => ({ status: s.get('status') as RoundStatus | undefined, page: s.page, pageSize: s.pageSize })}
      fetch={(q) => assessmentApi.rounds(q)}
      filters={(s) => (
        <Select
          allowClear
          placeholder={t(m.status)}
          style={{ width: 140 }}
          value={s.get('status')}
          onChange={(v) => s.set({ status: v })}
          options={statuses.map((x) => ({ value: x, label: t(m[x]) }))}
        />
      )}
      emptyText={t(m.noRounds)}
      table={{ 'data-testid': 'rounds-table' }}
      columns={[
        { title: t(m.name), dataIndex: 'name', render: (n: string, r) => <Link to={`/assessment/rounds/${r.id}`}>{n}</Link> },
        { title: t(m.system), render: (_, r) => `${r.systemName} · ${fill(t(m.version), { v: r.version })}` },
        { title: t(m.kind), dataIndex: 'kind', render: (k: Round['kind']) => t(m[k]) },
        { title: t(m.period), render: (_, r) => `${r.periodFrom} ~ ${r.periodTo}` },
        { title: t(m.scope), dataIndex: 'scopeOrgName' },
        { title: t(m.targets), dataIndex: 'targets' },
        {
          title: t(m.tasks),
          render: (_, r) => (r.tasks.assigned ? <Progress size="small" style={{ width: 120 }} percent={Math.round((100 * r.tasks.done) / r.tasks.assigned)} format={() => `${r.tasks.done}/${r.tasks.assigned}`} /> : '—'),
        },
        { title: t(m.status), dataIndex: 'status', render: (s: RoundStatus) => <Tag color={statusColor[s]}>{t(m[s])}</Tag> },
      ]}
    >
      <CreateRoundDialog open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}

type Grading = RoundBody['grading'];
type Values = {
  name: string;
  systemId: number;
  kind: RoundBody['kind'];
  period: [Dayjs, Dayjs];
  scopeOrgId?: number;
  targetOrgKind?: RoundBody['targetOrgKind'];
  youngMaxAge?: number;
  gradingMode: 'quota' | 'cutoffs';
  excellentShare?: number;
  excellent?: number;
  good: number;
  fair: number;
};

/** A new round: a published system, kind and period, scope and who is assessed, and the grading. */
function CreateRoundDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const [form] = Form.useForm<Values>();
  const systems = useQuery({ queryKey: [...assessmentKey, 'systems', 'all'], queryFn: () => assessmentApi.systems(), enabled: open });
  const systemId = Form.useWatch('systemId', form);
  const mode = Form.useWatch('gradingMode', form);
  const chosen = systems.data?.items.find((s) => s.id === systemId);
  const toBody = (v: Values): RoundBody => {
    const grading: Grading =
      v.gradingMode === 'quota' ? { mode: 'quota', excellentShare: (v.excellentShare ?? 20) / 100, good: v.good, fair: v.fair } : { mode: 'cutoffs', excellent: v.excellent ?? 90, good: v.good, fair: v.fair };
    return {
      name: v.name,
      systemId: v.systemId,
      kind: v.kind,
      periodFrom: v.period[0].format('YYYY-MM-DD'),
      periodTo: v.period[1].format('YYYY-MM-DD'),
      scopeOrgId: v.scopeOrgId,
      ...(chosen?.targetKind === 'org' ? { targetOrgKind: v.targetOrgKind } : { youngMaxAge: v.youngMaxAge }),
      grading,
    } as RoundBody;
  };
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) => assessmentApi.createRound(toBody(v)),
    onSuccess: (r) => {
      showSuccess(fill(t(m.roundCreated), { n: r.targets }));
      void qc.invalidateQueries({ queryKey: assessmentKey });
      onClose();
      nav(`/assessment/rounds/${r.id}`);
    },
    // The period and the grading are one field each on the form, two or more in the body.
    onError: (err) => applyFieldErrors(form, err, { periodFrom: 'period', periodTo: 'period', grading: 'gradingMode' }) || showError(err),
    meta: { silent: true },
  });
  const year = dayjs().year() - 1;
  return (
    <Modal open={open} width={720} title={t(m.newRound)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'round-create-ok' }}>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'annual', period: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)], youngMaxAge: 35, targetOrgKind: 'branch', gradingMode: 'quota', excellentShare: 20, excellent: 90, good: 80, fair: 60 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="name" label={t(m.name)} rules={[{ required: true, max: 80 }]}>
          <Input placeholder={`${year} 年度青年干部考核`} data-testid="round-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="systemId" label={t(m.system)} rules={[{ required: true }]}>
              <Select
                loading={systems.isLoading}
                data-testid="round-system"
                options={(systems.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name}${t(punct.open)}${t(s.targetKind === 'org' ? m.kindOrg : m.kindPerson)}${t(punct.close)}`, disabled: s.latestVersion === 0 }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t(m.kind)} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={(['annual', 'semiannual', 'quarterly'] as const).map((k) => ({ value: k, label: t(m[k]) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="period" label={t(m.period)} rules={[{ required: true }]}>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="scopeOrgId" label={t(m.scope)} tooltip={t(m.scopeHint)}>
              <OrgTreeSelect placeholder={t(m.scopeHint)} />
            </Form.Item>
          </Col>
        </Row>
        {chosen?.targetKind === 'org' ? (
          <Form.Item name="targetOrgKind" label={t(m.targetOrgKind)}>
            <Radio.Group options={(['party_committee', 'general_branch', 'branch'] as const).map((k) => ({ value: k, label: t(m[k]) }))} />
          </Form.Item>
        ) : (
          <Form.Item name="youngMaxAge" label={t(m.youngMaxAge)}>
            <InputNumber min={18} max={60} />
          </Form.Item>
        )}
        <Form.Item name="gradingMode" label={t(m.grading)}>
          <Radio.Group
            options={[
              { value: 'quota', label: t(m.quota) },
              { value: 'cutoffs', label: t(m.cutoffs) },
            ]}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={6}>
            {mode === 'cutoffs' ? (
              <Form.Item name="excellent" label={t(m.excellentCut)}>
                <InputNumber min={0} max={100} />
              </Form.Item>
            ) : (
              <Form.Item name="excellentShare" label={t(m.excellentShare)}>
                <InputNumber min={1} max={100} />
              </Form.Item>
            )}
          </Col>
          <Col span={6}>
            <Form.Item name="good" label={t(m.goodCut)}>
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="fair" label={t(m.fairCut)}>
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
