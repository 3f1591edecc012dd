import { Alert, Tag, Tooltip } from 'antd';
import { useI18n } from './i18n.js';

/** Where a programme an admin sees comes from (the API's ProgrammeOrigin). */
export type Origin = 'own' | 'city' | 'above';

const texts = {
  city: { zh: '市级', en: 'City-wide' },
  above: { zh: '上级', en: 'From above' },
  hint: { zh: '上级组织开展，本组织人员参与：只读，名单与统计仅含本组织人员', en: 'Organised higher up with your people taking part: read-only, lists and figures cover your people only' },
};

/** 市级 / 上级 beside a programme organised above the caller (read-only for them); nothing for their own. */
export function OriginTag({ origin }: { origin: Origin | undefined }) {
  const { t } = useI18n();
  if (!origin || origin === 'own') return null;
  return (
    <Tooltip title={t(texts.hint)}>
      <Tag color="gold" data-testid="origin-tag" style={{ marginInline: 4 }}>
        {t(texts[origin])}
      </Tag>
    </Tooltip>
  );
}

/** The note on a programme's page when it is organised above: read-only, own people only. */
export function OriginNote({ origin }: { origin: Origin | undefined }) {
  const { t } = useI18n();
  if (!origin || origin === 'own') return null;
  return <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="origin-note" message={<>{t(texts[origin])} · {t(texts.hint)}</>} />;
}
