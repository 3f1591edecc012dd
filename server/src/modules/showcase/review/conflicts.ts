/**
 * Automatic conflicts of interest, on organisation paths ('/1/5/23/'). A reviewer may not review a case when
 * - the case comes from the reviewer's own organisation, from its parent, or from one below it (one path is a
 *   prefix of the other: same organisation, parent, child), or from the same agency (机关党委, depth 2 under the
 *   committee) — colleagues of one agency review each other's cases never;
 * - the reviewer declared a relation with an organisation and the case comes from its subtree.
 * A reviewer without an affiliation in the tree (outside experts) has only declared conflicts.
 */
export interface ReviewerConflictFacts {
  affiliationPath: string | null;
  declaredPaths: readonly string[];
}

/** '/1/5/23/' → '/1/5/' (the agency level), or null at the committee root. */
export function agencyPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 2 ? `/${parts[0]}/${parts[1]}/` : null;
}

export function conflictReason(reviewer: ReviewerConflictFacts, casePath: string): 'same_org' | 'parent_org' | 'same_agency' | 'declared' | null {
  const a = reviewer.affiliationPath;
  if (a) {
    if (a === casePath) return 'same_org';
    // The committee itself sits above every case: only its own cases conflict.
    if (a.split('/').filter(Boolean).length < 2) return reviewer.declaredPaths.some((p) => casePath.startsWith(p)) ? 'declared' : null;
    if (casePath.startsWith(a) || a.startsWith(casePath)) return 'parent_org';
    const agency = agencyPath(a);
    if (agency && agency === agencyPath(casePath)) return 'same_agency';
  }
  if (reviewer.declaredPaths.some((p) => casePath.startsWith(p))) return 'declared';
  return null;
}
