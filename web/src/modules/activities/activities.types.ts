export type ActivityStatus = 'draft' | 'published' | 'cancelled';

export interface Activity {
  id: number;
  typeCode: string;
  typeName: string;
  categoryCode: string;
  categoryName: string;
  title: string;
  description: string;
  orgId: number;
  orgName: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  signupOpensAt: string | null;
  signupClosesAt: string | null;
  status: ActivityStatus;
  confirmedCount: number;
  waitlistCount: number;
  attendedCount: number;
  summary?: string | null;
}

/** A participant's row: the activity plus their own sign-up and check-in. */
export interface MyActivity extends Activity {
  mySignup: 'confirmed' | 'waitlisted' | 'cancelled' | null;
  myCheckedInAt: string | null;
}

export interface ActivityType {
  code: string;
  name: string;
  nameEn: string;
  categoryCode: string;
  countsServiceHours: boolean;
}

export interface ActivityCategory {
  code: string;
  name: string;
  nameEn: string;
}

export interface Signup {
  personId: number;
  name: string;
  orgName: string;
  status: 'confirmed' | 'waitlisted';
  createdAt: string;
}

export interface Attendance {
  personId: number;
  name: string;
  orgName: string;
  method: 'qr' | 'code' | 'manual';
  checkedInAt: string;
  checkedOutAt: string | null;
  serviceHours: string | null;
  signup: string | null;
}

export interface Photo {
  id: number;
  caption: string;
  createdAt: string;
  url: string;
}

export interface CheckinToken {
  token: string;
  shortCode: string;
  expiresAt: string;
}

export interface CheckinResult {
  activityId: number;
  created: boolean;
  checkedInAt: string;
  activity: { id: number; title: string; type_code: string };
}

export interface SignupResult {
  status: 'confirmed' | 'waitlisted';
  position: number | null;
  created: boolean;
}
