import { useEffect } from 'react';
import { Form, InputNumber } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import type { QuestionType } from './learning.api-types.js';
import { lt } from './messages.js';

export interface SectionValues {
  title?: string;
  tags?: string[];
  types?: QuestionType[];
  difficulty?: [number, number];
  count?: number;
  questionIds?: number[];
  points: number;
}

/** Questions picked for a fixed section (empty: the section draws at random). */
export function fixedIds(s: SectionValues | undefined): number[] {
  return s?.questionIds ?? [];
}

/** The paper's total as the form stands: fixed questions or the draw count, times the points each. */
export function paperTotal(sections: SectionValues[] | undefined): number {
  return (sections ?? []).reduce((sum, s) => sum + (fixedIds(s).length || (s?.count ?? 0)) * (s?.points ?? 0), 0);
}

/** How many questions a draw section could use for an exam owned by `orgId` (undefined until known). */
function usePoolSize(orgId: number | undefined, s: SectionValues | undefined) {
  const query = {
    orgId: orgId ?? 0,
    tags: (s?.tags ?? []).join(','),
    types: (s?.types ?? []).join(','),
    minDifficulty: s?.difficulty?.[0] ?? 1,
    maxDifficulty: s?.difficulty?.[1] ?? 5,
  };
  const pool = useQuery({
    queryKey: ['learning', 'exam-pool', query],
    queryFn: () => unwrap(client.GET('/api/v1/learning/exams/pool-size', { params: { query } })),
    enabled: !!orgId && !!s,
    meta: { silent: true },
  });
  return orgId ? pool.data?.available : undefined;
}

/**
 * A section's draw count, with how many questions the bank offers under it ("题库中可用 3 题"). An untouched count
 * (the default) is brought down to what is available; a typed one above it is refused under the field.
 */
export function ExamSectionCount({ name, orgId }: { name: number; orgId: number | undefined }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const s = Form.useWatch(['sections', name], form) as SectionValues | undefined;
  const fixed = fixedIds(s).length > 0;
  const available = usePoolSize(orgId, s);
  const field = ['sections', name, 'count'];
  useEffect(() => {
    if (available == null || fixed) return;
    const count = form.getFieldValue(field) as number | undefined;
    if (available > 0 && (count ?? 0) > available && !form.isFieldTouched(field)) form.setFieldValue(field, available);
    else if (form.isFieldTouched(field)) void form.validateFields([field]).catch(() => undefined);
  }, [available, fixed]); // re-checked when what the bank offers changes, not on every keystroke
  const hint = fixed ? undefined : !orgId ? t(lt.orgFirst) : available == null ? undefined : available === 0 ? t(lt.noneAvailable) : t(lt.available, { n: available });
  return (
    <Form.Item
      name={[name, 'count']}
      label={t(lt.count)}
      extra={<span data-testid={`section-${name}-available`}>{hint}</span>}
      rules={[
        {
          validator: async (_, v: number | undefined) => {
            if (fixed || available == null || (v ?? 1) <= available) return;
            throw new Error(t(lt.countAbove, { n: available }));
          },
        },
      ]}
    >
      <InputNumber min={1} max={200} />
    </Form.Item>
  );
}
