import { Alert, Button, Card, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { fill, useI18n } from '../../kernel/i18n.js';
import type { TargetKind } from './assessment.api.js';
import { asText as m } from './messages.js';
import { LeafEditor } from './LeafEditor.js';
import { MAX_LEVEL, effectiveWeights, freshNode, removeNode, sumOf, updateNode, type EditNode } from './tree-model.js';
import type { MetricOption } from './useMetrics.js';

const levelName = [m.level1, m.level2, m.level3];

interface Props {
  nodes: EditNode[];
  onChange: (nodes: EditNode[]) => void;
  targetKind: TargetKind;
  metrics: MetricOption[];
  /** Server errors placed by tree-model's placeErrors. */
  errors: Map<string, string[]>;
  disabled?: boolean;
}

/** The indicator tree: 一级/二级/三级指标 with their weights, the live sum of each level, and each leaf's definition. */
export function TreeEditor(props: Props) {
  const { t } = useI18n();
  const eff = effectiveWeights(props.nodes);
  const set = (uid: string, fn: (n: EditNode) => EditNode) => props.onChange(updateNode(props.nodes, uid, fn));

  // Plain render functions, not components: a component defined here would remount (and lose focus) at every keystroke.
  const group = (list: EditNode[], parent: EditNode | null, level: number) => {
    const sum = sumOf(list);
    const ok = Math.abs(sum - 100) < 1e-6;
    const server = props.errors.get(`group:${parent?.uid ?? ''}`) ?? [];
    return (
      <div style={{ marginLeft: level === 0 ? 0 : 24 }} data-testid={`group-${parent?.key ?? 'top'}`}>
        {list.map((n) => nodeCard(n, level))}
        <Space wrap style={{ marginBottom: 12 }}>
          <Tag color={ok ? 'green' : 'red'} data-testid={`sum-${parent?.key ?? 'top'}`}>
            {fill(t(ok ? m.sumOk : m.sumBad), { s: sum })}
          </Tag>
          {server.map((e, k) => (
            <Typography.Text key={k} type="danger">
              {e}
            </Typography.Text>
          ))}
          {level === 0 && (
            <Button size="small" icon={<PlusOutlined />} disabled={props.disabled} onClick={() => props.onChange([...props.nodes, freshNode(props.nodes, t(m.level1), Math.max(0, 100 - sum))])} data-testid="add-top">
              {t(m.addTop)}
            </Button>
          )}
        </Space>
      </div>
    );
  };

  const nodeCard = (node: EditNode, level: number) => {
    const errs = (field: string) => props.errors.get(field ? `${node.uid}:${field}` : node.uid) ?? [];
    const status = (field: string) => (errs(field).length ? { validateStatus: 'error' as const, help: errs(field).join('；') } : {});
    return (
      <Card key={node.uid} size="small" style={{ marginBottom: 8 }} data-testid={`node-${node.key}`}>
        <Space wrap align="start">
          <Tag>{t(levelName[level])}</Tag>
          <Form.Item label={t(m.name)} style={{ marginBottom: 0 }} {...status('name')}>
            <Input disabled={props.disabled} value={node.name} maxLength={80} onChange={(e) => set(node.uid, (n) => ({ ...n, name: e.target.value }))} style={{ width: 200 }} data-testid={`node-${node.key}-name`} />
          </Form.Item>
          <Form.Item label={t(m.key)} style={{ marginBottom: 0 }} {...status('key')}>
            <Input disabled={props.disabled} value={node.key} maxLength={40} onChange={(e) => set(node.uid, (n) => ({ ...n, key: e.target.value }))} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item label={t(m.weight)} style={{ marginBottom: 0 }} {...status('weight')}>
            <InputNumber disabled={props.disabled} min={0} max={100} value={node.weight} onChange={(v) => set(node.uid, (n) => ({ ...n, weight: Number(v ?? 0) }))} data-testid={`node-${node.key}-weight`} />
          </Form.Item>
          <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
            {`${t(m.effective)} ${eff.get(node.uid) ?? 0}%`}
          </Typography.Text>
          {level + 1 < MAX_LEVEL && (
            <Button
              disabled={props.disabled}
              icon={<PlusOutlined />}
              onClick={() => set(node.uid, (n) => ({ ...n, leaf: undefined, children: [...n.children, freshNode(props.nodes, t(levelName[level + 1]), Math.max(0, 100 - sumOf(n.children)))] }))}
              data-testid={`node-${node.key}-add`}
            >
              {t(m.addChild)}
            </Button>
          )}
          <Button danger disabled={props.disabled} icon={<DeleteOutlined />} onClick={() => props.onChange(removeNode(props.nodes, node.uid))} aria-label={t(m.remove)} data-testid={`node-${node.key}-remove`} />
        </Space>
        {errs('').length > 0 && <Alert type="error" showIcon title={errs('').join('；')} style={{ marginTop: 8 }} />}
        {node.children.length ? (
          <div style={{ marginTop: 8 }}>
            {group(node.children, node, level + 1)}
          </div>
        ) : (
          <div style={{ marginTop: 8 }}>
            <LeafEditor
              leaf={node.leaf}
              onChange={(leaf) => set(node.uid, (n) => ({ ...n, leaf }))}
              targetKind={props.targetKind}
              metrics={props.metrics}
              errors={errs}
              disabled={props.disabled}
              testId={`leaf-${node.key}`}
            />
          </div>
        )}
      </Card>
    );
  };

  return group(props.nodes, null, 0);
}
