/** What other modules may use of contests. */
export { contestsGrowth } from './contests.growth.js';
