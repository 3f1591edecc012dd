import { useState } from 'react';
import { Button, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../kernel/auth.js';
import { useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { EntrepreneurDrawer } from './EntrepreneurDrawer.js';
import { EntrepreneurFilters } from './Filters.js';
import { pText as m, statusColor } from './messages.js';
import { pairingApi, pairingKey, type Entrepreneur, type EntrepreneurQuery } from './pairing.api.js';
import { RegisterDialog } from './RegisterDialog.js';
import { fmtDay } from './usePairing.js';

type Sector = NonNullable<EntrepreneurQuery['sector']>;
type District = NonNullable<EntrepreneurQuery['districtCode']>;
type Status = NonNullable<EntrepreneurQuery['status']>;

/** 青年企业家名录: search and filters, masked phones, a record's drawer with the audited full contact. */
export default function EntrepreneursPage() {
  const { t } = useI18n();
  const manage = useAuth().can('pairing.manage');
  const [open, setOpen] = useState<number | null>(null);
  const [registering, setRegistering] = useState(false);
  const columns: TableProps<Entrepreneur>['columns'] = [
    {
      title: t(m.name),
      dataIndex: 'name',
      width: 110,
      render: (v: string, e) => (
        <a onClick={() => setOpen(e.id)} data-testid={`entrepreneur-${e.id}`}>
          {v}
        </a>
      ),
    },
    { title: t(m.company), dataIndex: 'company', ellipsis: true },
    { title: t(m.sector), dataIndex: 'sectorName', width: 110 },
    { title: t(m.district), dataIndex: 'districtName', width: 100 },
    { title: t(m.phone), dataIndex: 'phone', width: 130 },
    { title: t(m.org), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (v: Entrepreneur['status']) => <Tag color={statusColor[v]}>{t(m[v])}</Tag> },
    { title: t(m.cadre), key: 'pair', width: 160, render: (_: unknown, e) => (e.pair ? `${e.pair.cadreName}` : <Tag>{t(m.notPaired)}</Tag>) },
  ];
  return (
    <ListPage<Entrepreneur, EntrepreneurQuery>
      title={t(m.directory)}
      subTitle={t(m.slogan)}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="register-entrepreneur">
            {t(m.register)}
          </Button>
        )
      }
      queryKey={[...pairingKey, 'entrepreneurs']}
      query={(s) => ({
        page: s.page,
        pageSize: s.pageSize,
        q: s.q,
        sector: s.get('sector') as Sector | undefined,
        districtCode: s.get('districtCode') as District | undefined,
        status: s.get('status') as Status | undefined,
        paired: s.get('paired') as 'true' | 'false' | undefined,
      })}
      fetch={pairingApi.entrepreneurs}
      columns={columns}
      search={{ placeholder: t(m.searchEntrepreneur), testId: 'entrepreneur-search', width: 280 }}
      filters={(s) => <EntrepreneurFilters s={s} />}
      emptyText={t(m.noEntrepreneurs)}
      table={{ 'data-testid': 'entrepreneurs-table', size: 'middle' }}
    >
      <EntrepreneurDrawer id={open} onClose={() => setOpen(null)} />
      <RegisterDialog open={registering} onClose={() => setRegistering(false)} />
    </ListPage>
  );
}
