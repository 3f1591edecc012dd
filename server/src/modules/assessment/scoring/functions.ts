// The scoring rules live in common/ so that the system editor's preview uses the very same code.
export * from '../../../../../common/assessment-scoring.js';
