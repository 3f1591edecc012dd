import { useState } from 'react';
import { Card, Input, Pagination, Result } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { readingApi, readingKey } from './reading.api.js';
import { rText as m } from './messages.js';

/** 读书分享会 on the phone: the book lists of the member's organisation (and those above it). */
export default function MobileReading() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState<string>();
  const list = useQuery({ queryKey: [...readingKey, 'mine', page, q], queryFn: () => readingApi.myBooks(page, q), placeholderData: keepPreviousData, meta: { silent: true } });
  return (
    <>
      <MobileBar title={t(m.reading)} />
      <div className="vg-m-page">
        <Input.Search allowClear placeholder={t(m.searchBook)} onSearch={(v) => (setQ(v || undefined), setPage(1))} />
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(list.error)} />
          </Card>
        ) : (list.data?.items.length ?? 0) === 0 ? (
          <Card variant="borderless">
            <EmptyState description={t(m.noBooks)} />
          </Card>
        ) : (
          list.data?.items.map((b) => (
            <Link key={b.id} to={`/m/reading/${b.id}`} data-testid="m-book">
              <Card size="small" variant="borderless">
                <div style={{ display: 'flex', gap: 12 }}>
                  {b.coverUrl && <img src={`${b.coverUrl}?w=120`} alt="" style={{ width: 56, height: 76, objectFit: 'cover' }} />}
                  <div>
                    <strong>《{b.title}》</strong>
                    <div style={{ color: '#666' }}>{b.author}</div>
                    <div style={{ color: '#999', fontSize: 12 }}>
                      {t(m.notes)} {b.notes} · {t(m.readers)} {b.readers}
                    </div>
                  </div>
                </div>
              </Card>
            </Link>
          ))
        )}
        {(list.data?.total ?? 0) > 10 && <Pagination simple current={page} pageSize={10} total={list.data?.total ?? 0} onChange={setPage} style={{ textAlign: 'center' }} />}
      </div>
    </>
  );
}
