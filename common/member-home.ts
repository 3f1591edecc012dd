/** The member's phone home: /m (the page a member's phone opens on). */
export const memberHomePath = /^\/m\/?$/;

/**
 * What the phone home reads as it opens (its panels' queries: points, today's tasks, my figures, unread messages),
 * exactly as the web client asks for them (web/src/modules/me/prefetch.ts). The server names them in the page
 * after its scripts, so a phone asks for them while the scripts download rather than after they have run; the app's
 * own requests then take these answers.
 */
export const memberHomeReads = ['/api/v1/points/me?page=1&pageSize=5', '/api/v1/points/my/today', '/api/v1/figures/me', '/api/v1/notifications?unread=true&pageSize=1'];
