import { useState } from 'react';
import { Input, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/ui.js';
import { lt } from './messages.js';

type NotTaken = Answer<'/api/v1/learning/exams/{id}/not-taken', 'get'>['items'][number];

/** People in the admin's organisations who may sit the exam and have not started it, a page at a time. */
export function ExamNotTaken({ examId }: { examId: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['learning', 'exams', examId, 'not-taken', page, q],
    queryFn: () => unwrap(client.GET('/api/v1/learning/exams/{id}/not-taken', { params: { path: { id: examId }, query: { page, pageSize: 20, q: q || undefined } } })),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t(lt.searchName)}
          style={{ width: 220 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <Typography.Text type="secondary">{t(lt.notTakenHint)}</Typography.Text>
      </Space>
      <Table<NotTaken>
        rowKey="personId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (n) => t(common.total, { n }), showSizeChanger: false }}
        columns={[
          { title: t(lt.name), dataIndex: 'name' },
          { title: t(lt.org), dataIndex: 'orgName', ellipsis: true },
        ]}
        data-testid="exam-not-taken"
      />
    </Space>
  );
}
