import { Button, Card, Result } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey } from '../pairing.api.js';
import { ConcernCard } from './ConcernCard.js';
import { RateForm } from './RateForm.js';

/** 我的诉求: the entrepreneur's concerns with their progress and answers; an answered one waits for their rating. */
export default function MobileMyConcerns() {
  const { t } = useI18n();
  const list = useQuery({ queryKey: [...pairingKey, 'my-concerns'], queryFn: pairingApi.myConcerns });
  return (
    <>
      <MobileBar title={t(m.myConcerns)} back="/m/entrepreneur" />
      <div className="vg-m-page" data-testid="m-my-concerns">
        <Link to="/m/entrepreneur/raise">
          <Button type="primary" block icon={<PlusOutlined />}>
            {t(m.raise)}
          </Button>
        </Link>
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(list.error)} />
          </Card>
        ) : list.data?.items.length ? (
          list.data.items.map((c) => (
            <ConcernCard key={c.demandId} c={c}>
              {c.canRate && <RateForm demandId={c.demandId} />}
            </ConcernCard>
          ))
        ) : (
          <Card variant="borderless">
            <EmptyState description={t(m.noConcerns)} />
          </Card>
        )}
      </div>
    </>
  );
}
