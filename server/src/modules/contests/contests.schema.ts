import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const entrantKinds = ['individual', 'team'] as const;
export const roundKinds = ['async', 'live'] as const;
/** Live: draft → lobby → question ⇄ reveal (⇄ paused) → ended. Async: draft → open → ended. */
export const roundPhases = ['draft', 'lobby', 'question', 'reveal', 'paused', 'open', 'ended'] as const;
export type RoundPhase = (typeof roundPhases)[number];

/** A contest (知识挑战赛): question source, scoring and award rules; it is played in rounds. */
export const contests = pgTable(
  'contests',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** { kind: 'fixed', questionIds } | { kind: 'draw', tags, minDifficulty, maxDifficulty, count } */
    questionSource: jsonb('question_source').notNull(),
    entrantKind: text('entrant_kind', { enum: entrantKinds }).notNull().default('individual'),
    /** { correctPoints, speedBonusMax, teamScore: 'sum' | 'average' } */
    scoring: jsonb('scoring').notNull(),
    /** { kind: 'ratio', gold, silver, bronze } | { kind: 'count', gold, silver, bronze } */
    awardRule: jsonb('award_rule').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contests_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/**
 * Teams (agencies, branches, squads): an organisation subtree and/or an explicit roster, or a
 * youth vanguard squad (`squad_id`, a squads module id; its roster is the squad's active members).
 */
export const contestTeams = pgTable(
  'contest_teams',
  {
    id: serial('id').primaryKey(),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    name: text('name').notNull(),
    orgId: integer('org_id'),
    orgPath: text('org_path'),
    roster: integer('roster').array().notNull().default([]),
    squadId: integer('squad_id'),
  },
  (t) => [index('contest_teams_contest_idx').on(t.contestId), index('contest_teams_squad_idx').on(t.squadId)],
);

/**
 * A round and, for a live one, its whole state: phase, current question, when it
 * started and its deadline. A restarted process rebuilds a live round from this row.
 */
export const contestRounds = pgTable(
  'contest_rounds',
  {
    id: serial('id').primaryKey(),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: roundKinds }).notNull(),
    /** 6-digit join code of a live round. */
    code: text('code'),
    questionIds: integer('question_ids').array().notNull(),
    secondsPerQuestion: integer('seconds_per_question').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    phase: text('phase', { enum: roundPhases }).notNull().default('draft'),
    currentIndex: integer('current_index').notNull().default(-1),
    questionStartedAt: timestamp('question_started_at', { precision: 3, withTimezone: true }),
    questionDeadline: timestamp('question_deadline', { precision: 3, withTimezone: true }),
    pausedRemainingMs: integer('paused_remaining_ms'),
    pausedFrom: text('paused_from'),
    /** Seeds the per-player option shuffle, so a client cannot compute another's order. */
    shuffleSeed: integer('shuffle_seed').notNull(),
    version: integer('version').notNull().default(0),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('contest_rounds_contest_idx').on(t.contestId), uniqueIndex('contest_rounds_code_uq').on(t.code)],
);

export const contestPlayers = pgTable(
  'contest_players',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull().references(() => contestRounds.id),
    personId: integer('person_id').notNull(),
    name: text('name').notNull(),
    orgPath: text('org_path').notNull(),
    teamId: integer('team_id'),
    /** sha256 of the resume token handed to the phone. */
    tokenHash: text('token_hash').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contest_players_uq').on(t.roundId, t.personId), uniqueIndex('contest_players_token_uq').on(t.tokenHash)],
);

/**
 * Every acknowledged answer. The primary key is what makes "one answer per player per
 * question" hold across processes. Async rounds insert the row when the question is
 * served (answered_at null) and fill it in when answered.
 */
export const contestAnswers = pgTable(
  'contest_answers',
  {
    roundId: integer('round_id').notNull(),
    playerId: integer('player_id').notNull(),
    questionIndex: integer('question_index').notNull(),
    questionId: integer('question_id').notNull(),
    /** Canonical answer in the question's own option letters (mapped back from the player's shuffled order). */
    choice: text('choice').array(),
    correct: boolean('correct').notNull().default(false),
    timeMs: integer('time_ms'),
    graceMs: integer('grace_ms').notNull().default(0),
    points: integer('points').notNull().default(0),
    servedAt: timestamp('served_at', { precision: 3, withTimezone: true }),
    answeredAt: timestamp('answered_at', { precision: 3, withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.playerId, t.questionIndex] }), index('contest_answers_round_q_idx').on(t.roundId, t.questionIndex)],
);

export const awardTierNames = ['gold', 'silver', 'bronze'] as const;
export type AwardTier = (typeof awardTierNames)[number];

export const contestAwards = pgTable(
  'contest_awards',
  {
    id: serial('id').primaryKey(),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    roundId: integer('round_id').notNull().references(() => contestRounds.id),
    tier: text('tier', { enum: awardTierNames }).notNull(),
    rank: integer('rank').notNull(),
    score: integer('score').notNull(),
    playerId: integer('player_id'),
    personId: integer('person_id'),
    teamId: integer('team_id'),
    name: text('name').notNull(),
    certificateNo: text('certificate_no').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contest_awards_round_idx').on(t.roundId), index('contest_awards_person_idx').on(t.personId)],
);

/** 双人对战 (2 players) and 四人赛 (4 players): on-demand matches between members online at the same time. */
export const matchKinds = ['duel', 'four'] as const;
export type MatchKind = (typeof matchKinds)[number];

export const contestMatches = pgTable(
  'contest_matches',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: matchKinds }).notNull(),
    questionIds: integer('question_ids').array().notNull(),
    secondsPerQuestion: integer('seconds_per_question').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contest_matches_finished_idx').on(t.finishedAt)],
);

export const contestMatchPlayers = pgTable(
  'contest_match_players',
  {
    matchId: integer('match_id').notNull().references(() => contestMatches.id),
    personId: integer('person_id').notNull(),
    orgPath: text('org_path').notNull(),
    name: text('name').notNull(),
    place: integer('place').notNull(),
    score: integer('score').notNull(),
    correct: integer('correct').notNull(),
    answered: integer('answered').notNull(),
    timeMs: integer('time_ms').notNull(),
    /** Left before the end: the remaining questions earned nothing. */
    leftEarly: boolean('left_early').notNull().default(false),
    /** Shanghai calendar day of the match, for the daily count of a member's matches. */
    day: text('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.matchId, t.personId] }), index('contest_match_players_person_idx').on(t.personId, t.day)],
);
