import { useEffect } from 'react';
import { DatePicker, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { showSuccess } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { communityApi, communityKey, type Need } from './community.api.js';
import { cText as m } from './messages.js';
import { useNeedTypes } from './useCommunity.js';

export interface NeedValues {
  communityId?: number;
  typeCode: string;
  title: string;
  description?: string;
  place: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  peopleNeeded: number;
  skillsWanted?: string[];
  claimDeadline: Dayjs;
}

/** Posts the need of the form; the caller's community is the one they are staff of. */
export function usePostNeed(form: FormInstance<NeedValues>, onDone: (n: Need) => void) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: NeedValues) =>
      communityApi.postNeed({
        communityId: v.communityId!,
        typeCode: v.typeCode,
        title: v.title.trim(),
        description: v.description?.trim() ?? '',
        place: v.place.trim(),
        startsAt: v.startsAt.toISOString(),
        endsAt: v.endsAt.toISOString(),
        peopleNeeded: v.peopleNeeded,
        skillsWanted: v.skillsWanted ?? [],
        claimDeadline: v.claimDeadline.toISOString(),
      }),
    onSuccess: (n) => {
      showSuccess(t(m.posted));
      void qc.invalidateQueries({ queryKey: communityKey });
      onDone(n);
    },
    onError: (err) => applyFieldErrors(form, err),
  });
}

/** The form's values of a posted need, to edit it. */
export function needValuesOf(n: Need): NeedValues {
  return {
    communityId: n.communityId,
    typeCode: n.typeCode,
    title: n.title,
    description: n.description,
    place: n.place,
    startsAt: dayjs(n.startsAt),
    endsAt: dayjs(n.endsAt),
    peopleNeeded: n.peopleNeeded,
    skillsWanted: n.skillsWanted,
    claimDeadline: dayjs(n.claimDeadline),
  };
}

/**
 * Saves the changes to an open need. Only what changed is sent: the server refuses a start in the past, which an
 * untouched start of a need about to begin would be.
 */
export function useEditNeed(form: FormInstance<NeedValues>, need: Need | null | undefined, onDone: (n: Need) => void) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: NeedValues) => {
      const was = needValuesOf(need!);
      const text = (a: string | undefined) => a?.trim() ?? '';
      const instant = (a: Dayjs, b: Dayjs) => (a.isSame(b) ? undefined : a.toISOString());
      const skills = v.skillsWanted ?? [];
      return communityApi.editNeed(need!.id, {
        typeCode: v.typeCode === was.typeCode ? undefined : v.typeCode,
        title: text(v.title) === was.title ? undefined : text(v.title),
        description: text(v.description) === was.description ? undefined : text(v.description),
        place: text(v.place) === was.place ? undefined : text(v.place),
        startsAt: instant(v.startsAt, was.startsAt),
        endsAt: instant(v.endsAt, was.endsAt),
        peopleNeeded: v.peopleNeeded === was.peopleNeeded ? undefined : v.peopleNeeded,
        skillsWanted: skills.join('\n') === (was.skillsWanted ?? []).join('\n') ? undefined : skills,
        claimDeadline: instant(v.claimDeadline, was.claimDeadline),
      });
    },
    onSuccess: (n) => {
      showSuccess(t(m.needSaved));
      void qc.invalidateQueries({ queryKey: communityKey });
      onDone(n);
    },
    onError: (err) => applyFieldErrors(form, err),
  });
}

