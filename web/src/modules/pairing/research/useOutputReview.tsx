import { useState } from 'react';
import { Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { ReasonDialog } from '../../community/ReasonDialog.js';
import { confirmStep } from './confirm.js';
import { rText as m } from './messages.js';
import { OutputDialog } from './OutputDialog.js';
import { researchApi, researchKey, type Output } from './research.api.js';

const editable = (o: Output) => o.status === 'draft' || o.status === 'returned';

/**
 * The admin's steps on an output, as a row's links: edit and submit (with its authors), approve or return with a note
 * (submitted), publish (approved), read once published; plus the dialogs they open (render `dialogs` once).
 */
export function useOutputReview(manage: boolean) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<Output | null>(null);
  const [returning, setReturning] = useState<Output | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: researchKey });
  const step = (o: Output, title: string, content: string, done: string, run: () => Promise<unknown>) =>
    confirmStep({ title: `${title} · ${o.title}`, content, okText: title, done, run: async () => (await run(), await refresh()) });
  const actions = (o: Output) => (
    <Space size="small" wrap>
      {o.status === 'published' && o.contentId && (
        <Link to={`/content/${o.contentId}`} data-testid={`read-${o.id}`}>
          {t(m.readPublished)}
        </Link>
      )}
      {manage && editable(o) && <a onClick={() => setEditing(o)}>{t(common.edit)}</a>}
      {manage && editable(o) && (
        <a data-testid={`submit-${o.id}`} onClick={() => step(o, t(m.submit), t(m.submitConfirm), t(m.submittedDone), () => researchApi.submit(o.id))}>
          {t(m.submit)}
        </a>
      )}
      {manage && o.status === 'submitted' && (
        <>
          <a data-testid={`approve-${o.id}`} onClick={() => step(o, t(m.approve), t(m.approveConfirm), t(m.approvedDone), () => researchApi.approve(o.id))}>
            {t(m.approve)}
          </a>
          <a style={{ color: '#c8161d' }} data-testid={`return-${o.id}`} onClick={() => setReturning(o)}>
            {t(m.return)}
          </a>
        </>
      )}
      {manage && o.status === 'approved' && (
        <a data-testid={`publish-${o.id}`} onClick={() => step(o, t(m.publish), t(m.publishConfirm), t(m.publishedDone), () => researchApi.publish(o.id))}>
          {t(m.publish)}
        </a>
      )}
    </Space>
  );
  const dialogs = (
    <>
      <OutputDialog open={!!editing} output={editing} onClose={() => setEditing(null)} invalidate={researchKey} save={(v) => researchApi.updateOutput(editing!.id, v)} />
      <ReasonDialog
        open={!!returning}
        title={`${t(m.returnTitle)} · ${returning?.title ?? ''}`}
        message={t(m.returnMessage)}
        onClose={() => setReturning(null)}
        onSubmit={async (note) => {
          await researchApi.returnOutput(returning!.id, note);
          showSuccess(t(m.returnedDone));
          await refresh();
        }}
      />
    </>
  );
  return { actions, dialogs };
}
