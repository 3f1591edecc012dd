import { useState } from 'react';
import { Alert, Button, Card, List, Result, Space, Tag } from 'antd';
import { EditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { confirmStep } from '../research/confirm.js';
import { MeetingItem, OutputState } from '../research/items.js';
import { rText as m } from '../research/messages.js';
import { OutputDialog } from '../research/OutputDialog.js';
import { OutputFile } from '../research/OutputFile.js';
import { myResearchApi, researchKey, type Output, type Side } from '../research/research.api.js';
import { fmtDay, idParam } from '../usePairing.js';
import { sideHome } from './MobileMyTopics.js';

/** A topic as a participant sees it: the group, the meetings, the outputs; the current lead drafts, edits and submits. */
export default function MobileTopic({ side }: { side: Side }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const id = idParam(useParams().id);
  const api = myResearchApi(side);
  const [editing, setEditing] = useState<Output | null>(null);
  const [adding, setAdding] = useState(false);
  const detail = useQuery({ queryKey: [...researchKey, 'mine', side, id], queryFn: () => api.topic(id!), enabled: id != null, meta: { silent: true } });
  const meetings = useQuery({ queryKey: [...researchKey, 'mine', side, id, 'meetings'], queryFn: () => api.meetings(id!), enabled: !!detail.data });
  const outputs = useQuery({ queryKey: [...researchKey, 'mine', side, id, 'outputs'], queryFn: () => api.outputs(id!), enabled: !!detail.data });
  const topic = detail.data?.topic;
  const lead = !!topic && topic.myRole === 'lead' && !topic.myLeftAt;
  const canDraft = lead && topic.status === 'active';
  const back = `${sideHome(side)}/research`;
  return (
    <>
      <MobileBar title={t(m.myTopics)} back={back} />
      <div className="vg-m-page" data-testid="m-topic">
        {detail.isLoading ? (
          <Loading />
        ) : !topic ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(detail.error)} />
          </Card>
        ) : (
          <>
            <Card size="small" variant="borderless">
              <strong style={{ fontSize: 16 }}>{topic.title}</strong>
              <div style={{ marginTop: 4 }}>
                <Tag color={topic.status === 'active' ? 'green' : 'default'}>{t(m.topicStatus[topic.status])}</Tag>
                <Tag>{topic.fieldName}</Tag>
                {lead && <Tag color="gold">{t(m.iAmLead)}</Tag>}
              </div>
              <div style={{ color: '#888', fontSize: 12, marginTop: 4 }}>
                {topic.orgName} · {fmtDay(topic.startedOn)}
                {topic.endedOn ? ` — ${fmtDay(topic.endedOn)}` : ''}
              </div>
              {topic.description && <div style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{topic.description}</div>}
              {topic.myLeftAt && <Alert type="info" showIcon title={t(m.youLeft)} style={{ marginTop: 8 }} />}
            </Card>
            <Card size="small" variant="borderless" title={t(m.participants)}>
              <List
                size="small"
                dataSource={detail.data!.participants.filter((p) => !p.leftAt)}
                locale={{ emptyText: <EmptyState description={t(m.noParticipants)} /> }}
                renderItem={(p) => (
                  <List.Item>
                    <span>
                      <Tag color={p.side === 'cadre' ? 'red' : 'blue'}>{t(m.sides[p.side])}</Tag>
                      {p.name}
                      {p.role === 'lead' && <Tag color="gold" style={{ marginLeft: 6 }}>{t(m.roles.lead)}</Tag>}
                    </span>
                    <span style={{ color: '#888', fontSize: 12 }}>{p.affiliation}</span>
                  </List.Item>
                )}
              />
            </Card>
            <Card size="small" variant="borderless" title={t(m.meetings)}>
              <List
                loading={meetings.isLoading}
                dataSource={meetings.data?.items ?? []}
                locale={{ emptyText: <EmptyState description={meetings.error ? errorText(meetings.error) : t(m.noMeetings)} /> }}
                renderItem={(x) => <MeetingItem x={x} />}
              />
            </Card>
            <Card
              size="small"
              variant="borderless"
              title={t(m.outputs)}
              extra={
                canDraft && (
                  <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="m-add-output">
                    {t(m.addOutput)}
                  </Button>
                )
              }
            >
              {!lead && <div style={{ color: '#888', fontSize: 12, marginBottom: 8 }}>{t(m.leadOnly)}</div>}
              <List
                loading={outputs.isLoading}
                dataSource={outputs.data?.items ?? []}
                locale={{ emptyText: <EmptyState description={outputs.error ? errorText(outputs.error) : t(m.noOutputs)} /> }}
                renderItem={(o) => (
                  <List.Item data-testid={`m-output-${o.id}`}>
                    <div style={{ width: '100%' }}>
                      <div>
                        <OutputState o={o} />
                        <strong>{o.title}</strong>
                      </div>
                      <div style={{ color: '#888', fontSize: 12 }}>
                        {t(m.kinds[o.kind])}
                        {o.createdByName ? ` · ${o.createdByName}` : ''} · {fmtDay(o.createdAt)}
                      </div>
                      {o.summary && <div style={{ fontSize: 13 }}>{o.summary}</div>}
                      {o.status === 'returned' && o.reviewNote && <div style={{ color: '#c8161d', fontSize: 12 }}>{t(m.reviewNote)}{t(punct.colon)}{o.reviewNote}</div>}
                      <OutputFile o={o} base={side === 'cadre' ? '/me/research' : '/me/entrepreneur/research'} editable={lead && topic.status === 'active'} />
                      {lead && (o.status === 'draft' || o.status === 'returned') && (
                        <Space style={{ marginTop: 6 }}>
                          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(o)}>
                            {t(m.editOutput)}
                          </Button>
                          <Button
                            size="small"
                            type="primary"
                            icon={<SendOutlined />}
                            data-testid={`m-submit-${o.id}`}
                            onClick={() =>
                              confirmStep({
                                title: `${t(m.submit)} · ${o.title}`,
                                content: t(m.submitConfirm),
                                okText: t(m.submit),
                                done: t(m.submittedDone),
                                run: async () => {
                                  await api.submit(o.id);
                                  await qc.invalidateQueries({ queryKey: researchKey });
                                },
                              })
                            }
                          >
                            {t(m.submit)}
                          </Button>
                        </Space>
                      )}
                    </div>
                  </List.Item>
                )}
              />
            </Card>
            <OutputDialog
              open={adding || !!editing}
              output={editing}
              onClose={() => (setAdding(false), setEditing(null))}
              invalidate={researchKey}
              save={(v) => (editing ? api.updateOutput(editing.id, v) : api.addOutput(topic.id, v))}
            />
          </>
        )}
      </div>
    </>
  );
}
