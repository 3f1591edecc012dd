import { List, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { fmtTime } from '../usePairing.js';
import { outputColor, rText as m } from './messages.js';
import type { Meeting, Output } from './research.api.js';

/** A review state as a tag; a returned output says why on hover and below. */
export function OutputState({ o }: { o: Output }) {
  const { t } = useI18n();
  return (
    <Tag color={outputColor[o.status]} title={o.reviewNote ?? ''} data-testid={`output-state-${o.id}`}>
      {t(m.outputStatus[o.status])}
    </Tag>
  );
}

/** One meeting: when, what, its notes and the activity it runs in. */
export function MeetingItem({ x, linkActivity }: { x: Meeting; linkActivity?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <List.Item data-testid={`meeting-${x.id}`}>
      <List.Item.Meta
        title={x.title}
        description={
          <>
            <div>{fmtTime(x.heldAt, lang)}</div>
            {x.activityId && (
              <div>
                {t(m.activity)}{t(punct.colon)}{linkActivity ? <Link to={`/activities/${x.activityId}`}>{x.activityTitle}</Link> : x.activityTitle}
              </div>
            )}
            {x.notes && <div style={{ whiteSpace: 'pre-wrap', color: '#333' }}>{x.notes}</div>}
          </>
        }
      />
    </List.Item>
  );
}
