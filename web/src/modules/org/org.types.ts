export type OrgKind = 'committee' | 'party_committee' | 'general_branch' | 'branch';

export interface OrgNode {
  id: number;
  parentId: number | null;
  name: string;
  kind: OrgKind;
  path: string;
  /** People attached directly to this organisation. */
  personCount: number;
  childCount: number;
}

export interface OrgDetail {
  id: number;
  parentId: number | null;
  name: string;
  kind: OrgKind;
  path: string;
  personalLeaderboard: boolean;
  /** People in the whole subtree. */
  personCount: number;
  childCount: number;
  ancestors: { id: number; name: string }[];
}

export interface Person {
  id: number;
  name: string;
  gender: '男' | '女';
  ethnicity: string;
  birthDate: string;
  age: number;
  idNumber: string;
  phone: string | null;
  partyStatus: string;
  joinDate: string | null;
  unit: string | null;
  position: string | null;
  education: string | null;
  orgId: number;
  orgName: string;
}

export interface AccountRole {
  id: number;
  role: string;
  orgId: number;
  orgName: string;
}

export interface Account {
  id: number;
  username: string;
  displayName: string;
  personId: number | null;
  locked: boolean;
  mustChangePassword: boolean;
  roles: AccountRole[];
}

export interface RowError {
  row: number;
  field: string;
  value: string;
  message: string;
}

export interface ImportResult {
  ok: boolean;
  mode: 'validate' | 'apply';
  total: number;
  imported: number;
  errors: RowError[];
  errorReportId: string | null;
}
