import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type core } from 'zod';
import { pgErrorCode } from './org/pg-errors.js';
import { localizeDetails } from './details/detail-messages.js';
import { issueMessage } from './details/zod-issues.js';

type ZodIssue = core.$ZodIssue;

type Messages = { zh: string; en: string; status: number };

/** Every error code the API can return, with its HTTP status and both messages. */
export const errorCatalog = {
  bad_request: { status: 400, zh: '请求参数有误', en: 'Invalid request' },
  validation_failed: { status: 400, zh: '输入校验未通过', en: 'Validation failed' },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please sign in' },
  invalid_credentials: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  session_expired: { status: 401, zh: '登录已过期，请重新登录', en: 'Session expired, please sign in again' },
  account_locked: { status: 423, zh: '账号已锁定，请稍后再试', en: 'Account locked, try again later' },
  password_change_oidc: { status: 403, zh: '本次通过统一身份认证登录，不能在本平台修改密码，请到统一身份认证服务修改', en: 'You signed in through the identity provider: change your password there, not here' },
  password_change_required: { status: 403, zh: '请先修改初始密码', en: 'Please change your initial password first' },
  weak_password: { status: 400, zh: '密码不符合要求：至少8位，包含大写字母、小写字母、数字、符号中的三类，不能是常见密码，不能包含用户名', en: 'Password too weak: at least 8 characters with 3 of: upper case, lower case, digits, symbols; not a common password; not containing the username' },
  password_login_off: { status: 403, zh: '本平台已关闭用户名密码登录，请使用统一身份认证登录', en: 'Password sign-in is turned off; sign in through the identity provider' },
  oidc_not_configured: { status: 404, zh: '未启用统一身份认证登录', en: 'Sign-in through an identity provider is not enabled' },
  oidc_unknown_user: { status: 403, zh: '统一身份认证账号未关联本平台的任何账号，请联系管理员开通', en: 'Your identity provider account is not linked to any account here; ask an administrator' },
  oidc_account_disabled: { status: 403, zh: '对应的平台账号已停用，请联系管理员', en: 'The matching account is disabled; ask an administrator' },
  oidc_account_locked: { status: 423, zh: '对应的平台账号因连续登录失败已锁定，请稍后再试或联系管理员解锁', en: 'The matching account is locked after too many failed sign-ins; try later or ask an administrator to unlock it' },
  oidc_failed: { status: 400, zh: '统一身份认证登录未完成或校验失败，请重新登录', en: 'Sign-in through the identity provider did not complete or failed its checks; try again' },
  oidc_unavailable: { status: 503, zh: '统一身份认证服务暂时无法访问，请稍后再试', en: 'The identity provider cannot be reached; try again later' },
  csrf_failed: { status: 403, zh: '请求校验失败，请刷新页面', en: 'CSRF check failed, reload the page' },
  forbidden: { status: 403, zh: '没有权限', en: 'Forbidden' },
  not_found: { status: 404, zh: '记录不存在', en: 'Not found' },
  conflict: { status: 409, zh: '与现有数据冲突', en: 'Conflict with existing data' },
  invalid_transition: { status: 409, zh: '当前状态下不能执行该操作', en: 'This action is not allowed in the current state' },
  community_already_registered: { status: 409, zh: '您已在一个社区报到（待确认或已确认），请先退出原社区再重新报到', en: 'You are already registered with a community (pending or confirmed); leave it before registering again' },
  community_agreement_exists: { status: 409, zh: '该组织与该社区已有待确认或生效中的共建协议', en: 'This organisation already has a proposed or confirmed agreement with this community' },
  need_already_claimed: { status: 409, zh: '该需求已被其他组织或服务队认领', en: 'This need has already been claimed by another organisation or team' },
  org_not_empty: { status: 409, zh: '组织下仍有下级组织或人员，不能撤销', en: 'The organisation still has children or people' },
  org_cycle: { status: 409, zh: '不能把组织移动到它自己的下级', en: 'Cannot move an organisation under itself' },
  import_invalid: { status: 422, zh: '导入文件有错误，未写入任何数据', en: 'The import file has errors; nothing was written' },
  rate_limited: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, slow down' },
  lookup_code_invalid: { status: 400, zh: '验证码错误或已过期，请重新获取', en: 'The code is wrong or has expired; ask for a new one' },
  lookup_unavailable: { status: 503, zh: '短信验证码暂不可用，请凭查询码查询', en: 'Text-message codes are not available; look up by tracking code' },
  payload_too_large: { status: 413, zh: '文件过大', en: 'Payload too large' },
  multipart_invalid: { status: 400, zh: '上传的表单数据不完整或格式有误，请重新上传', en: 'The upload is incomplete or malformed; please send it again' },
  image_unreadable: { status: 400, zh: '图片无法读取：文件已损坏或不是有效的图片', en: 'The image cannot be read: it is damaged or not a valid image' },
  image_too_large: { status: 400, zh: '图片像素过多（不超过 5000 万像素）', en: 'The image has too many pixels (at most 50 megapixels)' },
  image_damaged: { status: 422, zh: '图片已损坏，无法显示', en: 'The image is damaged and cannot be shown' },
  workbook_too_large: { status: 400, zh: '文件解压后过大（不超过 100 MB）或压缩比异常，请检查文件或拆分后导入', en: 'The file unpacks to too much data (over 100 MB) or is compressed abnormally; check it or split it' },
  person_required: { status: 409, zh: '当前账号未关联人员信息', en: 'This account is not linked to a person' },
  signup_closed: { status: 409, zh: '不在报名时间内', en: 'Sign-up is not open' },
  not_in_audience: { status: 409, zh: '该活动不面向您所在的组织', en: 'This activity is not open to your organisation' },
  checkin_token_expired: { status: 410, zh: '签到码已过期，请重新扫描屏幕上的二维码', en: 'The check-in code has expired; scan the screen again' },
  checkin_token_invalid: { status: 400, zh: '签到码无效', en: 'Invalid check-in code' },
  checkin_closed: { status: 409, zh: '不在签到时间内', en: 'Check-in is not open' },
  activity_full: { status: 409, zh: '活动名额已满', en: 'The activity is full' },
  no_questions: { status: 409, zh: '题库中没有可用的题目', en: 'No questions available' },
  quiz_already_submitted: { status: 409, zh: '今日答题已提交，明天再来', en: 'Today’s quiz is already submitted' },
  challenge_over: { status: 409, zh: '本轮挑战已结束，请重新开始', en: 'This challenge run is over; start a new one' },
  challenge_stale: { status: 409, zh: '题目已变化，请刷新后作答', en: 'The question has changed; reload and answer again' },
  quiz_expired: { status: 409, zh: '该答题已过期，请重新进入今日答题', en: 'This quiz has expired; open today’s quiz' },
  question_already_answered: { status: 409, zh: '这道题已经作答，请继续下一题', en: 'This question is already answered; go on to the next' },
  exam_not_open: { status: 409, zh: '考试不在开放时间内', en: 'The exam is not open' },
  exam_time_over: { status: 409, zh: '考试时间已到，答卷已自动提交', en: 'Time is up; the paper was submitted automatically' },
  exam_already_submitted: { status: 409, zh: '答卷已提交', en: 'The paper is already submitted' },
  contest_not_open: { status: 409, zh: '比赛不在进行中', en: 'The contest round is not open' },
  contest_not_entrant: { status: 403, zh: '您不在本场比赛的参赛范围内', en: 'You are not an entrant of this contest' },
  contest_answer_late: { status: 409, zh: '答题时间已过', en: 'Time for this question is up' },
  contest_already_answered: { status: 409, zh: '本题已作答，不能重复提交', en: 'This question is already answered' },
  squad_member_elsewhere: { status: 409, zh: '该人员已是其他尖刀班的在队队员，一人只能加入一个尖刀班', en: 'This person is already an active member of another squad (one active squad per person)' },
  squad_member_open: { status: 409, zh: '该人员已在本队或已被推荐，待确认', en: 'This person is already in this squad or proposed to it' },
  squad_member_too_old: { status: 409, zh: '该人员入队当日年龄超过青年干部年龄上限', en: 'On the joining day this person is older than the young cadre age limit' },
  entrepreneur_already_paired: { status: 409, zh: '该企业家已有结对干部，一名企业家同一时间只能与一名干部结对', en: 'This entrepreneur already has an active pair (one cadre at a time)' },
  review_conflict: { status: 409, zh: '该评审专家与该案例存在回避关系（同单位、上下级单位或申报的关联单位），不能分配', en: 'The reviewer has a conflict of interest with this case (same or parent organisation, or a declared relation)' },
  vote_not_open: { status: 409, zh: '不在投票时间内', en: 'Voting is not open' },
  vote_already_cast: { status: 409, zh: '您已为该候选人投过票', en: 'You have already voted for this nominee' },
  vote_limit_reached: { status: 409, zh: '您在本轮的票数已用完', en: 'You have used all your votes in this round' },
  nomination_closed: { status: 409, zh: '不在推荐时间内', en: 'Nominations are not open' },
  submission_closed: { status: 409, zh: '不在案例征集时间内，或本单位不在征集范围内', en: 'The call for cases is not open, or your organisation is not eligible' },
  entrepreneur_registered: { status: 409, zh: '该企业家（同一企业、同一姓名）已登记或正在审核', en: 'This entrepreneur (same company, same name) is already registered or under review' },
  venue_booked: { status: 409, zh: '该时段场地已被预约（含待审批的申请），请另选时间或场地', en: 'The venue is already booked for an overlapping time (including requests awaiting approval)' },
  venue_closed: { status: 409, zh: '该时段场地闭馆', en: 'The venue is closed at that time' },
  venue_outside_hours: { status: 409, zh: '预约时间不在场地开放时间内', en: 'The booking is outside the venue’s opening hours' },
  challenge_failed: { status: 400, zh: '人机校验未通过，请刷新后重试', en: 'The anti-abuse challenge failed; reload and try again' },
  citizen_token_invalid: { status: 403, zh: '请通过提交诉求后获得的专属链接进行此操作', en: 'Use the personal link you got when submitting the demand' },
  api_key_invalid: { status: 403, zh: 'API 密钥无效或已停用', en: 'Invalid or revoked API key' },
  font_unavailable: { status: 503, zh: '服务器缺少中文字体（fonts-noto-cjk），暂时无法生成证书，请联系管理员', en: 'The server lacks the CJK font (fonts-noto-cjk); the certificate cannot be made now' },
  no_confirmed_hours: { status: 409, zh: '所选期间没有经社区确认的服务时长', en: 'No confirmed service hours in this period' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  busy: { status: 503, zh: '系统繁忙，请稍后重试', en: 'The system is busy; try again in a moment' },
} satisfies Record<string, Messages>;

export type ErrorCode = keyof typeof errorCatalog;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? errorCatalog[code].en);
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export function errorBody(code: ErrorCode, details?: unknown, lang: 'zh' | 'en' = 'zh', message?: string) {
  const entry = errorCatalog[code];
  return {
    error: {
      code,
      message: message ?? (lang === 'en' ? entry.en : entry.zh),
      message_zh: entry.zh,
      message_en: entry.en,
      details: details === undefined || details === null ? null : localizeDetails(details, lang),
    },
  };
}

