import { lazy } from 'react';
import { AuditOutlined, BulbOutlined, ContactsOutlined, ExperimentOutlined, FormOutlined, IdcardOutlined, MessageOutlined, ProfileOutlined, ReadOutlined, ShakeOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const EntrepreneursPage = lazy(() => import('./EntrepreneursPage.js'));
const ReviewQueuePage = lazy(() => import('./ReviewQueuePage.js'));
const PairsPage = lazy(() => import('./PairsPage.js'));
const ConcernsBoard = lazy(() => import('./ConcernsBoard.js'));
const JoinPage = lazy(() => import('./JoinPage.js'));
const MobileMyPairs = lazy(() => import('./mobile/MobileMyPairs.js'));
const MobileLogContact = lazy(() => import('./mobile/MobileLogContact.js'));
const MobileFollowed = lazy(() => import('./mobile/MobileFollowed.js'));
const MobileEntrepreneur = lazy(() => import('./mobile/MobileEntrepreneur.js'));
const MobileMyConcerns = lazy(() => import('./mobile/MobileMyConcerns.js'));
const MobileRaise = lazy(() => import('./mobile/MobileRaise.js').then((x) => ({ default: x.MobileRaise })));
const TopicsPage = lazy(() => import('./research/TopicsPage.js'));
const OutputsQueuePage = lazy(() => import('./research/OutputsQueuePage.js'));
const TopicDetailPage = lazy(() => import('./research/TopicDetailPage.js'));
const CoStudyPage = lazy(() => import('./costudy/CoStudyPage.js'));
const MobileMyTopics = lazy(() => import('./mobile/MobileMyTopics.js'));
const MobileTopic = lazy(() => import('./mobile/MobileTopic.js'));
const MobileCoStudy = lazy(() => import('./mobile/MobileCoStudy.js'));
const MobileRaiseForPair = lazy(() => import('./mobile/MobileRaise.js').then((x) => ({ default: x.MobileRaiseForPair })));

/** 青创π / 两青共进: the entrepreneur directory and review, pairs, concerns, research topics, co-study; the cadre's and the entrepreneur's phone pages; the public registration. */
export const pairingModule: WebModule = {
  name: 'pairing',
  menu: [
    { path: '/pairing/entrepreneurs', group: 'carriers', order: 70, icon: <IdcardOutlined />, permission: 'pairing.read', label: { zh: '青创π·企业家名录', en: 'Pairing: entrepreneurs' } },
    { path: '/pairing/review', group: 'carriers', order: 71, icon: <AuditOutlined />, permission: 'pairing.manage', label: { zh: '青创π·登记审核', en: 'Pairing: review' } },
    { path: '/pairing/pairs', group: 'carriers', order: 72, icon: <ContactsOutlined />, permission: 'pairing.read', label: { zh: '青创π·结对管理', en: 'Pairing: pairs' } },
    { path: '/pairing/concerns', group: 'carriers', order: 73, icon: <BulbOutlined />, permission: 'pairing.read', label: { zh: '青创π·急难愁盼', en: 'Pairing: concerns' } },
    { path: '/pairing/research', group: 'carriers', order: 74, icon: <ExperimentOutlined />, permission: 'pairing.read', label: { zh: '青创π·共研课题', en: 'Pairing: research' } },
    { path: '/pairing/research/outputs', group: 'carriers', order: 75, icon: <AuditOutlined />, permission: 'pairing.manage', label: { zh: '青创π·成果审核', en: 'Pairing: output review' } },
    { path: '/pairing/co-study', group: 'carriers', order: 76, icon: <ReadOutlined />, permission: 'pairing.read', label: { zh: '青创π·共学活动', en: 'Pairing: co-study' } },
  ],
  routes: [
    { path: 'pairing/entrepreneurs', permission: 'pairing.read', element: <EntrepreneursPage /> },
    { path: 'pairing/review', permission: 'pairing.manage', element: <ReviewQueuePage /> },
    { path: 'pairing/pairs', permission: 'pairing.read', element: <PairsPage /> },
    { path: 'pairing/concerns', permission: 'pairing.read', element: <ConcernsBoard /> },
    { path: 'pairing/research', permission: 'pairing.read', element: <TopicsPage /> },
    { path: 'pairing/research/outputs', permission: 'pairing.read', element: <OutputsQueuePage /> },
    { path: 'pairing/research/:id', permission: 'pairing.read', element: <TopicDetailPage /> },
    { path: 'pairing/co-study', permission: 'pairing.read', element: <CoStudyPage /> },
  ],
  mobileRoutes: [
    { path: 'pairing', permission: 'pairing.cadre', element: <MobileMyPairs /> },
    { path: 'pairing/pairs/:id/contact', permission: 'pairing.cadre', element: <MobileLogContact /> },
    { path: 'pairing/pairs/:id/concern', permission: 'pairing.cadre', element: <MobileRaiseForPair /> },
    { path: 'pairing/followed', permission: 'pairing.cadre', element: <MobileFollowed /> },
    { path: 'pairing/research', permission: 'pairing.cadre', element: <MobileMyTopics side="cadre" /> },
    { path: 'pairing/research/:id', permission: 'pairing.cadre', element: <MobileTopic side="cadre" /> },
    { path: 'entrepreneur', permission: 'pairing.entrepreneur', element: <MobileEntrepreneur /> },
    { path: 'entrepreneur/raise', permission: 'pairing.entrepreneur', element: <MobileRaise /> },
    { path: 'entrepreneur/concerns', permission: 'pairing.entrepreneur', element: <MobileMyConcerns /> },
    { path: 'entrepreneur/research', permission: 'pairing.entrepreneur', element: <MobileMyTopics side="entrepreneur" /> },
    { path: 'entrepreneur/research/:id', permission: 'pairing.entrepreneur', element: <MobileTopic side="entrepreneur" /> },
    { path: 'entrepreneur/co-study', permission: 'pairing.entrepreneur', element: <MobileCoStudy /> },
  ],
  mobileLinks: [
    { path: '/m/pairing', order: 50, icon: <ShakeOutlined />, permission: 'pairing.cadre', label: { zh: '我的企业家', en: 'My entrepreneurs' } },
    { path: '/m/pairing/followed', order: 51, icon: <MessageOutlined />, permission: 'pairing.cadre', label: { zh: '跟进诉求', en: 'Followed concerns' } },
    { path: '/m/pairing/research', order: 52, icon: <ExperimentOutlined />, permission: 'pairing.cadre', label: { zh: '我的课题', en: 'My topics' } },
    { path: '/m/entrepreneur', order: 50, icon: <IdcardOutlined />, permission: 'pairing.entrepreneur', label: { zh: '青创π', en: 'Two Youths' } },
    { path: '/m/entrepreneur/raise', order: 51, icon: <FormOutlined />, permission: 'pairing.entrepreneur', label: { zh: '提出诉求', en: 'Raise a concern' } },
    { path: '/m/entrepreneur/concerns', order: 52, icon: <ProfileOutlined />, permission: 'pairing.entrepreneur', label: { zh: '我的诉求', en: 'My concerns' } },
    { path: '/m/entrepreneur/co-study', order: 53, icon: <ReadOutlined />, permission: 'pairing.entrepreneur', label: { zh: '共学活动', en: 'Co-study' } },
    { path: '/m/entrepreneur/research', order: 54, icon: <ExperimentOutlined />, permission: 'pairing.entrepreneur', label: { zh: '我的课题', en: 'My topics' } },
  ],
  publicRoutes: [{ path: '/join/entrepreneur', element: <JoinPage /> }],
};
