import { Alert, Button, Descriptions, Drawer, Tag } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { useI18n, punct } from '../../kernel/i18n.js';
import { partyStatusEn, type PartyStatus } from '../../kernel/types.js';
import { orgText } from './messages.js';
import type { Person } from './org.api.js';

/** A person's record, masked; the full record is fetched (and audited) only on request. */
export function MemberDrawer({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const full = useMutation({ mutationFn: () => unwrap(client.GET('/api/v1/people/{id}/full', { params: { path: { id: person.id } } })) });
  const p = full.data ?? person;
  const row = (label: string, value: React.ReactNode) => <Descriptions.Item label={label}>{value ?? '—'}</Descriptions.Item>;

  return (
    <Drawer
      open
      onClose={onClose}
      size={520}
      title={`${t(orgText.personDetail)} · ${p.name}`}
      extra={
        can('people.read_full') && !full.data ? (
          <Button icon={<EyeOutlined />} onClick={() => full.mutate()} loading={full.isPending} data-testid="show-full">
            {t(orgText.showFull)}
          </Button>
        ) : null
      }
    >
      {full.data && <Alert type="warning" showIcon title={t(orgText.fullNotice)} style={{ marginBottom: 16 }} />}
      <Descriptions column={1} bordered size="small">
        {row(t(orgText.personName), p.name)}
        {row(t(orgText.gender), lang === 'zh' ? p.gender : p.gender === '男' ? t(orgText.male) : t(orgText.female))}
        {row(t(orgText.ethnicity), p.ethnicity)}
        {row(t(orgText.birthDate), `${p.birthDate}${t(punct.open)}${p.age}${t(punct.close)}`)}
        {row(t(orgText.idNumber), <code data-testid="person-id-number">{p.idNumber}</code>)}
        {row(t(orgText.phone), p.phone)}
        {row(t(orgText.partyStatus), <Tag color="red">{lang === 'zh' ? p.partyStatus : (partyStatusEn[p.partyStatus as PartyStatus] ?? p.partyStatus)}</Tag>)}
        {row(t(orgText.joinDate), p.joinDate)}
        {row(t(orgText.org), p.orgName)}
        {row(t(orgText.unit), p.unit)}
        {row(t(orgText.position), p.position)}
        {row(t(orgText.education), p.education)}
      </Descriptions>
    </Drawer>
  );
}
