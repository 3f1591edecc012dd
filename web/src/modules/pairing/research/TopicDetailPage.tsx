import { useState } from 'react';
import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../kernel/auth.js';
import { errorText } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { PageContainer } from '../../../kernel/ui.js';
import { fmtDay, idParam } from '../usePairing.js';
import { confirmStep } from './confirm.js';
import { MeetingsPanel } from './MeetingsPanel.js';
import { rText as m } from './messages.js';
import { OutputsPanel } from './OutputsPanel.js';
import { ParticipantsPanel } from './ParticipantsPanel.js';
import { researchApi, researchKey } from './research.api.js';
import { TopicDialog } from './TopicDialog.js';

/** A research topic: what it is, its group from both sides, its meetings and its outputs under review. */
export default function TopicDetailPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const manage = useAuth().can('pairing.manage');
  const id = idParam(useParams().id);
  const [editing, setEditing] = useState(false);
  const detail = useQuery({ queryKey: [...researchKey, 'topic', id], queryFn: () => researchApi.topic(id!), enabled: id != null, meta: { silent: true } });
  const topic = detail.data?.topic;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => nav('/pairing/research')}>
      {t(m.back)}
    </Button>
  );
  if (detail.isLoading) return <Loading />;
  if (!topic) {
    return (
      <PageContainer title={t(m.topics)} extra={back}>
        <Alert type="error" showIcon title={id == null ? t(common.notFound) : errorText(detail.error)} />
      </PageContainer>
    );
  }
  const active = topic.status === 'active';
  return (
    <PageContainer
      title={topic.title}
      subTitle={<Tag color={active ? 'green' : 'default'}>{t(m.topicStatus[topic.status])}</Tag>}
      extra={
        <Space>
          {back}
          {manage && active && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t(common.edit)}
              </Button>
              <Button
                icon={<CheckCircleOutlined />}
                data-testid="conclude-topic"
                onClick={() =>
                  confirmStep({
                    title: `${t(m.concludeTitle)} · ${topic.title}`,
                    content: t(m.concludeMessage),
                    okText: t(m.conclude),
                    done: t(m.concluded),
                    run: async () => {
                      await researchApi.conclude(topic.id);
                      await qc.invalidateQueries({ queryKey: researchKey });
                    },
                  })
                }
              >
                {t(m.conclude)}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <div data-testid="topic-detail" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label={t(m.field)}>{topic.fieldName}</Descriptions.Item>
          <Descriptions.Item label={t(m.org)}>{topic.orgName}</Descriptions.Item>
          <Descriptions.Item label={t(m.startedOn)}>
            {fmtDay(topic.startedOn)}
            {topic.endedOn ? ` — ${fmtDay(topic.endedOn)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t(m.description)} span={3}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{topic.description || '—'}</div>
          </Descriptions.Item>
        </Descriptions>
        <ParticipantsPanel topic={topic} manage={manage} />
        <MeetingsPanel topic={topic} manage={manage} />
        <OutputsPanel topic={topic} manage={manage} />
      </div>
      <TopicDialog open={editing} topic={topic} onClose={() => setEditing(false)} />
    </PageContainer>
  );
}
