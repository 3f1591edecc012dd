import { Result } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { assessmentApi, assessmentKey } from '../assessment.api.js';
import { asText as m } from '../messages.js';
import { GrowthView } from '../GrowthView.js';

/** 我的成长档案 on the phone. */
export default function MobileGrowth() {
  const { t } = useI18n();
  const growth = useQuery({ queryKey: [...assessmentKey, 'growth', 'me'], queryFn: () => assessmentApi.myGrowth() });
  return (
    <>
      <MobileBar title={t(m.myGrowth)} />
      <div className="vg-m-page">{growth.isLoading ? <Loading /> : growth.error || !growth.data ? <Result status="warning" subTitle={errorText(growth.error)} /> : <GrowthView growth={growth.data} mobile />}</div>
    </>
  );
}
