/** What other modules may use of community. */
export { communityGrowth } from './community.growth.js';
