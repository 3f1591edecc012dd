import type { QueryClient } from '@tanstack/react-query';
import { memberHomePath } from '../../../../common/member-home.js';
import { unreadCountQuery } from '../../kernel/inbox.js';
import { myFiguresQuery } from '../cockpit/MyFiguresCard.js';
import { myPointsQuery, myTodayQuery } from './usePoints.js';

/** The phone home (/m) opened directly: ask for everything it shows at once, before it renders (main.tsx). */
export const isMobileHome = (path: string) => memberHomePath.test(path);

/**
 * The same queries the home's panels run (MobileHome, TodayTasks, MyFiguresCard, the inbox bell), started together.
 * The server names their addresses in the page (common/member-home.ts), so their answers are normally on the way.
 */
export async function prefetchMobileHome(qc: QueryClient): Promise<void> {
  await Promise.all([qc.prefetchQuery(myPointsQuery(1, 5)), qc.prefetchQuery(myTodayQuery), qc.prefetchQuery(myFiguresQuery), qc.prefetchQuery(unreadCountQuery)]);
}
