import { useState } from 'react';
import { Button, Card, Checkbox, Form, Radio, Select, Table, Tag, type TableProps } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { PersonPicker } from '../../../kernel/PersonSearch.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { EntrepreneurPicker } from '../PairDialog.js';
import { fmtDay } from '../usePairing.js';
import { confirmStep } from './confirm.js';
import { FormDialog } from './FormDialog.js';
import { rText as m } from './messages.js';
import { researchApi, researchKey, type Participant, type ParticipantBody, type Topic } from './research.api.js';

type Values = { side: 'cadre' | 'entrepreneur'; personId?: number; entrepreneurId?: number; role: 'lead' | 'member' };

/** The group from both sides: who is on it (and, on request, who left), adding a cadre or an entrepreneur, leaving. */
export function ParticipantsPanel({ topic, manage }: { topic: Topic; manage: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [includeLeft, setIncludeLeft] = useState(false);
  const [adding, setAdding] = useState(false);
  const list = useQuery({ queryKey: [...researchKey, 'participants', topic.id, includeLeft], queryFn: () => researchApi.participants(topic.id, includeLeft) });
  const open = manage && topic.status === 'active';
  const columns: TableProps<Participant>['columns'] = [
    { title: t(m.side), dataIndex: 'side', width: 110, render: (v: Participant['side']) => <Tag color={v === 'cadre' ? 'red' : 'blue'}>{t(m.sides[v])}</Tag> },
    { title: t(m.name), dataIndex: 'name', width: 110 },
    { title: t(m.affiliation), dataIndex: 'affiliation', ellipsis: true },
    { title: t(m.role), dataIndex: 'role', width: 90, render: (v: Participant['role']) => (v === 'lead' ? <Tag color="gold">{t(m.roles.lead)}</Tag> : t(m.roles.member)) },
    { title: t(m.joinedAt), dataIndex: 'joinedAt', width: 110, render: (v: string) => fmtDay(v) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 120,
      render: (_: unknown, p) =>
        p.leftAt ? (
          <span style={{ color: '#888' }}>
            {t(m.left)} {fmtDay(p.leftAt)}
          </span>
        ) : (
          open && (
            <a
              style={{ color: '#c8161d' }}
              data-testid={`leave-${p.id}`}
              onClick={() =>
                confirmStep({
                  title: t(m.leave),
                  content: t(m.leaveConfirm, { name: p.name }),
                  okText: t(m.leave),
                  done: t(m.left),
                  danger: true,
                  run: async () => {
                    await researchApi.leave(topic.id, p.id);
                    await qc.invalidateQueries({ queryKey: researchKey });
                  },
                })
              }
            >
              {t(m.leave)}
            </a>
          )
        ),
    },
  ];
  return (
    <Card
      size="small"
      title={t(m.participants)}
      extra={
        <>
          <Checkbox checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} style={{ marginRight: 12 }}>
            {t(m.showLeft)}
          </Checkbox>
          {open && (
            <Button size="small" type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="add-participant">
              {t(m.addParticipant)}
            </Button>
          )}
        </>
      }
    >
      <Table<Participant>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: <EmptyState description={list.error ? errorText(list.error) : t(m.noParticipants)} /> }}
        data-testid="participants-table"
      />
      <FormDialog<Values>
        open={adding}
        title={t(m.addParticipant)}
        initial={ADD_DEFAULTS}
        onClose={() => setAdding(false)}
        done={t(m.added)}
        invalidate={researchKey}
        testId="participant-form"
        save={(v) => researchApi.addParticipant(topic.id, (v.side === 'cadre' ? { side: 'cadre', personId: v.personId, role: v.role } : { side: 'entrepreneur', entrepreneurId: v.entrepreneurId, role: v.role }) as ParticipantBody)}
      >
        {() => (
          <>
            <Form.Item name="side" label={t(m.side)}>
              <Radio.Group optionType="button" options={(['cadre', 'entrepreneur'] as const).map((s) => ({ value: s, label: t(m.sides[s]) }))} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.side !== b.side}>
              {({ getFieldValue }) =>
                getFieldValue('side') === 'entrepreneur' ? (
                  <Form.Item name="entrepreneurId" label={t(m.sides.entrepreneur)} rules={[{ required: true, message: t(m.required, { name: t(m.sides.entrepreneur) }) }]}>
                    <EntrepreneurPicker testId="participant-entrepreneur" />
                  </Form.Item>
                ) : (
                  <Form.Item name="personId" label={t(m.sides.cadre)} rules={[{ required: true, message: t(m.required, { name: t(m.sides.cadre) }) }]}>
                    <PersonPicker testId="participant-person" />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="role" label={t(m.role)}>
              <Select options={(['member', 'lead'] as const).map((r) => ({ value: r, label: t(m.roles[r]) }))} />
            </Form.Item>
          </>
        )}
      </FormDialog>
    </Card>
  );
}

const ADD_DEFAULTS: Partial<Values> = { side: 'cadre', role: 'member' };
