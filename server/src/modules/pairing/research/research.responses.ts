import { z } from 'zod';
import { dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { outputKinds, outputStatuses, participantRoles, participantSides, topicStatuses } from '../pairing.schema.js';

const topicExample = {
  id: 3,
  title: '低空经济应用场景开放研究',
  field: 'low_altitude',
  fieldName: '低空经济',
  description: '梳理全市低空物流、巡检场景需求',
  orgId: 12,
  orgName: '市发展改革委机关党委',
  status: 'active',
  startedOn: '2026-03-01',
  endedOn: null,
  createdAt: '2026-02-27T02:00:00.000Z',
  cadreCount: 3,
  entrepreneurCount: 2,
  meetingCount: 1,
  outputCount: 2,
  publishedCount: 1,
};

/** 共研课题: a frontier research topic with its participants' and outputs' counts. */
export const topicOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    field: z.string(),
    fieldName: z.string(),
    description: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    status: z.enum(topicStatuses),
    startedOn: dayOut,
    endedOn: dayOut.nullable(),
    createdAt: instantOut,
    cadreCount: z.number().int().meta({ description: '在组干部人数 · cadres currently on it' }),
    entrepreneurCount: z.number().int().meta({ description: '在组企业家人数 · entrepreneurs currently on it' }),
    meetingCount: z.number().int(),
    outputCount: z.number().int(),
    publishedCount: z.number().int(),
  })
  .meta({ id: 'PairingResearchTopic', example: topicExample });
export const topicPage = pageOf(topicOut);

export const participantOut = z
  .object({
    id: z.number().int(),
    topicId: z.number().int(),
    side: z.enum(participantSides),
    personId: z.number().int().nullable(),
    entrepreneurId: z.number().int().nullable(),
    name: z.string(),
    /** The cadre's organisation or the entrepreneur's company. */
    affiliation: z.string(),
    role: z.enum(participantRoles),
    joinedAt: instantOut,
    leftAt: instantOut.nullable(),
  })
  .meta({ id: 'PairingResearchParticipant' });
export const participantList = z.object({ items: z.array(participantOut) });

/** A participant's own view of a topic: the topic, their place in it, the group. */
export const myTopicOut = topicOut
  .extend({ mySide: z.enum(participantSides), myRole: z.enum(participantRoles), myLeftAt: instantOut.nullable() })
  .meta({ id: 'PairingMyResearchTopic' });
export const myTopicPage = pageOf(myTopicOut);
export const topicDetailOut = z.object({ topic: topicOut, participants: z.array(participantOut) }).meta({ id: 'PairingResearchTopicDetail' });
export const myTopicDetailOut = z.object({ topic: myTopicOut, participants: z.array(participantOut) }).meta({ id: 'PairingMyResearchTopicDetail' });

export const meetingOut = z
  .object({
    id: z.number().int(),
    topicId: z.number().int(),
    title: z.string(),
    heldAt: instantOut,
    activityId: z.number().int().nullable(),
    activityTitle: z.string().nullable(),
    notes: z.string(),
    createdAt: instantOut,
  })
  .meta({ id: 'PairingResearchMeeting' });
export const meetingPage = pageOf(meetingOut);

export const outputOut = z
  .object({
    id: z.number().int(),
    topicId: z.number().int(),
    topicTitle: z.string(),
    field: z.string(),
    kind: z.enum(outputKinds),
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    status: z.enum(outputStatuses),
    contentId: z.number().int().nullable().meta({ description: '发布后的内容条目（学习内容中可读）· the content item it was published as' }),
    file: z
      .object({ kind: z.enum(['pdf', 'docx', 'png', 'jpeg', 'webp', 'gif']), mime: z.string() })
      .nullable()
      .meta({ description: '成果文件（在读者自己的地址 …/outputs/:id/file 下载）· the attached file, downloaded at the reader\'s own …/outputs/:id/file' }),
    createdByName: z.string().nullable(),
    createdAt: instantOut,
    submittedAt: instantOut.nullable(),
    reviewedAt: instantOut.nullable(),
    reviewNote: z.string().nullable(),
    publishedAt: instantOut.nullable(),
  })
  .meta({ id: 'PairingResearchOutput' });
export const outputPage = pageOf(outputOut);
