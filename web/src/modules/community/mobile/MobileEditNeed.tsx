import { useEffect } from 'react';
import { Alert, Button, Card, Form } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading, NotFound } from '../../../kernel/ui.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey } from '../community.api.js';
import { cText as m } from '../messages.js';
import { NeedFields, needValuesOf, useEditNeed, type NeedValues } from '../NeedForm.js';

/** Community staff change an open need from the phone. */
export default function MobileEditNeed() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const nav = useNavigate();
  const [form] = Form.useForm<NeedValues>();
  const need = useQuery({ queryKey: [...communityKey, 'need', id], queryFn: () => communityApi.need(id), enabled: id > 0 });
  const edit = useEditNeed(form, need.data, () => nav('/m/community/staff-needs'));
  useEffect(() => {
    if (need.data) form.setFieldsValue(needValuesOf(need.data));
  }, [need.data, form]);
  return (
    <>
      <MobileBar title={t(m.editNeed)} />
      <div className="vg-m-page">
        {need.isLoading ? (
          <Loading />
        ) : !need.data ? (
          <NotFound />
        ) : need.data.status !== 'open' ? (
          <Alert type="info" showIcon title={t(m.editOnlyOpen)} />
        ) : (
          <Card size="small" variant="borderless">
            <Form form={form} layout="vertical" initialValues={needValuesOf(need.data)} onFinish={(v) => edit.mutate(v)} data-testid="m-edit-need-form">
              <NeedFields form={form} editing />
              <Button block type="primary" htmlType="submit" size="large" loading={edit.isPending} data-testid="m-edit-need-submit">
                {t(m.needSaveButton)}
              </Button>
            </Form>
          </Card>
        )}
      </div>
    </>
  );
}