/** The caller's language by its Accept-Language header (Chinese unless it starts with en). */
export function langOf(req: FastifyRequest): 'zh' | 'en' {
  const h = String(req.headers['accept-language'] ?? '');
  return h.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Zod issues → [{ field, message }] so a client can point at the field; the message in the caller's language. */
export function fieldIssues(err: ZodError, lang: 'zh' | 'en') {
  return err.issues.map((i) => ({ field: i.path.join('.'), message: issueMessage(i, lang) }));
}

/**
 * SQLSTATEs that only bad input can cause (a value the column or function cannot take): a safety net for input
 * that got past validation, answered 400 rather than 500.
 */
const inputSqlStates: Record<string, string> = {
  '22P02': 'invalid text representation',
  '22003': 'numeric value out of range',
  '22021': 'character not in repertoire',
  '22P05': 'untranslatable character',
  '22007': 'invalid datetime format',
  '22008': 'datetime field overflow',
  '22001': 'string too long',
  '22025': 'invalid escape sequence',
  '2201B': 'invalid regular expression',
  '54000': 'program limit exceeded',
};

/**
 * SQLSTATEs of a moment's contention or of a database that is briefly unreachable, not of a fault in the request:
 * nothing of the request was kept (its transaction rolled back), and the same request can simply be sent again.
 * Answered 503 with Retry-After rather than 500.
 */
const transientSqlStates: Record<string, string> = {
  '40001': 'serialization failure',
  '40P01': 'deadlock detected',
  '55P03': 'lock not available',
  '53300': 'too many connections',
  '57P01': 'database shutting down',
  '57P02': 'database restarting',
  '57P03': 'database starting up',
};

/** The single mapper from any thrown error to an HTTP response. */
export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  const lang = langOf(req);
  if (err instanceof AppError) {
    return reply.status(err.status).send(errorBody(err.code, err.details, lang));
  }
  if (err instanceof ZodError) {
    return reply.status(400).send(errorBody('validation_failed', fieldIssues(err, lang), lang));
  }
  const fe = err as FastifyError & { validation?: unknown[]; validationContext?: string };
  if (fe.validation || fe.code === 'FST_ERR_VALIDATION') {
    // fastify-type-provider-zod hands each zod issue over as { keyword: code, message, params: the rest }.
    const issues = (fe.validation ?? []) as Array<{ keyword?: string; instancePath?: string; message?: string; params?: { issue?: { path?: unknown[] } } }>;
    const details = issues.map((i) => ({
      field: [fe.validationContext, ...(i.params?.issue?.path ?? (i.instancePath ?? '').split('/').filter(Boolean))]
        .filter(Boolean)
        .join('.'),
      message: i.keyword && i.message !== undefined ? issueMessage({ ...i.params, code: i.keyword, message: i.message, path: [] } as unknown as ZodIssue, lang) : (i.message ?? 'invalid'),
    }));
    return reply.status(400).send(errorBody('validation_failed', details, lang));
  }
  const multipart = multipartFailure(fe, req);
  if (multipart) return reply.status(multipart.status).send(errorBody(multipart.code, multipart.details, lang));
  const sqlState = pgErrorCode(err);
  if (sqlState && inputSqlStates[sqlState]) {
    req.log.warn({ sqlState, reason: inputSqlStates[sqlState], route: req.routeOptions.url }, 'input refused by the database');
    return reply.status(400).send(errorBody('bad_request', { reason: inputSqlStates[sqlState] }, lang));
  }
  if (sqlState && (transientSqlStates[sqlState] || sqlState.startsWith('08'))) {
    req.log.warn({ sqlState, reason: transientSqlStates[sqlState] ?? 'connection exception', route: req.routeOptions.url }, 'database busy, asked to retry');
    return reply.status(503).header('retry-after', '1').send(errorBody('busy', null, lang));
  }
  if (fe.statusCode === 429) return reply.status(429).send(errorBody('rate_limited', null, lang));
  if (fe.statusCode === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE') return reply.status(413).send(errorBody('payload_too_large', null, lang));
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send(errorBody('bad_request', { reason: fe.message }, lang));
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send(errorBody('internal', null, lang));
}

const multipartLimits: Record<string, string> = { FST_FILES_LIMIT: 'too many files', FST_PARTS_LIMIT: 'too many parts', FST_FIELDS_LIMIT: 'too many fields' };
const multipartMalformed = new Set(['FST_INVALID_JSON_FIELD_ERROR', 'FST_PROTO_VIOLATION', 'FST_MP_PREMATURE_CLOSE']);

/**
 * A multipart body the parser could not read: the plugin's own errors by code, and the parser's (busboy's)
 * plain errors — "Unexpected end of multipart data", "Part terminated early…", "Boundary not found" — by
 * their message, only on a multipart request. A truncated or malformed body is the sender's fault: 400.
 */
export function multipartFailure(err: { code?: string; message?: string; statusCode?: number }, req?: FastifyRequest): AppError | null {
  if (err instanceof AppError) return null;
  const code = err.code ?? '';
  if (multipartLimits[code]) return new AppError('payload_too_large', { reason: multipartLimits[code] });
  if (multipartMalformed.has(code)) return new AppError('multipart_invalid', { reason: err.message });
  if (err.statusCode || (req && !req.isMultipart?.())) return null;
  if (/multipart|boundary|terminated early|unexpected end of form/i.test(err.message ?? '')) return new AppError('multipart_invalid', { reason: err.message });
  return null;
}
