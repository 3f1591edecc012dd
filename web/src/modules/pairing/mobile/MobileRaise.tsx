import { Card, Result } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey } from '../pairing.api.js';
import { ConcernForm } from './ConcernForm.js';

/** The entrepreneur raises a concern of their own. */
export function MobileRaise() {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <>
      <MobileBar title={t(m.raise)} back="/m/entrepreneur" />
      <div className="vg-m-page" data-testid="m-raise">
        <ConcernForm send={pairingApi.raise} onDone={() => nav('/m/entrepreneur/concerns')} />
      </div>
    </>
  );
}

/** The cadre raises one on behalf of the entrepreneur of an active pair of theirs. */
export function MobileRaiseForPair() {
  const { t } = useI18n();
  const nav = useNavigate();
  const pairId = Number(useParams().id);
  const pairs = useQuery({ queryKey: [...pairingKey, 'my-pairs'], queryFn: pairingApi.myPairs });
  const pair = pairs.data?.items.find((p) => p.id === pairId);
  return (
    <>
      <MobileBar title={t(m.raiseFor)} back="/m/pairing" />
      <div className="vg-m-page" data-testid="m-raise-for">
        {pairs.isLoading ? (
          <Loading />
        ) : !pair ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={pairs.error ? errorText(pairs.error) : t(m.noMyPairs)} />
          </Card>
        ) : (
          <>
            <Card size="small" variant="borderless">
              <strong>{pair.entrepreneurName}</strong> · {pair.company}
            </Card>
            <ConcernForm send={(body) => pairingApi.raiseForPair(pair.id, body)} onDone={() => nav('/m/pairing/followed')} />
          </>
        )}
      </div>
    </>
  );
}