/** The fields of a need, for the desktop dialog and the phone page alike; an edited need keeps its community. */
export function NeedFields({ form, editing = false }: { form: FormInstance<NeedValues>; editing?: boolean }) {
  const { t, lang } = useI18n();
  const types = useNeedTypes();
  const startsAt = Form.useWatch('startsAt', form);
  // Staff act for one community as a rule; one who serves several picks it.
  const mine = useQuery({ queryKey: [...communityKey, 'staff-communities'], queryFn: communityApi.staffCommunities });
  const communities = mine.data?.items ?? [];
  useEffect(() => {
    if (!editing && communities.length === 1 && !form.getFieldValue('communityId')) form.setFieldValue('communityId', communities[0].id);
  }, [communities, form]);
  const dt = { showTime: { format: 'HH:mm', minuteStep: 5 as const }, format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } };
  return (
    <>
      <Form.Item name="communityId" label={t(m.community)} rules={[{ required: true }]} hidden={communities.length === 1}>
        <Select disabled={editing} loading={mine.isLoading} notFoundContent={t(m.staffNoCommunity)} options={communities.map((c) => ({ value: c.id, label: c.name }))} data-testid="need-community" />
      </Form.Item>
      <Form.Item name="typeCode" label={t(m.needType)} rules={[{ required: true }]}>
        <Select data-testid="need-type" options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: lang === 'zh' ? x.name : x.nameEn }))} />
      </Form.Item>
      <Form.Item name="title" label={t(m.title)} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
        <Input data-testid="need-title" />
      </Form.Item>
      <Form.Item name="description" label={t(m.description)} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} data-testid="need-description" />
      </Form.Item>
      <Form.Item name="place" label={t(m.place)} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
        <Input data-testid="need-place" />
      </Form.Item>
      <Form.Item name="startsAt" label={t(m.time)} rules={[{ required: true }]}>
        <DatePicker
          {...dt}
          data-testid="need-starts"
          onChange={(v: Dayjs | null) => {
            // The end moves with the start (same length), and claims close at the start at the latest.
            if (!v) return;
            const end = form.getFieldValue('endsAt') as Dayjs | undefined;
            const deadline = form.getFieldValue('claimDeadline') as Dayjs | undefined;
            const length = end && startsAt && end.isAfter(startsAt) ? end.diff(startsAt) : 2 * 3600_000;
            form.setFieldValue('endsAt', v.add(length, 'millisecond'));
            if (!deadline || deadline.isAfter(v) || deadline.isBefore(dayjs())) form.setFieldValue('claimDeadline', v);
            setTimeout(() => void form.validateFields(['endsAt', 'claimDeadline']).catch(() => {}), 0);
          }}
        />
      </Form.Item>
      <Form.Item
        name="endsAt"
        dependencies={['startsAt']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, v: Dayjs | undefined) => (!v || !getFieldValue('startsAt') || v.isAfter(getFieldValue('startsAt')) ? Promise.resolve() : Promise.reject(new Error(lang === 'zh' ? '结束时间应晚于开始时间' : 'Must end after it starts'))),
          }),
        ]}
      >
        <DatePicker {...dt} data-testid="need-ends" />
      </Form.Item>
      <Form.Item name="peopleNeeded" label={t(m.peopleNeeded)} rules={[{ required: true }]}>
        <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} data-testid="need-people" />
      </Form.Item>
      <Form.Item name="skillsWanted" label={t(m.skills)} tooltip={t(m.skillsHint)}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} data-testid="need-skills" />
      </Form.Item>
      <Form.Item
        name="claimDeadline"
        label={t(m.claimDeadline)}
        dependencies={['startsAt']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, v: Dayjs | undefined) => (!v || !getFieldValue('startsAt') || !v.isAfter(getFieldValue('startsAt')) ? Promise.resolve() : Promise.reject(new Error(lang === 'zh' ? '认领截止应不晚于开始时间' : 'Claim before it starts'))),
          }),
        ]}
      >
        <DatePicker {...dt} data-testid="need-deadline" disabledDate={(d) => !!startsAt && d.isAfter(startsAt, 'day')} />
      </Form.Item>
    </>
  );
}

/** Sensible defaults: tomorrow morning, two hours, claims until this evening (or, once the evening has passed, the start). */
export function needDefaults(now = dayjs()): Partial<NeedValues> {
  const start = now.add(1, 'day').hour(9).minute(0).second(0).millisecond(0);
  const evening = start.subtract(1, 'day').hour(18);
  return { startsAt: start, endsAt: start.add(2, 'hour'), claimDeadline: evening.isAfter(now) ? evening : start, peopleNeeded: 5, skillsWanted: [] };
}
