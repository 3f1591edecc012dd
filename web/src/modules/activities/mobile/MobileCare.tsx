import MobileActivities from './MobileActivities.js';

/** 关心关爱 on the phone: health lectures, sports events and check-ups (送健康进机关) to sign up for, and the member's own. */
export default function MobileCare() {
  return <MobileActivities categoryCode="care" title={{ zh: '关心关爱·送健康进机关', en: 'Care: health events' }} />;
}
