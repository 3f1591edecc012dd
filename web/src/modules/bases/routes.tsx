import { lazy } from 'react';
import { AuditOutlined, BankOutlined, BookOutlined, FlagOutlined, ReadOutlined, TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const VenuesPage = lazy(() => import('./VenuesPage.js'));
const VenueDetailPage = lazy(() => import('./VenueDetailPage.js'));
const BookingQueuePage = lazy(() => import('./BookingQueuePage.js'));
const ProjectsPage = lazy(() => import('./ProjectsPage.js'));
const BrandsPage = lazy(() => import('./BrandsPage.js'));
const MobileBooking = lazy(() => import('./MobileBooking.js'));
const ReadingPage = lazy(() => import('./reading/ReadingPage.js'));
const MobileReading = lazy(() => import('./reading/MobileReading.js'));
const MobileReadingBook = lazy(() => import('./reading/MobileReadingBook.js'));

/** 阵地矩阵: venues with their booking calendar and form (and on the phone), the approval queue, 第一粒扣子 projects, brands, 读书分享会. */
export const basesModule: WebModule = {
  name: 'bases',
  menu: [
    { path: '/bases/venues', group: 'carriers', order: 80, icon: <BankOutlined />, permission: 'bases.read', label: { zh: '阵地矩阵', en: 'Venues' } },
    { path: '/bases/queue', group: 'carriers', order: 81, icon: <AuditOutlined />, permission: 'bases.manage', label: { zh: '阵地预约审批', en: 'Booking requests' } },
    { path: '/bases/projects', group: 'carriers', order: 82, icon: <FlagOutlined />, permission: 'bases.read', label: { zh: '党建“第一粒扣子”', en: '“First button” projects' } },
    { path: '/bases/brands', group: 'carriers', order: 83, icon: <TrophyOutlined />, permission: 'bases.read', label: { zh: '党建品牌', en: 'Brands' } },
    { path: '/bases/reading', group: 'mechanisms', order: 59, icon: <ReadOutlined />, permission: 'bases.reading_manage', label: { zh: '读书分享会', en: 'Reading-sharing' } },
  ],
  routes: [
    { path: 'bases/venues', permission: 'bases.read', element: <VenuesPage /> },
    { path: 'bases/venues/:id', permission: 'bases.read', element: <VenueDetailPage /> },
    { path: 'bases/queue', permission: 'bases.manage', element: <BookingQueuePage /> },
    { path: 'bases/projects', permission: 'bases.read', element: <ProjectsPage /> },
    { path: 'bases/brands', permission: 'bases.read', element: <BrandsPage /> },
    { path: 'bases/reading', permission: 'bases.reading_manage', element: <ReadingPage /> },
  ],
  mobileRoutes: [
    { path: 'book', permission: 'bases.book', element: <MobileBooking /> },
    { path: 'reading', permission: 'bases.reading_join', element: <MobileReading /> },
    { path: 'reading/:id', permission: 'bases.reading_join', element: <MobileReadingBook /> },
  ],
  mobileLinks: [
    { path: '/m/book', order: 40, icon: <BankOutlined />, permission: 'bases.book', label: { zh: '阵地预约', en: 'Book a venue' } },
    { path: '/m/reading', order: 41, icon: <BookOutlined />, permission: 'bases.reading_join', label: { zh: '读书分享', en: 'Reading' } },
  ],
};
