import { useMemo } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { roleLabels, roles } from '../../../../common/roles.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { OrgMultiSelect } from './OrgMultiSelect.js';
import { actText as m } from './messages.js';
import { activitiesKey, named, useActivityTypes } from './useActivities.js';
import type { Activity } from './activities.api.js';
import type { Role } from '../../kernel/types.js';

interface Values {
  typeCode?: string;
  title?: string;
  orgId?: number;
  venue?: string;
  time?: [Dayjs, Dayjs];
  capacity?: number | null;
  signup?: [Dayjs | null, Dayjs | null] | null;
  audienceOrgIds?: number[];
  audienceRoles?: Role[];
  description?: string;
  publish?: boolean;
}

/** Create an activity, or edit the parts the server lets change afterwards (title, venue, seats, description). */
export function ActivityFormDialog({ activity, onClose, onDone }: { activity?: Activity; onClose: () => void; onDone: (id: number) => void }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const types = useActivityTypes();
  const editing = !!activity;

  const typeOptions = useMemo(
    () =>
      (types.data?.categories ?? [])
        .map((c) => ({
          label: named(lang, c),
          // Deactivated types are offered for no new activity; an activity already of one keeps it.
          options: (types.data?.types ?? []).filter((ty) => ty.categoryCode === c.code && (ty.active || ty.code === activity?.typeCode)).map((ty) => ({ value: ty.code, label: named(lang, ty) })),
        }))
        .filter((g) => g.options.length > 0),
    [types.data, lang, activity?.typeCode],
  );

  const save = useMutation({
    mutationFn: async (v: Values) => {
      if (activity) {
        return unwrap(
          client.PATCH('/api/v1/activities/{id}', {
            params: { path: { id: activity.id } },
            body: { title: v.title, venue: v.venue ?? '', capacity: v.capacity ?? null, description: v.description ?? '' },
          }),
        );
      }
      return unwrap(
        client.POST('/api/v1/activities', {
          body: {
            typeCode: v.typeCode!,
            title: v.title!,
            orgId: v.orgId!,
            venue: v.venue ?? '',
            startsAt: v.time?.[0].toISOString() ?? '',
            endsAt: v.time?.[1].toISOString() ?? '',
            capacity: v.capacity ?? null,
            signupOpensAt: v.signup?.[0]?.toISOString() ?? null,
            signupClosesAt: v.signup?.[1]?.toISOString() ?? null,
            audienceOrgIds: v.audienceOrgIds ?? [],
            audienceRoles: v.audienceRoles ?? [],
            description: v.description ?? '',
            status: v.publish === false ? 'draft' : 'published',
          },
        }),
      );
    },
    onSuccess: (a) => {
      showSuccess(t(editing ? m.saved : m.created));
      void qc.invalidateQueries({ queryKey: activitiesKey });
      onDone(a.id);
    },
    onError: (err) => applyFieldErrors(form, err, { startsAt: 'time', endsAt: 'time', signupOpensAt: 'signup', signupClosesAt: 'signup' }),
  });

  const initial: Values = activity
    ? {
        typeCode: activity.typeCode,
        title: activity.title,
        orgId: activity.orgId,
        venue: activity.venue,
        time: [dayjs(activity.startsAt), dayjs(activity.endsAt)],
        capacity: activity.capacity,
        signup: activity.signupOpensAt || activity.signupClosesAt ? [activity.signupOpensAt ? dayjs(activity.signupOpensAt) : null, activity.signupClosesAt ? dayjs(activity.signupClosesAt) : null] : null,
        description: activity.description,
      }
    : { publish: true, audienceOrgIds: [], audienceRoles: [] };

  return (
    <Modal
      open
      width={720}
      title={t(editing ? m.edit : m.create)}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="activity-form">
        <Form.Item name="typeCode" label={t(m.type)} rules={[{ required: true }]}>
          <Select options={typeOptions} loading={types.isLoading} disabled={editing} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="title" label={t(m.name)} rules={[{ required: true, whitespace: true }, { min: 2, max: 120 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="orgId" label={t(m.organiser)} rules={[{ required: true }]}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="time" label={t(m.time)} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabled={editing} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="venue" label={t(m.venue)} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="capacity" label={t(m.capacity)} extra={t(m.capacityHint)}>
          <InputNumber min={1} max={100000} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="signup" label={t(m.signupWindow)} extra={t(m.signupWindowHelp)}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} disabled={editing} style={{ width: '100%' }} />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="audienceOrgIds" label={t(m.audienceOrgs)} extra={t(m.audienceOrgsHelp)}>
              <OrgMultiSelect />
            </Form.Item>
            <Form.Item name="audienceRoles" label={t(m.audienceRoles)} extra={t(m.audienceRolesHelp)}>
              <Select mode="multiple" allowClear options={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="description" label={t(m.description)} rules={[{ max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        {!editing && (
          <Form.Item name="publish" label={t(m.publishNow)} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
