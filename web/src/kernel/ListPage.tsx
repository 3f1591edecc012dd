import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Button, Input, Table } from 'antd';
import type { TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { common, useI18n } from './i18n.js';
import { EmptyState, PageContainer } from './ui.js';

const DEFAULT_PAGE_SIZE = 20;

type ParamValue = string | number | boolean | null | undefined;

/**
 * A list's state, kept in the URL's search params so a filtered page can be reloaded, shared and gone back to:
 * `page`, `pageSize` (left out when it is the default), `q` (the search box), `sort` (`key` or `-key`) and
 * whatever filters the page adds.
 */
export interface ListState {
  page: number;
  pageSize: number;
  q?: string;
  sort?: string;
  /** A filter's value as the URL holds it. */
  get(key: string): string | undefined;
  /** Sets filters (empty, false, null and undefined remove one); back to page 1 unless `keepPage`. */
  set(patch: Record<string, ParamValue>, options?: { keepPage?: boolean }): void;
  /** Every filter, the search and the sort cleared, but for the `keep` params (a view switch, …). */
  reset(keep?: readonly string[]): void;
}

export function useListState(): ListState {
  const [params, setParams] = useSearchParams();
  return useMemo(() => {
    const get = (key: string) => params.get(key) || undefined;
    const positive = (key: string, fallback: number) => {
      const n = Number(get(key));
      return Number.isInteger(n) && n > 0 ? n : fallback;
    };
    return {
      page: positive('page', 1),
      pageSize: positive('pageSize', DEFAULT_PAGE_SIZE),
      q: get('q'),
      sort: get('sort'),
      get,
      set(patch, options) {
        const next = new URLSearchParams(params);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '' || v === false) next.delete(k);
          else next.set(k, String(v));
        }
        if (!options?.keepPage && !('page' in patch)) next.delete('page');
        setParams(next, { replace: true });
      },
      reset(keep) {
        const next = new URLSearchParams();
        for (const k of keep ?? []) {
          const v = params.get(k);
          if (v) next.set(k, v);
        }
        setParams(next, { replace: true });
      },
    };
  }, [params, setParams]);
}

export interface ListPageProps<Row, Query> {
  title: string;
  subTitle?: ReactNode;
  /** Page actions (export, new, …) at the top right. */
  extra?: ReactNode;
  /** The react-query key of the list; the query built by `query` is appended. */
  queryKey: readonly unknown[];
  /** The API's query from the list state: `(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, orgId: … })`. */
  query: (state: ListState) => Query;
  /** Loads one page: `(query) => unwrap(client.GET('/api/v1/…', { params: { query } }))`. */
  fetch: (query: Query) => Promise<{ items: Row[]; total: number }>;
  columns: NonNullable<TableProps<Row>['columns']>;
  /** Column keys the API sorts by (`sort=key` or `sort=-key`); those columns get a sorter. */
  sortable?: readonly string[];
  /** A search box bound to `q`. */
  search?: { placeholder: string; testId?: string; width?: number };
  /** The module's filters, after the search box; they change the list through `state.set`. */
  filters?: (state: ListState) => ReactNode;
  /** Controls before the search box (a list/calendar switch, …). */
  leading?: (state: ListState) => ReactNode;
  /** Rendered between the title and the toolbar (status tabs, …). */
  header?: (state: ListState) => ReactNode;
  /** A reset button clearing the URL (default: shown when there is a search box or filters). */
  resetButton?: boolean;
  /** URL params the reset button leaves as they are (a view switch, …). */
  resetKeeps?: readonly string[];
  /** Shown instead of the table (another view of the same list, e.g. a calendar); the page is not loaded meanwhile. */
  altView?: ReactNode;
  /** Shown when the page has no rows. */
  emptyText?: string;
  rowKey?: TableProps<Row>['rowKey'];
  /** Anything else for the table: size, scroll, expandable, data-testid, … */
  table?: Omit<TableProps<Row>, 'columns' | 'dataSource' | 'loading' | 'pagination' | 'onChange' | 'rowKey'> & { 'data-testid'?: string };
  /** Rendered after the table (drawers, dialogs). */
  children?: ReactNode;
}

/** An admin list: title, search and filters, a server-paginated (and, where the API allows, sorted) table. */
export function ListPage<Row extends object, Query>(props: ListPageProps<Row, Query>) {
  const { t } = useI18n();
  const state = useListState();
  const query = props.query(state);
  const { data, isFetching } = useQuery({
    queryKey: [...props.queryKey, query],
    queryFn: () => props.fetch(query),
    placeholderData: keepPreviousData,
    enabled: !props.altView,
  });

  const sortable = new Set(props.sortable ?? []);
  const columns = props.columns.map((c) => {
    const key = c.key === undefined ? undefined : String(c.key);
    if (!key || !sortable.has(key)) return c;
    return { ...c, sorter: true, sortOrder: state.sort === key ? 'ascend' : state.sort === `-${key}` ? 'descend' : null } as typeof c;
  });

  const onChange: TableProps<Row>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = s?.order && sortable.has(String(s.columnKey)) ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const pageChanged = pagination.current !== state.page || pagination.pageSize !== state.pageSize;
    state.set({
      page: pageChanged && pagination.current !== 1 ? pagination.current : undefined,
      pageSize: pagination.pageSize === DEFAULT_PAGE_SIZE ? undefined : pagination.pageSize,
      sort,
    });
  };

  const showReset = props.resetButton ?? !!(props.search || props.filters);
  const toolbar = props.leading || props.search || props.filters || showReset;

  return (
    <PageContainer title={props.title} subTitle={props.subTitle} extra={props.extra}>
      {props.header?.(state)}
      {toolbar && (
        <div className="vg-toolbar">
          {props.leading?.(state)}
          {props.search && <SearchBox {...props.search} value={state.q} onSearch={(q) => state.set({ q })} />}
          {props.filters?.(state)}
          {showReset && <Button onClick={() => state.reset(props.resetKeeps)}>{t(common.reset)}</Button>}
        </div>
      )}
      {props.altView ?? (
        <Table<Row>
          rowKey={props.rowKey ?? ('id' as TableProps<Row>['rowKey'])}
          {...props.table}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          onChange={onChange}
          locale={{ emptyText: <EmptyState description={props.emptyText} />, ...props.table?.locale }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => t(common.total, { n }),
          }}
        />
      )}
      {props.children}
    </PageContainer>
  );
}

/** The search box: typing is local, Enter or the button applies it; it follows the URL (reset, back). */
function SearchBox(props: { placeholder: string; testId?: string; width?: number; value?: string; onSearch: (q: string | undefined) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(props.value ?? '');
  useEffect(() => setText(props.value ?? ''), [props.value]);
  return (
    <Input.Search
      placeholder={props.placeholder}
      aria-label={props.placeholder}
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => props.onSearch(v.trim() || undefined)}
      style={{ width: props.width ?? 240 }}
      enterButton={t(common.search)}
      data-testid={props.testId}
    />
  );
}
