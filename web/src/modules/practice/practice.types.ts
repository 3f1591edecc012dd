export type ProjectStatus = 'open' | 'closed';
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved';

export interface Project {
  id: number;
  title: string;
  description: string;
  orgId: number;
  orgName: string;
  status: ProjectStatus;
  startsOn: string | null;
  endsOn: string | null;
  memberCount: number;
  reportCount: number;
  createdAt: string;
  /** Member view only. */
  joined?: boolean;
}

export interface ProjectMember {
  personId: number;
  name: string;
  orgName: string;
  joinedAt: string;
}

export interface Report {
  id: number;
  title: string;
  status: ReportStatus;
  personId: number;
  authorName: string;
  orgId: number;
  orgName: string;
  projectId: number | null;
  projectTitle: string | null;
  reviewComment: string | null;
  reviewedAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  contentId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface Attachment {
  id: number;
  mime: string;
  size: number;
  originalName: string;
  createdAt: string;
  url: string;
}

export interface ReportDetail extends Report {
  body: string;
  attachments: Attachment[];
}

export interface OrgCount {
  orgId: number;
  orgName: string;
  submitted: number;
  approved: number;
}
