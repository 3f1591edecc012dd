import { Select, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../../kernel/auth.js';
import { useI18n } from '../../../kernel/i18n.js';
import { ListPage } from '../../../kernel/ListPage.js';
import { OptionSelect, ParamSelect } from '../Filters.js';
import { rText as m } from './messages.js';
import { outputColumns } from './OutputsPanel.js';
import { researchApi, researchKey, type Output, type OutputQuery } from './research.api.js';
import { useOutputReview } from './useOutputReview.js';

const statuses = ['submitted', 'returned', 'approved', 'published', 'draft'] as const;

/** 共研成果审核: the outputs of every topic in scope, the submitted ones (the review queue) unless another status is picked. */
export default function OutputsQueuePage() {
  const { t } = useI18n();
  const review = useOutputReview(useAuth().can('pairing.manage'));
  const [title, ...rest] = outputColumns(t, review.actions);
  const columns: TableProps<Output>['columns'] = [
    title,
    { title: t(m.topic), key: 'topic', width: 220, ellipsis: true, render: (_: unknown, o) => <Link to={`/pairing/research/${o.topicId}`}>{o.topicTitle}</Link> },
    ...rest,
  ];
  return (
    <ListPage<Output, OutputQuery>
      title={t(m.reviewQueue)}
      subTitle={t(m.reviewQueueSub)}
      queryKey={[...researchKey, 'output-list']}
      query={(s) => {
        const status = s.get('status') ?? 'submitted';
        return {
          page: s.page,
          pageSize: s.pageSize,
          q: s.q,
          status: status === 'all' ? undefined : (status as OutputQuery['status']),
          kind: s.get('kind') as OutputQuery['kind'],
          field: s.get('field') as OutputQuery['field'],
          sort: status === 'submitted' ? 'createdAt' : '-createdAt',
        };
      }}
      fetch={researchApi.outputList}
      columns={columns}
      search={{ placeholder: t(m.searchOutput), testId: 'output-search', width: 260 }}
      filters={(s) => (
        <>
          <Select
            value={s.get('status') ?? 'submitted'}
            onChange={(v) => s.set({ status: v === 'submitted' ? undefined : v })}
            aria-label={t(m.status)}
            style={{ width: 130 }}
            options={[...statuses.map((v) => ({ value: v, label: t(m.outputStatus[v]) })), { value: 'all', label: t(m.allOutputStatuses) }]}
            data-testid="filter-output-status"
          />
          <ParamSelect s={s} param="kind" placeholder={m.allKinds} width={130} options={(['report', 'policy_proposal'] as const).map((v) => ({ value: v, label: t(m.kinds[v]) }))} />
          <OptionSelect s={s} param="field" list="sectors" placeholder={m.allFields} />
        </>
      )}
      emptyText={t(m.noQueue)}
      table={{ 'data-testid': 'output-queue', size: 'middle' }}
    >
      {review.dialogs}
    </ListPage>
  );
}
