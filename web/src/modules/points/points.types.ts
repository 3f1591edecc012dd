export interface PointsRule {
  code: string;
  name: string;
  eventType: string;
  points: number;
  dailyCap: number | null;
  active: boolean;
  note: string | null;
  updatedAt: string;
}

export interface MyPoints {
  balance: number;
  items: { at: string; ruleCode: string; ruleName: string; points: number; note: string | null }[];
  total: number;
}

export interface OrgRanking {
  parentId: number;
  items: { orgId: number; name: string; points: number; members: number; perCapita: number }[];
}

export interface PeopleRanking {
  orgId: number;
  enabled: boolean;
  items: { personId: number; name: string; points: number; rank: number }[];
}
