import { useEffect, useMemo, useState } from 'react';
import { Badge, Card, Col, Input, Row, Tree } from 'antd';
import { ApartmentOutlined, BankOutlined, TeamOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { useOrgTree } from './useOrgTree.js';
import { searchTree, type TreeItem } from './org-tree.js';
import { OrgDetailPanel } from './OrgDetailPanel.js';
import { orgText } from './messages.js';
import type { OrgKind } from './org.api.js';

const kindIcon: Record<OrgKind, React.ReactNode> = {
  committee: <BankOutlined />,
  party_committee: <ApartmentOutlined />,
  general_branch: <ApartmentOutlined />,
  branch: <TeamOutlined />,
};

export default function OrgTreePage() {
  const { t } = useI18n();
  const { data: nodes, isLoading } = useOrgTree();
  const [params, setParams] = useSearchParams();
  const selectedId = Number(params.get('id')) || null;
  const [term, setTerm] = useState('');
  const [expanded, setExpanded] = useState<number[]>([]);

  const { items, expand, hits } = useMemo(() => searchTree(nodes ?? [], term), [nodes, term]);

  useEffect(() => {
    if (term) setExpanded(expand);
  }, [term, expand]);
  useEffect(() => {
    // Open the top of the tree on first load so the agencies are visible.
    if (nodes && expanded.length === 0 && !term) setExpanded(items.map((i) => i.key));
  }, [nodes]);

  const select = (id: number | null) => setParams(id ? { id: String(id) } : {}, { replace: true });

  const render = (item: TreeItem) => (
    <span className="vg-org-node" data-org-id={item.key}>
      <span style={{ marginRight: 6, color: '#c8161d' }}>{kindIcon[item.node.kind]}</span>
      <span style={hits.has(item.key) ? { color: '#c8161d', fontWeight: 600 } : undefined}>{item.title}</span>
      {item.node.personCount > 0 && <Badge count={item.node.personCount} color="#bfbfbf" size="small" style={{ marginLeft: 6 }} overflowCount={9999} />}
    </span>
  );

  return (
    <PageContainer title={t(orgText.treeTitle)} subTitle={t(orgText.treeSub)} card={false}>
      <Row gutter={16}>
        <Col xs={24} md={10} xl={8}>
          <Card variant="borderless" styles={{ body: { padding: 12 } }}>
            <Input.Search placeholder={t(orgText.searchOrg)} allowClear onChange={(e) => setTerm(e.target.value)} style={{ marginBottom: 12 }} data-testid="org-search" />
            {isLoading ? (
              <Loading />
            ) : items.length === 0 ? (
              <EmptyState description={term ? t(orgText.noMatch) : undefined} />
            ) : (
              <div style={{ maxHeight: 'calc(100vh - 250px)', overflow: 'auto' }} data-testid="org-tree">
                <Tree<TreeItem>
                  treeData={items}
                  titleRender={render}
                  expandedKeys={expanded}
                  onExpand={(keys) => setExpanded(keys.map(Number))}
                  selectedKeys={selectedId ? [selectedId] : []}
                  onSelect={(keys) => keys.length && select(Number(keys[0]))}
                  blockNode
                  showLine
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14} xl={16}>
          <OrgDetailPanel orgId={selectedId} onSelect={select} />
        </Col>
      </Row>
    </PageContainer>
  );
}
