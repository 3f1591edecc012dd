import { Card, Result } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey } from '../pairing.api.js';
import { ConcernCard } from './ConcernCard.js';

/** 跟进诉求: the concerns of the cadre's entrepreneurs (raised by either of them) and where each stands. */
export default function MobileFollowed() {
  const { t } = useI18n();
  const list = useQuery({ queryKey: [...pairingKey, 'followed'], queryFn: pairingApi.followedConcerns });
  return (
    <>
      <MobileBar title={t(m.followed)} back="/m/pairing" />
      <div className="vg-m-page" data-testid="m-followed">
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(list.error)} />
          </Card>
        ) : list.data?.items.length ? (
          list.data.items.map((c) => <ConcernCard key={c.demandId} c={c} showWho />)
        ) : (
          <Card variant="borderless">
            <EmptyState description={t(m.noFollowed)} />
          </Card>
        )}
      </div>
    </>
  );
}
