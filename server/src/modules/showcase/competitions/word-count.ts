// The count is shared with the submission page (live counts while drafting).
export { countChars } from '../../../../../common/word-count.js';
