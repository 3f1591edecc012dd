/** What other modules may use of practice. */
export { practiceGrowth } from './practice.growth.js';
