/**
 * The API's types, generated from /api/openapi.json by scripts/openapi-client.ts. Do not edit: change the route's
 * zod schemas on the server and run `npx tsx scripts/openapi-client.ts`.
 */
/* eslint-disable */
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 Accounts */
        get: operations["accounts.listAccounts"];
        put?: never;
        /** 开设账号 Open account */
        post: operations["accounts.createAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset password */
        post: operations["accounts.resetPasswordAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配角色 Assign role */
        post: operations["accounts.rolesAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/roles/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销角色 Remove role */
        delete: operations["accounts.deleteRoles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定 Unlock account */
        post: operations["accounts.unlockAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动列表（组织者） */
        get: operations["activities.listActivities"];
        put?: never;
        /** 发布活动 */
        post: operations["activities.createActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情 */
        get: operations["activities.getActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或取消活动 */
        patch: operations["activities.updateActivities"];
        trace?: never;
    };
    "/api/v1/activities/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签到名单 */
        get: operations["activities.listAttendance"];
        put?: never;
        /** 手工签到 */
        post: operations["activities.attendanceActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendance.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出签到名单 */
        get: operations["activities.listAttendanceXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/checkin-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签到二维码（每30秒轮换） */
        get: operations["activities.listCheckinToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 组织方签退（指定人员或全部在场人员；之后记录服务时长） */
        post: operations["activities.checkoutActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动照片列表 */
        get: operations["activities.listPhotos"];
        put?: never;
        /** 上传活动照片（jpg/png/webp，≤10MB） */
        post: operations["activities.createPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报名名单（含候补） */
        get: operations["activities.listSignups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动统计（按类型、类别或下级组织） */
        get: operations["activities.listStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 照片（按宽度缩放的 WebP） */
        get: operations["activities.getActivityPhotos"];
        put?: never;
        post?: never;
        /** 删除照片 */
        delete: operations["activities.deleteActivityPhotos"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动类型与类别 */
        get: operations["activities.listActivityTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核轮次列表（范围内） */
        get: operations["assessment.listRounds"];
        put?: never;
        /** 新建考核轮次（草稿，考核对象随即确定） */
        post: operations["assessment.createRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核轮次 */
        get: operations["assessment.getRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束考核并计算最终结果（进行中 → 已结束） */
        post: operations["assessment.closeRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 计算得分与结果（进行中的轮次，可反复计算） */
        post: operations["assessment.createRoundsCompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认考核结果（已结束 → 已确认，留痕） */
        post: operations["assessment.createRoundsConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/raters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配评分人（自动排除本单位、本人等利益冲突） */
        post: operations["assessment.createRoundsRaters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核结果（总分、等次、排名、名次变化） */
        get: operations["assessment.listRoundsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启动考核（草稿 → 进行中） */
        post: operations["assessment.startRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/rounds/{id}/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核对象得分明细（逐项下钻） */
        get: operations["assessment.getRoundsTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系列表（本组织及上级所有） */
        get: operations["assessment.listSystems"];
        put?: never;
        /** 新建指标体系（草稿） */
        post: operations["assessment.createSystems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系（草稿与已发布版本） */
        get: operations["assessment.getSystems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/systems/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 编辑指标体系草稿（已发布的版本不变） */
        put: operations["assessment.setSystemsDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/systems/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布草稿为新版本（冻结） */
        post: operations["assessment.publishSystems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/systems/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布版本（冻结的指标树与末级指标） */
        get: operations["assessment.getSystemsVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作日志 Audit log */
        get: operations["audit.listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: operations["auth.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 Sign out */
        post: operations["auth.logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 Current account */
        get: operations["auth.getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change password */
        post: operations["auth.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar 订阅（密钥地址） */
        get: operations["activities.getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区名录 */
        get: operations["community.listCommunities"];
        put?: never;
        /** 新增社区 */
        post: operations["community.createCommunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区概况（共建单位、报到党员、待认领需求） */
        get: operations["community.getCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改社区信息 */
        patch: operations["community.updateCommunities"];
        trace?: never;
    };
    "/api/v1/communities/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区工作者名单 */
        get: operations["community.listCommunitiesStaff"];
        put?: never;
        /** 指派社区工作者 */
        post: operations["community.createCommunitiesStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/staff/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消指派社区工作者 */
        delete: operations["community.deleteCommunitiesStaff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-member-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本组织党员的社区报到 */
        get: operations["community.listCommunityMemberRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-member-registrations/{id}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 居住证明（本人或该社区工作者可见；图片为 WebP，PDF 原样下载） */
        get: operations["community.listCommunityMemberRegistrationsProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-member-registrations/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提醒未报到党员 */
        post: operations["community.createCommunityMemberRegistrationsRemind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-member-registrations/unregistered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未报到党员名单 */
        get: operations["community.listCommunityMemberRegistrationsUnregistered"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-need-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本组织及所属服务队的认领 */
        get: operations["community.listCommunityNeedClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-need-claims/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把认领转为志愿服务活动（组织） */
        post: operations["community.createCommunityNeedClaimsActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-need-claims/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回认领（组织） */
        post: operations["community.createCommunityNeedClaimsWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-need-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求类型 */
        get: operations["community.listCommunityNeedTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求清单（组织者） */
        get: operations["community.listCommunityNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求详情 */
        get: operations["community.getCommunityNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-needs/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以组织名义认领需求 */
        post: operations["community.createCommunityNeedsClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-org-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本组织的共建报到 */
        get: operations["community.listCommunityOrgRegistrations"];
        put?: never;
        /** 组织到社区报到（共建协议，可一次选多个社区） */
        post: operations["community.createCommunityOrgRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-org-registrations/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止共建协议（或撤回待确认的报到） */
        post: operations["community.createCommunityOrgRegistrationsEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区（市）与街道（官方代码） */
        get: operations["community.listCommunityRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 持有“社区工作者”角色的账号 */
        get: operations["community.listCommunityStaffAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/member-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党员报到确认队列（社区工作者） */
        get: operations["community.listCommunityStaffMemberRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/member-registrations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认党员报到 */
        post: operations["community.createCommunityStaffMemberRegistrationsConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/member-registrations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回党员报到（须填写理由） */
        post: operations["community.createCommunityStaffMemberRegistrationsDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本社区需求（社区工作者） */
        get: operations["community.listCommunityStaffNeeds"];
        put?: never;
        /** 发布需求 */
        post: operations["community.createCommunityStaffNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改需求（仅待认领） */
        patch: operations["community.updateCommunityStaffNeeds"];
        trace?: never;
    };
    "/api/v1/community-staff/needs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消需求（须填写理由） */
        post: operations["community.createCommunityStaffNeedsCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/needs/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认需求已完成 */
        post: operations["community.createCommunityStaffNeedsFulfil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/org-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共建报到确认队列（社区工作者） */
        get: operations["community.listCommunityStaffOrgRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/org-registrations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认共建报到 */
        post: operations["community.createCommunityStaffOrgRegistrationsConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community-staff/org-registrations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回共建报到（须填写理由） */
        post: operations["community.createCommunityStaffOrgRegistrationsDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/activities/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按签到签退记录服务时长（组织方） */
        post: operations["community.createActivitiesHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务时长记录（组织方） */
        get: operations["community.listHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/hours-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待确认服务时长（社区工作者，本社区） */
        get: operations["community.listHoursQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/hours-queue/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认服务时长（单条或批量） */
        post: operations["community.confirmHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/hours-queue/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回服务时长（须说明理由） */
        post: operations["community.returnHoursQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/hours/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务时长详情（组织方） */
        get: operations["community.getHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 调整服务时长（须说明理由；退回的重新待确认） */
        patch: operations["community.updateHours"];
        trace?: never;
    };
    "/api/v1/community/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿服务队列表（搜索、筛选、分页） */
        get: operations["community.listTeams"];
        put?: never;
        /** 组建志愿服务队 */
        post: operations["community.createTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿服务队详情 */
        get: operations["community.getTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改志愿服务队（名称、队长、服务类型、服务区域、解散） */
        patch: operations["community.updateTeams"];
        trace?: never;
    };
    "/api/v1/community/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 队员名单（可含历史） */
        get: operations["community.listTeamsMembers"];
        put?: never;
        /** 添加队员 */
        post: operations["community.createTeamsMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/community/teams/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移出队员（保留历史） */
        delete: operations["community.deleteTeamsMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 内容列表（审核队列：status=review） */
        get: operations["content.listContent"];
        put?: never;
        /** 新建内容草稿（文章/视频/PDF） */
        post: operations["content.createContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 内容详情 */
        get: operations["content.getContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改草稿 */
        patch: operations["content.updateContent"];
        trace?: never;
    };
    "/api/v1/content/{id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 阅读心跳（约每15秒一次） */
        post: operations["content.heartbeatContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content/{id}/media/{slot}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 视频/封面/PDF（支持 Range） */
        get: operations["content.getMedia"];
        put?: never;
        /** 上传视频(mp4)、封面图或PDF（multipart 字段 file） */
        post: operations["content.createMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 / 退回 / 发布 / 归档 */
        post: operations["content.transitionsContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 竞赛列表 */
        get: operations["contests.listContests"];
        put?: never;
        /** 创建竞赛（题目来源、轮次、团队、计分与奖项规则） */
        post: operations["contests.createContests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 竞赛详情 */
        get: operations["contests.getContests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/awards/{awardId}/certificate.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载荣誉证书（PNG） */
        get: operations["contests.listAwardsCertificatePng"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/live/{code}/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场赛 WebSocket（手机答题与大屏，协议见 docs/contests-protocol.md） */
        get: operations["contests.listLiveWs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/my/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的获奖与证书 */
        get: operations["contests.listMyAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/my/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的竞赛成绩（得分、名次、奖项） */
        get: operations["contests.listMyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/my/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我可参加的竞赛轮次 */
        get: operations["contests.listMyRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 线上轮次：提交本题答案 */
        post: operations["contests.answerRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束线上轮次并评定奖项 */
        post: operations["contests.finishRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场轮次状态（主持人控制台） */
        get: operations["contests.listRoundsLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/live/{command}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主持人指令：open/start/next/reveal/pause/resume/end */
        post: operations["contests.createRoundsLive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/play": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 线上轮次：取当前题目（服务器计时） */
        post: operations["contests.playRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成绩：个人与团队排名、题目统计、获奖名单 */
        get: operations["contests.listRoundsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/rounds/{roundId}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出成绩（Excel） */
        get: operations["contests.listRoundsResultsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区市热力（件数与三率） */
        get: operations["demandAnalytics.listDistricts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/drill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下钻：某个数字背后的诉求（脱敏、分页） */
        get: operations["demandAnalytics.listDrill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/hot-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 热点：高频分类与关键词 */
        get: operations["demandAnalytics.listHotTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/monthly-focus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 每月一题：当月诉求最多的分类及环比 */
        get: operations["demandAnalytics.listMonthlyFocus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三率（响应率、解决率、满意率）按部门/分类/区市 */
        get: operations["demandAnalytics.listRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/rollup/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按日期范围重算统计汇总 */
        post: operations["demandAnalytics.rebuildRollup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求关键词检索（中文分词，最近 50 件） */
        get: operations["demandAnalytics.listSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-analytics/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按日/周/月的件数与三率趋势 */
        get: operations["demandAnalytics.listTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求分类与办理时限 */
        get: operations["demandsConfig.listDemandCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 新增或修改诉求分类 */
        put: operations["demandsConfig.setDemandCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-dispatch-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单规则（分类×区域→承办单位） */
        get: operations["demandsConfig.listDemandDispatchRules"];
        put?: never;
        /** 新增或修改派单规则 */
        post: operations["demandsConfig.createDemandDispatchRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-dispatch-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除派单规则 */
        delete: operations["demandsConfig.deleteDemandDispatchRules"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日与调休日历 */
        get: operations["demandsConfig.listDemandHolidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-holidays/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置节假日或调休上班日 */
        put: operations["demandsConfig.setDemandHolidays"];
        post?: never;
        /** 删除日历例外（恢复周一至周五工作） */
        delete: operations["demandsConfig.deleteDemandHolidays"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demand-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 青诉即办设置（个人信息保留年限、人机校验难度、每号码每日限额） */
        get: operations["demandsConfig.listDemandSettings"];
        /** 修改青诉即办设置 */
        put: operations["demandsConfig.setDemandSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求列表（联系方式脱敏） */
        get: operations["demands.listDemands"];
        put?: never;
        /** 热线/接口受理诉求（clientRequestId 幂等） */
        post: operations["demands.createDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求详情与办理轨迹 */
        get: operations["demands.getDemands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收（记录响应时间） */
        post: operations["demands.acceptDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复市民 */
        post: operations["demands.answerDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访（不满意则重新办理） */
        post: operations["demands.callbackDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结 */
        post: operations["demands.closeDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 市民完整联系方式（仅签收承办人，记入审计） */
        get: operations["demands.listContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单 */
        post: operations["demands.dispatchDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延期 */
        post: operations["demands.createExtensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/extensions/{extensionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准延期 */
        post: operations["demands.approveExtensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/extensions/{extensionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回延期 */
        post: operations["demands.rejectExtensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并重复件 */
        post: operations["demands.mergeDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理记录 */
        post: operations["demands.createNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求照片或附件（企业诉求可附 PDF） */
        get: operations["demands.getPhotos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/redispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派 */
        post: operations["demands.redispatchDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退单（须说明理由） */
        post: operations["demands.returnDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始办理 */
        post: operations["demands.startDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办通知（通知承办单位经办人） */
        post: operations["demands.superviseDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 疑似重复诉求（7天内同区同类、关键词重合） */
        get: operations["demands.listSimilar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办：临期（黄灯）与超期（红灯）诉求 */
        get: operations["demands.listSupervision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标与案例数字（范围内，一次取多项） */
        get: operations["figures.listFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标数值（范围内） */
        get: operations["figures.getFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/{name}/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标分解：下级组织排名、区市、类别 */
        get: operations["figures.listBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/{name}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标背后的记录 */
        get: operations["figures.listRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/{name}/records.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出指标背后的记录（Excel，范围内） */
        get: operations["figures.listRecordsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/{name}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标趋势（按日/周/月/年，上海时间） */
        get: operations["figures.listSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的数字（学习积分、学时、参赛） */
        get: operations["figures.listMy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标变化推送（SSE） */
        get: operations["figures.listStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程列表（必修课/终身课） */
        get: operations["learning.listCourses"];
        put?: never;
        /** 新建课程（课时为已发布的内容） */
        post: operations["learning.createCourses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程详情（课时、分配） */
        get: operations["learning.getCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改课程、调整课时、发布或归档 */
        patch: operations["learning.updateCourses"];
        trace?: never;
    };
    "/api/v1/learning/courses/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 将必修课分配给组织（含下级）并设定截止时间 */
        put: operations["learning.setCoursesAssignments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/courses/{id}/assignments/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消分配 */
        delete: operations["learning.deleteCoursesAssignments"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/courses/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 完成率（本组织及各下级组织） */
        get: operations["learning.listCoursesCompletion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/courses/{id}/unfinished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未完成人员名单 */
        get: operations["learning.listCoursesUnfinished"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考试列表 */
        get: operations["learning.listExams"];
        put?: never;
        /** 创建考试（分部分随机抽题或指定题目） */
        post: operations["learning.createExams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/exams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考试详情 */
        get: operations["learning.getExams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改、发布或结束考试 */
        patch: operations["learning.updateExams"];
        trace?: never;
    };
    "/api/v1/learning/exams/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考试成绩 */
        get: operations["learning.listExamsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/exams/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考试统计（每题正确率） */
        get: operations["learning.listExamsStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/lesson-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可作为课时的已发布内容 */
        get: operations["learning.listLessonCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的课程（含进度） */
        get: operations["learning.listMyCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程学习（课时与完成情况） */
        get: operations["learning.getMyCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/daily-quiz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 今日答题（5题，不含答案） */
        get: operations["learning.listMyDailyQuiz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/daily-quiz/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交每日答题 */
        post: operations["learning.submitMyDailyQuiz"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/exam-attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 答卷（进行中或成绩） */
        get: operations["learning.getMyExamAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/exam-attempts/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存作答（截止后拒绝） */
        put: operations["learning.setMyExamAttemptsAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/exam-attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交卷 */
        post: operations["learning.submitMyExamAttempts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的考试 */
        get: operations["learning.listMyExams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/exams/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始考试（抽题并开始计时） */
        post: operations["learning.startMyExams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/wrong-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 错题本 */
        get: operations["learning.listMyWrongAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/wrong-answers/{questionId}/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 错题练习作答（连续答对两次移出错题本） */
        post: operations["learning.practiceMyWrongAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/me/wrong-answers/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 错题练习（不含答案） */
        get: operations["learning.listMyWrongAnswersPractice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/question-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 题库标签及题量 */
        get: operations["learning.listQuestionTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 题库列表（搜索、筛选、分页） */
        get: operations["learning.listQuestions"];
        put?: never;
        /** 新增题目 */
        post: operations["learning.createQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 题目详情 */
        get: operations["learning.getQuestions"];
        put?: never;
        post?: never;
        /** 删除题目 */
        delete: operations["learning.deleteQuestions"];
        options?: never;
        head?: never;
        /** 修改题目 */
        patch: operations["learning.updateQuestions"];
        trace?: never;
    };
    "/api/v1/learning/questions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入题库（Excel 模板 / Moodle GIFT / JSON 题库；multipart 字段 file；dry-run 预检或 apply 写入） */
        post: operations["learning.importQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/questions/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载题库导入模板 */
        get: operations["learning.listQuestionsImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/tag-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 每日答题的标签分配 */
        get: operations["learning.listTagAssignments"];
        /** 设置组织的每日答题标签（空数组=全部标签） */
        put: operations["learning.setTagAssignments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的活动 / 可报名活动 */
        get: operations["activities.listMyActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情（参与者） */
        get: operations["activities.getMyActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签退（记录在场时长；服务时长由组织方记录、社区确认） */
        post: operations["activities.checkoutMyActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/activities/{id}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名（满员进入候补） */
        post: operations["activities.signupMyActivities"];
        /** 取消报名（候补自动递补） */
        delete: operations["activities.deleteMyActivitiesSignup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/assessment/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评分任务（评分工作台） */
        get: operations["assessment.listMyAssessmentTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/assessment/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 提交或修改评分（轮次进行中） */
        put: operations["assessment.setMyAssessmentTasks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 我的日历订阅地址（重新生成会使旧地址失效） */
        post: operations["activities.createMyCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫码或输入签到码签到 */
        post: operations["activities.checkinMy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/co-study": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共学活动：可报名的、我报名的、参加过的（企业家） */
        get: operations["pairing.listMyCoStudy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/co-study/{id}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名共学活动（名额含干部与企业家，满员不能报名） */
        post: operations["pairing.signupMyCoStudy"];
        /** 取消报名共学活动（开始前） */
        delete: operations["pairing.deleteMyCoStudySignup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/co-study/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 共学活动扫码或输入签到码签到（企业家） */
        post: operations["pairing.checkinMyCoStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我服务的社区（社区工作者） */
        get: operations["community.listMyCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-need-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我带领的服务队的认领（队长） */
        get: operations["community.listMyCommunityNeedClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-need-claims/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把认领转为志愿服务活动（队长） */
        post: operations["community.createMyCommunityNeedClaimsActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-need-claims/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回认领（队长） */
        post: operations["community.createMyCommunityNeedClaimsWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求清单（党员、队长） */
        get: operations["community.listMyCommunityNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-needs/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 队长以服务队名义认领需求 */
        post: operations["community.createMyCommunityNeedsClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-needs/near": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 身边的需求（按报到社区、街道、区） */
        get: operations["community.listMyCommunityNeedsNear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的社区报到（当前与历史） */
        get: operations["community.listMyCommunityRegistration"];
        put?: never;
        /** 到居住地社区报到 */
        post: operations["community.createMyCommunityRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-registration/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出当前报到社区（历史保留） */
        post: operations["community.createMyCommunityRegistrationLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community-registration/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传居住证明（jpg/png/webp 或 PDF，≤10MB，可选） */
        post: operations["community.createMyCommunityRegistrationProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community/hours-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的时长证明 */
        get: operations["community.listMyCommunityHoursCertificates"];
        put?: never;
        /** 开具志愿服务时长证明（仅计已确认时长） */
        post: operations["community.createMyCommunityHoursCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community/hours-certificates/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载时长证明 PDF */
        get: operations["community.listMyCommunityHoursCertificatesCertificatePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的志愿服务队 */
        get: operations["community.listMyCommunityTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/community/volunteer-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的志愿服务记录（活动、时长、服务队、社区） */
        get: operations["community.listMyCommunityVolunteerRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的急难愁盼诉求：办理状态、时限与答复 */
        get: operations["pairing.listMyConcerns"];
        put?: never;
        /** 企业家提出急难愁盼诉求（转青诉即办派单办理）（JSON；或 multipart/form-data：字段 data 为同样的 JSON，attachments 为至多3个照片或 PDF 附件，与诉求一并写入） */
        post: operations["pairing.createMyConcerns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/concerns/{demandId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的诉求附件 */
        get: operations["pairing.getMyConcernsAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/concerns/{demandId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价答复（不满意则重新办理） */
        post: operations["pairing.ratingMyConcerns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学习资料（发布给我的内容） */
        get: operations["content.listMyContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/content/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 阅读内容 */
        get: operations["content.getMyContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entrepreneur": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的企业家档案与结对干部 */
        get: operations["pairing.getMyEntrepreneur"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entrepreneur/research/outputs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研究成果详情（企业家） */
        get: operations["pairing.getMyEntrepreneurResearchOutputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 课题负责人修改研究成果（草稿或退回修改中）（企业家） */
        patch: operations["pairing.updateMyEntrepreneurResearchOutputs"];
        trace?: never;
    };
    "/api/v1/me/entrepreneur/research/outputs/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 课题负责人提交审核（企业家） */
        post: operations["pairing.submitResearchOutputAsEntrepreneur"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entrepreneur/research/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我参与的共研课题（企业家） */
        get: operations["pairing.listMyEntrepreneurResearchTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entrepreneur/research/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共研课题详情与课题组（企业家） */
        get: operations["pairing.getMyEntrepreneurResearchTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entrepreneur/research/topics/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课题研讨会（企业家） */
        get: operations["pairing.listMyEntrepreneurResearchTopicsMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entrepreneur/research/topics/{id}/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课题研究成果（企业家） */
        get: operations["pairing.listMyEntrepreneurResearchTopicsOutputs"];
        put?: never;
        /** 课题负责人起草研究成果（企业家） */
        post: operations["pairing.createMyEntrepreneurResearchTopicsOutputs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/followed-concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我结对企业家的急难愁盼诉求 */
        get: operations["pairing.listMyFollowedConcerns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/followed-concerns/{demandId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结对企业家诉求附件 */
        get: operations["pairing.getMyFollowedConcernsAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我结对的青年企业家（含已结束的结对） */
        get: operations["pairing.listMyPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/pairs/{id}/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结对干部代企业家提出急难愁盼诉求（JSON；或 multipart/form-data：字段 data 为同样的 JSON，attachments 为至多3个照片或 PDF 附件，与诉求一并写入） */
        post: operations["pairing.createMyPairsConcerns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/pairs/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我与结对企业家的联系记录 */
        get: operations["pairing.listMyPairsContacts"];
        put?: never;
        /** 记录一次联系（走访、电话、座谈、线上） */
        post: operations["pairing.createMyPairsContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/practice/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可参加的实践项目 */
        get: operations["practice.listMyPracticeProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/practice/projects/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 参加实践项目 */
        post: operations["practice.joinMyPracticeProjects"];
        /** 退出实践项目 */
        delete: operations["practice.deleteMyPracticeProjectsJoin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/practice/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的基层报告 */
        get: operations["practice.listMyPracticeReports"];
        put?: never;
        /** 撰写基层报告（草稿） */
        post: operations["practice.createMyPracticeReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/practice/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的报告详情 */
        get: operations["practice.getMyPracticeReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改报告（草稿或退回后） */
        patch: operations["practice.updateMyPracticeReports"];
        trace?: never;
    };
    "/api/v1/me/practice/reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（图片或PDF，multipart 字段 file） */
        post: operations["practice.createMyPracticeReportsAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/practice/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除附件 */
        delete: operations["practice.deleteMyPracticeReportsAttachments"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/practice/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 */
        post: operations["practice.submitMyPracticeReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/research/outputs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研究成果详情（干部） */
        get: operations["pairing.getMyResearchOutputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 课题负责人修改研究成果（草稿或退回修改中）（干部） */
        patch: operations["pairing.updateMyResearchOutputs"];
        trace?: never;
    };
    "/api/v1/me/research/outputs/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 课题负责人提交审核（干部） */
        post: operations["pairing.submitResearchOutputAsCadre"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/research/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我参与的共研课题（干部） */
        get: operations["pairing.listMyResearchTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/research/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共研课题详情与课题组（干部） */
        get: operations["pairing.getMyResearchTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/research/topics/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课题研讨会（干部） */
        get: operations["pairing.listMyResearchTopicsMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/research/topics/{id}/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课题研究成果（干部） */
        get: operations["pairing.listMyResearchTopicsOutputs"];
        put?: never;
        /** 课题负责人起草研究成果（干部） */
        post: operations["pairing.createMyResearchTopicsOutputs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的尖刀班 */
        get: operations["squads.listMySquad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的尖刀班历次得分与排名 */
        get: operations["squads.listMySquadScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 队长查找可推荐的青年干部（本队主管组织范围） */
        get: operations["squads.listMySquadCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/innovations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的尖刀班的创新成果 */
        get: operations["squads.listMySquadInnovations"];
        put?: never;
        /** 提交创新成果（随后上传佐证） */
        post: operations["squads.createMySquadInnovations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/innovations/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传创新成果佐证（图片或 PDF，multipart 字段 file） */
        post: operations["squads.createMySquadInnovationsEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的里程碑（按截止日） */
        get: operations["squads.listMySquadMilestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/milestones/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成里程碑（上传现场照片，multipart 字段 file） */
        post: operations["squads.createMySquadMilestonesDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/milestones/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补充里程碑照片（multipart 字段 file） */
        post: operations["squads.createMySquadMilestonesEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 队长推荐队员（待组织确认） */
        post: operations["squads.createMySquadProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的尖刀班的攻坚任务 */
        get: operations["squads.listMySquadTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/tasks/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传任务佐证（图片或 PDF，multipart 字段 file） */
        post: operations["squads.createMySquadTasksEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/squad/tasks/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交验收（队长或任务责任人；里程碑须全部完成） */
        post: operations["squads.submitMySquadTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息 */
        get: operations["notifications.listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已读 */
        post: operations["notifications.readNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标记已读 */
        post: operations["notifications.readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open311-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 API 密钥 */
        get: operations["demandsConfig.listOpen311Keys"];
        put?: never;
        /** 创建 Open311 API 密钥（仅显示一次） */
        post: operations["demandsConfig.createOpen311Keys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open311-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用 Open311 API 密钥 */
        post: operations["demandsConfig.revokeOpen311Keys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建组织 Create organisation */
        post: operations["org.createOrgs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织详情 Organisation */
        get: operations["org.getOrgs"];
        put?: never;
        post?: never;
        /** 撤销组织 Dissolve organisation */
        delete: operations["org.deleteOrgs"];
        options?: never;
        head?: never;
        /** 修改组织 Rename organisation */
        patch: operations["org.updateOrgs"];
        trace?: never;
    };
    "/api/v1/orgs/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 组织活动日历订阅地址 */
        post: operations["activities.createOrgsCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移动组织 Move organisation */
        post: operations["org.moveOrgs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织树 Organisation tree */
        get: operations["org.listOrgsTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/co-study/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共学活动参加情况（干部与企业家两方） */
        get: operations["pairing.listCoStudyAttendees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 急难愁盼诉求台账（本组织负责的企业家），按分类、行业、状态、承办部门统计 */
        get: operations["pairing.listConcerns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/concerns/{demandId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 急难愁盼诉求附件（本组织负责的企业家） */
        get: operations["pairing.getConcernsAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/entrepreneurs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 青年企业家名录与待审核登记（手机号脱敏；搜索、筛选、分页） */
        get: operations["pairing.listEntrepreneurs"];
        put?: never;
        /** 工作人员登记青年企业家（直接通过并开设企业家账号） */
        post: operations["pairing.createEntrepreneurs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/entrepreneurs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 青年企业家（脱敏） */
        get: operations["pairing.getEntrepreneurs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改青年企业家信息或负责组织 */
        patch: operations["pairing.updateEntrepreneurs"];
        trace?: never;
    };
    "/api/v1/pairing/entrepreneurs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过自主登记，开设企业家账号（初始密码仅显示一次） */
        post: operations["pairing.approveEntrepreneurs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/entrepreneurs/{id}/full": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 青年企业家完整信息（留痕） */
        get: operations["pairing.getEntrepreneurFull"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/entrepreneurs/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回自主登记（须写明原因） */
        post: operations["pairing.rejectEntrepreneurs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结对列表（在结对与历史；搜索、筛选、分页） */
        get: operations["pairing.listPairs"];
        put?: never;
        /** 结对：青年干部（本组织）与青年企业家“1+1”；企业家同一时间只有一名结对干部 */
        post: operations["pairing.createPairs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/pairs/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结对的联系记录 */
        get: operations["pairing.listPairsContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/pairs/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束结对（保留历史，须写明原因） */
        post: operations["pairing.endPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共研成果（status=submitted 为待审核；搜索、筛选、排序、分页） */
        get: operations["pairing.listResearchOutputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/outputs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改研究成果（草稿或退回修改中） */
        patch: operations["pairing.updateResearchOutputs"];
        trace?: never;
    };
    "/api/v1/pairing/research/outputs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 */
        post: operations["pairing.approveResearchOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/outputs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布（进入学习内容库） */
        post: operations["pairing.publishResearchOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/outputs/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改（须写明意见） */
        post: operations["pairing.returnResearchOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/outputs/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 */
        post: operations["pairing.submitResearchOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共研课题列表（搜索、按领域与状态筛选、排序、分页） */
        get: operations["pairing.listResearchTopics"];
        put?: never;
        /** 新建共研课题（人工智能、海洋经济、低空经济等前沿领域） */
        post: operations["pairing.createResearchTopics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共研课题详情与课题组（含已退出成员） */
        get: operations["pairing.getResearchTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改共研课题（进行中） */
        patch: operations["pairing.updateResearchTopics"];
        trace?: never;
    };
    "/api/v1/pairing/research/topics/{id}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 课题结题 */
        post: operations["pairing.concludeResearchTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/topics/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课题研讨会 */
        get: operations["pairing.listResearchTopicsMeetings"];
        put?: never;
        /** 记录课题研讨会（可关联活动以报名签到） */
        post: operations["pairing.createResearchTopicsMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/topics/{id}/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建研究成果（研究报告或政策建议，草稿） */
        post: operations["pairing.createResearchTopicsOutputs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/topics/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课题组成员（干部与企业家两方） */
        get: operations["pairing.listResearchTopicsParticipants"];
        put?: never;
        /** 加入课题组：本组织干部或可及的青年企业家 */
        post: operations["pairing.createResearchTopicsParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairing/research/topics/{id}/participants/{participantId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出课题组（保留记录） */
        post: operations["pairing.leaveResearchTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表 People */
        get: operations["people.listPeople"];
        put?: never;
        /** 新增人员 Add person */
        post: operations["people.createPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员（脱敏）Person, masked */
        get: operations["people.getPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改人员 Update person */
        patch: operations["people.updatePeople"];
        trace?: never;
    };
    "/api/v1/people/{id}/full": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员完整信息（留痕）Person, full record (audited) */
        get: operations["people.listFull"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/leaderboard/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织积分排行 Organisation ranking */
        get: operations["points.listLeaderboardOrgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/leaderboard/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 个人积分排行 Personal ranking */
        get: operations["points.listLeaderboardPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的积分 My points */
        get: operations["points.listMy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 积分规则 Points rules */
        get: operations["points.listRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/rules/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改积分规则 Update a points rule */
        put: operations["points.setRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实践项目列表 */
        get: operations["practice.listProjects"];
        put?: never;
        /** 新建实践项目 */
        post: operations["practice.createProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或结束实践项目 */
        patch: operations["practice.updateProjects"];
        trace?: never;
    };
    "/api/v1/practice/projects/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目成员 */
        get: operations["practice.listProjectsMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 基层报告审核列表 */
        get: operations["practice.listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 基层报告详情 */
        get: operations["practice.getReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载报告附件 */
        get: operations["practice.getReportsAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/reports/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 将通过的报告发布为文章 */
        post: operations["practice.publishReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核：退回修改或通过 */
        post: operations["practice.reviewReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各组织报告数（提交/通过） */
        get: operations["practice.listStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人机校验题（工作量证明） */
        get: operations["demandsPublic.listPublicChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/demand-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求分类、区（市）与街道 */
        get: operations["demandsPublic.listPublicDemandOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市民提交诉求，返回查询码与仅此一次给出的市民凭证 citizenToken（评价、补充照片时放在 x-demand-token 请求头）（JSON；或 multipart/form-data：字段 data 为同样的 JSON，photos 为至多3张现场照片，与诉求一并写入） */
        post: operations["demandsPublic.createPublicDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/demands/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 凭查询码查看办理进度与答复（带 x-demand-token 时另告知能否评价） */
        get: operations["demandsPublic.getPublicDemands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/demands/{trackingCode}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补充现场照片（jpg/png/webp，≤8MB，最多3张；须带 x-demand-token） */
        post: operations["demandsPublic.createPublicDemandsPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/demands/{trackingCode}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市民评价答复（不满意则重新办理；须带 x-demand-token） */
        post: operations["demandsPublic.ratingPublicDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/hours-certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核验时长证明（无需登录） */
        get: operations["community.getPublicHoursCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pairing/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 青创π登记表的行业、区（市）、企业规模选项 */
        get: operations["pairingPublic.listPublicPairingOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pairing/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 青年企业家自主登记（统一社会信用代码校验；工作人员审核后开设账号） */
        post: operations["pairingPublic.createPublicPairingRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出花名册 Export roster (xlsx) */
        get: operations["roster.listExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入花名册 Import roster (multipart field "file"; validate or apply) */
        post: operations["roster.importRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/import/errors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载标注错误的花名册 Annotated error workbook */
        get: operations["roster.getImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载花名册模板 Roster template (xlsx) */
        get: operations["roster.listTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料（图片可按宽度缩放为 WebP） */
        get: operations["squads.getSquadEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-innovations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采纳创新成果 */
        post: operations["squads.acceptSquadInnovations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-innovations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予采纳（须说明理由） */
        post: operations["squads.createSquadInnovationsDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改里程碑（未完成时） */
        patch: operations["squads.updateSquadMilestones"];
        trace?: never;
    };
    "/api/v1/squad-milestones/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新打开已完成的里程碑（须说明理由；已提交的任务随之退回） */
        post: operations["squads.createSquadMilestonesReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 攻坚任务详情 */
        get: operations["squads.getSquadTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改攻坚任务（未提交或被退回时） */
        patch: operations["squads.updateSquadTasks"];
        trace?: never;
    };
    "/api/v1/squad-tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 验收通过 */
        post: operations["squads.acceptSquadTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-tasks/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加里程碑 */
        post: operations["squads.createSquadTasksMilestones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回（须说明理由） */
        post: operations["squads.returnSquadTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squad-tasks/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代为提交验收（里程碑须全部完成） */
        post: operations["squads.submitSquadTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 尖刀班列表（搜索、按组织/领域/状态筛选、分页、排序） */
        get: operations["squads.listSquads"];
        put?: never;
        /** 组建尖刀班 */
        post: operations["squads.createSquads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 尖刀班档案（成员及进出记录、任务与创新概况） */
        get: operations["squads.getSquads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改尖刀班信息 */
        patch: operations["squads.updateSquads"];
        trace?: never;
    };
    "/api/v1/squads/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查找可加入的青年干部（本组织范围） */
        get: operations["squads.listCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/disband": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销尖刀班（在队队员全部离队） */
        post: operations["squads.createDisband"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/innovations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 创新成果列表 */
        get: operations["squads.listInnovations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/leader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 更换队长（从在队队员中任命） */
        put: operations["squads.setLeader"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成员进出记录（全部或按状态） */
        get: operations["squads.listMembers"];
        put?: never;
        /** 直接添加队员（组织） */
        post: operations["squads.createMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/members/{memberId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认队长推荐的队员 */
        post: operations["squads.createMembersConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/members/{memberId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 队员离队（须说明原因） */
        post: operations["squads.createMembersLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/members/{memberId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不同意推荐（须说明理由） */
        post: operations["squads.rejectMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并尖刀班（本队在队队员离队，可转入目标队） */
        post: operations["squads.mergeSquads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 攻坚任务看板（含里程碑与佐证） */
        get: operations["squads.listTasks"];
        put?: never;
        /** 布置攻坚任务 */
        post: operations["squads.createTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出尖刀班名单（Excel，按当前筛选） */
        get: operations["squads.listExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本组织尖刀班的攻坚领域（筛选用） */
        get: operations["squads.listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大屏：本期尖刀班排行（公开） */
        get: operations["squads.listScoringBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考评周期列表 */
        get: operations["squads.listScoringPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/periods/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结算考评周期（冻结得分、排名与“一做”） */
        post: operations["squads.closeScoringPeriods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/periods/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 五比一做排名（开放周期实时计算，已结算周期为快照） */
        get: operations["squads.listScoringPeriodsRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/periods/{id}/ranking.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出排名（Excel，范围内） */
        get: operations["squads.listScoringPeriodsRankingXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/periods/{id}/ratings/{squadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** “比作为”评分表（含其余四项计算得分） */
        get: operations["squads.getScoringPeriodsRatings"];
        /** 提交“比作为”评分 */
        put: operations["squads.setScoringPeriodsRatings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/periods/{id}/squads/{squadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 尖刀班本期得分与依据（下钻） */
        get: operations["squads.getScoringPeriodsSquads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/squads/{squadId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 尖刀班历次得分（雷达图、排名走势） */
        get: operations["squads.listScoringSquadsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度考评设置（周期、权重、评分细则） */
        get: operations["squads.getScoringYears"];
        /** 保存年度考评设置 */
        put: operations["squads.setScoringYears"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/years/{year}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成年度考评周期（按月或按季度） */
        post: operations["squads.createScoringYearsPeriods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/squads/scoring/years/{year}/rubric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存“比作为”评分细则（3–5 项） */
        put: operations["squads.setScoringYearsRubric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: services / requests / discovery */
        get: operations["open311.getResource"];
        put?: never;
        /** GeoReport v2: create a service request (form-encoded, with the api_key field) */
        post: operations["open311.createServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: one service request */
        get: operations["open311.getServiceRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service definition */
        get: operations["open311.getServiceDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service request id of a token */
        get: operations["open311.getTokenRequestId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "id": 42,
         *       "typeCode": "volunteer_service",
         *       "typeName": "志愿服务",
         *       "categoryCode": "volunteer",
         *       "categoryName": "志愿服务",
         *       "title": "海边净滩志愿服务",
         *       "description": "周六上午在石老人海水浴场清理海滩垃圾。",
         *       "orgId": 7,
         *       "orgName": "市南区团委",
         *       "venue": "石老人海水浴场",
         *       "startsAt": "2026-05-16T01:00:00.000Z",
         *       "endsAt": "2026-05-16T04:00:00.000Z",
         *       "capacity": 30,
         *       "signupOpensAt": null,
         *       "signupClosesAt": "2026-05-15T12:00:00.000Z",
         *       "status": "published",
         *       "summary": null,
         *       "confirmedCount": 12,
         *       "waitlistCount": 0,
         *       "attendedCount": 0
         *     }
         */
        Activity: {
            attendedCount: number;
            capacity: number | null;
            categoryCode: string;
            categoryName: string;
            confirmedCount: number;
            description: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            orgId: number;
            orgName: string;
            /** Format: date-time */
            signupClosesAt: string | null;
            /** Format: date-time */
            signupOpensAt: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            summary: string | null;
            title: string;
            typeCode: string;
            typeName: string;
            venue: string;
            waitlistCount: number;
        };
        ActivityCategory: {
            code: string;
            name: string;
            nameEn: string;
        };
        ActivityPhoto: {
            caption: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            url: string;
        };
        ActivityType: {
            categoryCode: string;
            code: string;
            countsServiceHours: boolean;
            name: string;
            nameEn: string;
        };
        /** @description 待作答的题目（不含答案） · A question to answer, without its answer */
        AskedQuestion: {
            id: number;
            options: string[];
            stem: string;
            type: components["schemas"]["LearningQuestionType"];
        };
        /** @description 一级指标：有下级指标或末级定义 · a top-level indicator, with children or a leaf definition */
        AssessmentIndicator1: {
            children?: components["schemas"]["AssessmentIndicator2"][];
            key: string;
            leaf?: {
                metric: string;
                scoring: {
                    bands: {
                        min: number;
                        score: number;
                    }[];
                    /** @enum {string} */
                    fn: "bands";
                } | {
                    /** @enum {string} */
                    fn: "linear";
                    from: number;
                    to: number;
                } | {
                    /** @enum {string} */
                    fn: "rank";
                    /** @default true */
                    higherIsBetter: boolean;
                } | {
                    /** @enum {string} */
                    fn: "pass";
                    threshold: number;
                };
                /** @enum {string} */
                type: "computed";
            } | {
                maxScore: number;
                /** @default  */
                rubric: string;
                /** @enum {string} */
                type: "rated";
            } | {
                maxScore: number;
                /** @default  */
                requirement: string;
                /** @enum {string} */
                type: "evidence";
            };
            name: string;
            weight: number;
        };
        /** @description 一级指标：有下级指标或末级定义 · a top-level indicator, with children or a leaf definition */
        AssessmentIndicator1Input: {
            children?: components["schemas"]["AssessmentIndicator2Input"][];
            key: string;
            leaf?: {
                metric: string;
                scoring: {
                    bands: {
                        min: number;
                        score: number;
                    }[];
                    /** @enum {string} */
                    fn: "bands";
                } | {
                    /** @enum {string} */
                    fn: "linear";
                    from: number;
                    to: number;
                } | {
                    /** @enum {string} */
                    fn: "rank";
                    /** @default true */
                    higherIsBetter: boolean;
                } | {
                    /** @enum {string} */
                    fn: "pass";
                    threshold: number;
                };
                /** @enum {string} */
                type: "computed";
            } | {
                maxScore: number;
                /** @default  */
                rubric: string;
                /** @enum {string} */
                type: "rated";
            } | {
                maxScore: number;
                /** @default  */
                requirement: string;
                /** @enum {string} */
                type: "evidence";
            };
            name: string;
            weight: number;
        };
        /** @description 二级指标 · a second-level indicator */
        AssessmentIndicator2: {
            children?: components["schemas"]["AssessmentIndicator3"][];
            key: string;
            leaf?: {
                metric: string;
                scoring: {
                    bands: {
                        min: number;
                        score: number;
                    }[];
                    /** @enum {string} */
                    fn: "bands";
                } | {
                    /** @enum {string} */
                    fn: "linear";
                    from: number;
                    to: number;
                } | {
                    /** @enum {string} */
                    fn: "rank";
                    /** @default true */
                    higherIsBetter: boolean;
                } | {
                    /** @enum {string} */
                    fn: "pass";
                    threshold: number;
                };
                /** @enum {string} */
                type: "computed";
            } | {
                maxScore: number;
                /** @default  */
                rubric: string;
                /** @enum {string} */
                type: "rated";
            } | {
                maxScore: number;
                /** @default  */
                requirement: string;
                /** @enum {string} */
                type: "evidence";
            };
            name: string;
            weight: number;
        };
        /** @description 二级指标 · a second-level indicator */
        AssessmentIndicator2Input: {
            children?: components["schemas"]["AssessmentIndicator3Input"][];
            key: string;
            leaf?: {
                metric: string;
                scoring: {
                    bands: {
                        min: number;
                        score: number;
                    }[];
                    /** @enum {string} */
                    fn: "bands";
                } | {
                    /** @enum {string} */
                    fn: "linear";
                    from: number;
                    to: number;
                } | {
                    /** @enum {string} */
                    fn: "rank";
                    /** @default true */
                    higherIsBetter: boolean;
                } | {
                    /** @enum {string} */
                    fn: "pass";
                    threshold: number;
                };
                /** @enum {string} */
                type: "computed";
            } | {
                maxScore: number;
                /** @default  */
                rubric: string;
                /** @enum {string} */
                type: "rated";
            } | {
                maxScore: number;
                /** @default  */
                requirement: string;
                /** @enum {string} */
                type: "evidence";
            };
            name: string;
            weight: number;
        };
        /** @description 三级指标（末级）· a third-level indicator */
        AssessmentIndicator3: {
            key: string;
            leaf?: {
                metric: string;
                scoring: {
                    bands: {
                        min: number;
                        score: number;
                    }[];
                    /** @enum {string} */
                    fn: "bands";
                } | {
                    /** @enum {string} */
                    fn: "linear";
                    from: number;
                    to: number;
                } | {
                    /** @enum {string} */
                    fn: "rank";
                    /** @default true */
                    higherIsBetter: boolean;
                } | {
                    /** @enum {string} */
                    fn: "pass";
                    threshold: number;
                };
                /** @enum {string} */
                type: "computed";
            } | {
                maxScore: number;
                /** @default  */
                rubric: string;
                /** @enum {string} */
                type: "rated";
            } | {
                maxScore: number;
                /** @default  */
                requirement: string;
                /** @enum {string} */
                type: "evidence";
            };
            name: string;
            weight: number;
        };
        /** @description 三级指标（末级）· a third-level indicator */
        AssessmentIndicator3Input: {
            key: string;
            leaf?: {
                metric: string;
                scoring: {
                    bands: {
                        min: number;
                        score: number;
                    }[];
                    /** @enum {string} */
                    fn: "bands";
                } | {
                    /** @enum {string} */
                    fn: "linear";
                    from: number;
                    to: number;
                } | {
                    /** @enum {string} */
                    fn: "rank";
                    /** @default true */
                    higherIsBetter: boolean;
                } | {
                    /** @enum {string} */
                    fn: "pass";
                    threshold: number;
                };
                /** @enum {string} */
                type: "computed";
            } | {
                maxScore: number;
                /** @default  */
                rubric: string;
                /** @enum {string} */
                type: "rated";
            } | {
                maxScore: number;
                /** @default  */
                requirement: string;
                /** @enum {string} */
                type: "evidence";
            };
            name: string;
            weight: number;
        };
        /** @description 指标树（各级权重之和为 100）· the indicator tree (weights add up to 100 at each level) */
        AssessmentTree: components["schemas"]["AssessmentIndicator1"][];
        /** @description 指标树（各级权重之和为 100）· the indicator tree (weights add up to 100 at each level) */
        AssessmentTreeInput: components["schemas"]["AssessmentIndicator1Input"][];
        Attendance: {
            /** Format: date-time */
            checkedInAt: string;
            /** Format: date-time */
            checkedOutAt: string | null;
            /** @enum {string} */
            method: "qr" | "code" | "manual";
            name: string;
            orgName: string;
            personId: number;
            /** @description 在场时长（签到至签退，按半小时计；numeric 文本，如 "2.50"）；服务时长由社区确认 · presence hours as decimal text, not confirmed service hours */
            serviceHours: string | null;
            /** @enum {string|null} */
            signup: "confirmed" | "waitlisted" | "cancelled" | null;
        };
        BeatResult: {
            capSeconds: number;
            completed: boolean;
            credited: number;
            /** @enum {string} */
            kind: "article" | "video" | "pdf";
            seconds: number;
            thresholdSeconds: number;
        };
        CaseFigureItem: {
            caseValue: number;
            code: string;
            label: {
                en: string;
                zh: string;
            };
            /** @description 计算该数字的指标；为空表示模块未启用 · the metric computing it; null = not enabled */
            metric: string | null;
            unit: string | null;
            value: number | null;
        };
        CheckinResult: {
            activity: {
                id: number;
                title: string;
                type_code: string;
            };
            activityId: number;
            /** Format: date-time */
            checkedInAt: string;
            /** @description 本次新签到；重复签到为 false · false when already checked in */
            created: boolean;
        };
        CheckinToken: {
            /** Format: date-time */
            expiresAt: string;
            /** @description 6 位签到码 · the 6-digit code */
            shortCode: string;
            /** @description 二维码内容，30 秒轮换 · the QR content, rotated every 30 s */
            token: string;
        };
        CheckoutResult: {
            /** Format: date-time */
            checkedOutAt: string;
            /** @description 本次新签退；已签退过为 false · false when already checked out */
            created: boolean;
            /**
             * @description 服务时长：由组织方记录、待社区确认（本人不能填报）；或该类活动不计服务时长 · service hours are recorded by the organiser and confirmed by the community
             * @enum {string}
             */
            hoursStatus: "awaiting_confirmation" | "not_counted";
            /** @description 给参与者的说明，如“服务时长由组织方记录，待社区确认” · a note for the participant */
            note: string;
            /** @description 在场时长（小时，按半小时计，签到至签退）；已签退过为 null · half hours present; null when already checked out */
            presenceHours: number | null;
        };
        Community: {
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            districtCode: string;
            districtName: string;
            id: number;
            lat: number | null;
            long: number | null;
            /** @description 已确认报到的党员数 · members with a confirmed registration */
            memberCount: number;
            name: string;
            openNeedCount: number;
            /** @description 生效中的共建单位数 · organisations with a confirmed agreement */
            orgCount: number;
            partyOrgName: string;
            phone: string | null;
            staffCount: number;
            streetCode: string;
            streetName: string;
        };
        CommunityMemberRegistration: {
            address: string;
            communityId: number;
            communityName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            districtName: string;
            hasProof: boolean;
            id: number;
            /** Format: date-time */
            leftAt: string | null;
            personId: number;
            /** @description 退回理由或退出说明 · why it was declined, or why the member left */
            reason: string | null;
            /** @enum {string} */
            status: "pending" | "confirmed" | "declined" | "left";
            streetCode: string;
            streetName: string;
        };
        CommunityNeed: {
            /** @description 当前有效的认领 · the live claim, if any */
            claim: {
                /** Format: date-time */
                activityDueAt: string;
                activityId: number | null;
                /** @enum {string} */
                claimantKind: "org" | "team";
                /** Format: date-time */
                claimedAt: string;
                /** Format: date-time */
                endedAt: string | null;
                endReason: string | null;
                id: number;
                needId: number;
                orgId: number;
                orgName: string;
                /** @enum {string} */
                status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                teamId: number | null;
                teamName: string | null;
            } | null;
            /** Format: date-time */
            claimDeadline: string;
            communityId: number;
            communityName: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            districtName: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: date-time */
            flaggedAt: string | null;
            id: number;
            lat: number | null;
            long: number | null;
            peopleNeeded: number;
            place: string;
            skillsWanted: string[];
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "open" | "claimed" | "fulfilled" | "cancelled" | "expired";
            streetCode: string;
            streetName: string;
            title: string;
            typeCode: string;
            typeName: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CommunityOrgRegistration: {
            agreedServices: string[];
            communityId: number;
            communityName: string;
            contactName: string;
            contactPhone: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            declineReason: string | null;
            districtName: string;
            /** Format: date-time */
            endedAt: string | null;
            id: number;
            note: string;
            orgId: number;
            orgName: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "declined" | "ended";
            streetCode: string;
            streetName: string;
        };
        CommunityProfile: {
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            districtCode: string;
            districtName: string;
            id: number;
            lat: number | null;
            long: number | null;
            /** @description 已确认报到的党员数 · members with a confirmed registration */
            memberCount: number;
            name: string;
            openNeedCount: number;
            openNeeds: {
                /** Format: date-time */
                endsAt: string;
                id: number;
                peopleNeeded: number;
                /** Format: date-time */
                startsAt: string;
                title: string;
                typeCode: string;
                typeName: string;
            }[];
            /** @description 生效中的共建单位数 · organisations with a confirmed agreement */
            orgCount: number;
            partyOrgName: string;
            phone: string | null;
            registeredOrgs: {
                agreedServices: string[];
                orgId: number;
                orgName: string;
                /** Format: date */
                periodEnd: string;
                /** Format: date */
                periodStart: string;
                registrationId: number;
            }[];
            staffCount: number;
            streetCode: string;
            streetName: string;
        };
        CommunityRegions: {
            districts: {
                code: string;
                name: string;
            }[];
            streets: {
                code: string;
                districtCode: string;
                name: string;
            }[];
        };
        ContentDetail: {
            audienceOrgIds: number[];
            audienceRoles: string[];
            body: string;
            /** Format: date-time */
            createdAt: string;
            durationSeconds: number | null;
            estimatedSeconds: number;
            id: number;
            /** @enum {string} */
            kind: "article" | "video" | "pdf";
            media: {
                pdf?: string;
                poster?: string;
                video?: string;
            };
            orgId: number;
            orgName: string;
            /** Format: date-time */
            publishedAt: string | null;
            reviewComment: string | null;
            source: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published" | "archived";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            videoUrl: string | null;
        };
        /**
         * @example {
         *       "id": 12,
         *       "kind": "article",
         *       "title": "学习贯彻团十九大精神",
         *       "summary": "团十九大报告要点解读。",
         *       "status": "published",
         *       "orgId": 3,
         *       "orgName": "青岛团市委",
         *       "videoUrl": null,
         *       "durationSeconds": null,
         *       "estimatedSeconds": 240,
         *       "createdAt": "2026-03-02T02:00:00.000Z",
         *       "updatedAt": "2026-03-03T08:30:00.000Z",
         *       "publishedAt": "2026-03-03T08:30:00.000Z",
         *       "media": {
         *         "poster": "/api/v1/content/12/media/poster"
         *       }
         *     }
         */
        ContentItem: {
            /** Format: date-time */
            createdAt: string;
            durationSeconds: number | null;
            estimatedSeconds: number;
            id: number;
            /** @enum {string} */
            kind: "article" | "video" | "pdf";
            media: {
                pdf?: string;
                poster?: string;
                video?: string;
            };
            orgId: number;
            orgName: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published" | "archived";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            videoUrl: string | null;
        };
        /**
         * @description 竞赛详情（不含题目内容）· A contest with its rounds and teams; question texts are not part of it
         * @example {
         *       "id": 1,
         *       "name": "青年理论知识挑战赛",
         *       "description": "全市机关青年线上初赛，各单位代表队现场决赛。",
         *       "orgId": 1,
         *       "orgName": "团市委",
         *       "questionSource": {
         *         "kind": "draw",
         *         "tags": [
         *           "党史"
         *         ],
         *         "minDifficulty": 1,
         *         "maxDifficulty": 5,
         *         "types": [
         *           "single",
         *           "multiple",
         *           "judge"
         *         ],
         *         "count": 10
         *       },
         *       "entrantKind": "individual",
         *       "scoring": {
         *         "correctPoints": 1000,
         *         "speedBonusMax": 1000,
         *         "teamScore": "average"
         *       },
         *       "awardRule": {
         *         "kind": "ratio",
         *         "gold": 0.01,
         *         "silver": 0.03,
         *         "bronze": 0.06,
         *         "minScore": 1
         *       },
         *       "createdAt": "2026-05-01T01:00:00.000Z",
         *       "rounds": [
         *         {
         *           "id": 1,
         *           "seq": 1,
         *           "name": "线上初赛",
         *           "kind": "async",
         *           "code": null,
         *           "phase": "ended",
         *           "currentIndex": -1,
         *           "questions": 10,
         *           "secondsPerQuestion": 20,
         *           "opensAt": "2026-05-04T00:00:00.000Z",
         *           "closesAt": "2026-05-11T00:00:00.000Z",
         *           "finishedAt": "2026-05-11T00:01:00.000Z",
         *           "players": 812
         *         },
         *         {
         *           "id": 2,
         *           "seq": 2,
         *           "name": "现场决赛",
         *           "kind": "live",
         *           "code": "482913",
         *           "phase": "draft",
         *           "currentIndex": -1,
         *           "questions": 10,
         *           "secondsPerQuestion": 20,
         *           "opensAt": null,
         *           "closesAt": null,
         *           "finishedAt": null,
         *           "players": 0
         *         }
         *       ],
         *       "teams": [
         *         {
         *           "id": 1,
         *           "name": "市直机关工委",
         *           "orgId": 2,
         *           "squadId": null,
         *           "rosterSize": 0
         *         }
         *       ]
         *     }
         */
        Contest: {
            awardRule: {
                bronze: number;
                gold: number;
                /** @enum {string} */
                kind: "ratio" | "count";
                minScore?: number;
                silver: number;
            };
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** @enum {string} */
            entrantKind: "individual" | "team";
            id: number;
            name: string;
            orgId: number;
            orgName: string;
            questionSource: {
                /** @enum {string} */
                kind: "fixed";
                questionIds: number[];
            } | {
                count: number;
                /** @enum {string} */
                kind: "draw";
                maxDifficulty: number;
                minDifficulty: number;
                tags: string[];
                types: ("single" | "multiple" | "judge" | "fill")[];
            };
            rounds: components["schemas"]["ContestRound"][];
            scoring: {
                correctPoints: number;
                speedBonusMax: number;
                /** @enum {string} */
                teamScore: "sum" | "average";
            };
            teams: {
                id: number;
                name: string;
                orgId: number | null;
                rosterSize: number;
                /** @description 尖刀班作为参赛队 · the squad this team is */
                squadId: number | null;
            }[];
        };
        /**
         * @example {
         *       "phase": "question",
         *       "currentIndex": 0,
         *       "total": 10,
         *       "remainingMs": 20000,
         *       "version": 3
         *     }
         */
        ContestHostState: {
            currentIndex: number;
            /**
             * @description 现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases
             * @enum {string}
             */
            phase: "draft" | "lobby" | "question" | "reveal" | "paused" | "open" | "ended";
            remainingMs: number;
            total: number;
            version: number;
        };
        /**
         * @example {
         *       "code": "482913",
         *       "phase": "lobby",
         *       "currentIndex": -1,
         *       "total": 10,
         *       "remainingMs": 0,
         *       "players": 128
         *     }
         */
        ContestLiveStatus: {
            code: string | null;
            currentIndex: number;
            /**
             * @description 现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases
             * @enum {string}
             */
            phase: "draft" | "lobby" | "question" | "reveal" | "paused" | "open" | "ended";
            /** @description 当前连接的选手 · players connected now */
            players: number;
            remainingMs: number;
            total: number;
        };
        /** @description 本人参加过的一轮：得分、名次、奖项 · A round the caller played: score, rank, award */
        ContestMyResult: {
            /** @description 已作答（含超时）的题数 · questions answered or timed out */
            answered: number;
            awardId: number | null;
            /** @description 现场轮次的参赛码 · the join code of a live round */
            code: string | null;
            contestId: number;
            contestName: string;
            correct: number;
            /** @description 本人已答完全部题目 · every question of the round has been served and closed */
            done: boolean;
            /** @description 轮次已结束，名次不再变化 · the round has ended, the rank is final */
            final: boolean;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            kind: "async" | "live";
            /**
             * @description 现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases
             * @enum {string}
             */
            phase: "draft" | "lobby" | "question" | "reveal" | "paused" | "open" | "ended";
            players: number;
            /** @description 本人在该轮的名次（未结束时为当前名次）· rank in the round, current until it ends */
            rank: number;
            roundId: number;
            roundName: string;
            score: number;
            /** @enum {string|null} */
            tier: "gold" | "silver" | "bronze" | null;
            total: number;
        };
        /**
         * @description 当前题目，或答完后的得分 · The current question, or the score once every question is answered
         * @example {
         *       "done": false,
         *       "index": 0,
         *       "total": 10,
         *       "type": "single",
         *       "stem": "中国共产主义青年团成立于哪一年？",
         *       "options": [
         *         "1922年",
         *         "1921年",
         *         "1925年",
         *         "1919年"
         *       ],
         *       "durationMs": 20000,
         *       "remainingMs": 19870,
         *       "deadline": 1778480420000,
         *       "serverTime": 1778480400130,
         *       "answered": false
         *     }
         */
        ContestPlay: {
            answered: boolean;
            /** @description 截止时刻（毫秒时间戳）· deadline, epoch ms */
            deadline: number | null;
            /** @enum {boolean} */
            done: false;
            durationMs: number;
            index: number;
            /** @description 本人看到的选项顺序（A、B…）；判断题为 正确/错误；填空题为空 · options in this player’s order */
            options: string[];
            remainingMs: number;
            /** @description 服务器时间（毫秒时间戳）· server time, epoch ms */
            serverTime: number;
            stem: string;
            total: number;
            /** @enum {string} */
            type: "single" | "multiple" | "judge" | "fill";
        } | {
            answered: number;
            /** @enum {boolean} */
            done: true;
            score: number;
            total: number;
        };
        /**
         * @description 成绩：个人与团队排名、题目统计、获奖名单 · Rankings, per-question statistics and awards of a round
         * @example {
         *       "round": {
         *         "id": 1,
         *         "name": "线上初赛",
         *         "kind": "async",
         *         "phase": "ended",
         *         "finishedAt": "2026-05-11T00:01:00.000Z",
         *         "contestName": "青年理论知识挑战赛"
         *       },
         *       "individuals": [
         *         {
         *           "rank": 1,
         *           "playerId": 31,
         *           "name": "李娜",
         *           "score": 18450,
         *           "correct": 10,
         *           "answered": 10,
         *           "timeMs": 31200
         *         }
         *       ],
         *       "teams": [
         *         {
         *           "rank": 1,
         *           "teamId": 1,
         *           "name": "市直机关工委",
         *           "score": 12020,
         *           "players": 214
         *         }
         *       ],
         *       "questions": [
         *         {
         *           "index": 0,
         *           "questionId": 88,
         *           "stem": "中国共产主义青年团成立于哪一年？",
         *           "answered": 812,
         *           "correct": 701,
         *           "correctRate": 86.3,
         *           "avgSeconds": 6.4
         *         }
         *       ],
         *       "awards": [
         *         {
         *           "id": 9,
         *           "tier": "gold",
         *           "rank": 1,
         *           "score": 18450,
         *           "name": "李娜",
         *           "personId": 120,
         *           "teamId": null,
         *           "certificateNo": "VG-1-1-3FA2C1"
         *         }
         *       ]
         *     }
         */
        ContestResults: {
            awards: {
                certificateNo: string;
                id: number;
                name: string;
                personId: number | null;
                rank: number;
                score: number;
                teamId: number | null;
                /** @enum {string} */
                tier: "gold" | "silver" | "bronze";
            }[];
            individuals: {
                answered: number;
                correct: number;
                name: string;
                playerId: number;
                rank: number;
                score: number;
                /** @description 答对题目的用时（并列时的依据）· time on correct answers, the tie-break */
                timeMs: number;
            }[];
            questions: {
                answered: number;
                avgSeconds: number | null;
                correct: number;
                /** @description 正确率（%，一位小数）· percent correct, one decimal */
                correctRate: number;
                index: number;
                questionId: number;
                stem: string;
            }[];
            round: {
                contestName: string;
                /** Format: date-time */
                finishedAt: string | null;
                id: number;
                /** @enum {string} */
                kind: "async" | "live";
                name: string;
                /**
                 * @description 现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases
                 * @enum {string}
                 */
                phase: "draft" | "lobby" | "question" | "reveal" | "paused" | "open" | "ended";
            };
            teams: {
                name: string;
                players: number;
                rank: number;
                score: number;
                teamId: number;
            }[];
        };
        /** @description 竞赛轮次 · A round of a contest */
        ContestRound: {
            /** Format: date-time */
            closesAt: string | null;
            /** @description 现场轮次的 6 位加入码 · the 6-digit join code of a live round */
            code: string | null;
            currentIndex: number;
            /** Format: date-time */
            finishedAt: string | null;
            id: number;
            /** @enum {string} */
            kind: "async" | "live";
            name: string;
            /** Format: date-time */
            opensAt: string | null;
            /**
             * @description 现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases
             * @enum {string}
             */
            phase: "draft" | "lobby" | "question" | "reveal" | "paused" | "open" | "ended";
            players: number;
            questions: number;
            secondsPerQuestion: number;
            seq: number;
        };
        /** @description 竞赛（列表）· A contest in a list */
        ContestRow: {
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            entrantKind: "individual" | "team";
            id: number;
            name: string;
            orgId: number;
            orgName: string;
            /** @description 各轮参赛人次 · players over all rounds */
            players: number;
            rounds: number;
        };
        CourseDetail: {
            assignmentCount: number;
            assignments: {
                /** Format: date-time */
                assignedAt: string;
                /** Format: date-time */
                deadline: string;
                orgId: number;
                orgName: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            description: string;
            editable: boolean;
            id: number;
            /** @enum {string} */
            kind: "required" | "lifelong";
            lessonCount: number;
            lessons: {
                contentId: number;
                kind: string;
                position: number;
                title: string;
            }[];
            orgId: number;
            orgName: string;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description 今日答题：提交前不含答案，提交后含答案与解析 · Today’s quiz: no answers before it is submitted, answers and explanations after
         * @example {
         *       "id": 12,
         *       "day": "2026-03-02",
         *       "total": 2,
         *       "submitted": false,
         *       "questions": [
         *         {
         *           "id": 101,
         *           "type": "single",
         *           "stem": "中国共产主义青年团成立于哪一年？",
         *           "options": [
         *             "1919",
         *             "1921",
         *             "1922",
         *             "1949"
         *           ]
         *         },
         *         {
         *           "id": 102,
         *           "type": "judge",
         *           "stem": "共青团是中国共产党领导的先进青年的群团组织。",
         *           "options": []
         *         }
         *       ]
         *     }
         */
        DailyQuiz: {
            /** Format: date */
            day: string;
            id: number;
            questions: components["schemas"]["AskedQuestion"][];
            /** @enum {boolean} */
            submitted: false;
            total: number;
        } | {
            correct: number;
            /** Format: date */
            day: string;
            id: number;
            questions: components["schemas"]["ReviewedQuestion"][];
            /** @enum {boolean} */
            submitted: true;
            total: number;
        };
        /**
         * @example {
         *       "id": 1024,
         *       "trackingCode": "QD261127ABC234",
         *       "districtCode": "370202",
         *       "streetCode": "370202001",
         *       "channel": "hotline",
         *       "categoryCode": "water",
         *       "categoryName": "供水",
         *       "title": "小区停水三天",
         *       "description": "市南区某小区自周一起停水，至今未恢复。",
         *       "address": "市南区香港中路 1 号",
         *       "lat": 36.06,
         *       "long": 120.38,
         *       "citizenName": "张*",
         *       "citizenPhone": "139****5678",
         *       "status": "dispatched",
         *       "statusLabel": {
         *         "zh": "已派单",
         *         "en": "Dispatched"
         *       },
         *       "orgId": 12,
         *       "orgName": "市水务管理局机关党委",
         *       "handlerAccountId": null,
         *       "receivedAt": "2026-11-27T01:15:00.000Z",
         *       "dispatchedAt": "2026-11-27T01:15:00.000Z",
         *       "acceptedAt": null,
         *       "answeredAt": null,
         *       "closedAt": null,
         *       "responseDueAt": "2026-11-27T03:15:00.000Z",
         *       "resolutionDueAt": "2026-12-04T10:00:00.000Z",
         *       "light": "green",
         *       "answer": null,
         *       "returnReason": null,
         *       "satisfaction": null,
         *       "reopenCount": 0,
         *       "mergedIntoId": null,
         *       "photoCount": 0,
         *       "anonymised": false
         *     }
         */
        Demand: {
            /** Format: date-time */
            acceptedAt: string | null;
            address: string;
            anonymised: boolean;
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            categoryCode: string;
            categoryName: string | null;
            /** @enum {string} */
            channel: "web" | "hotline" | "api" | "open311";
            /** @description 脱敏姓名 · masked name */
            citizenName: string | null;
            /** @description 脱敏电话 · masked phone */
            citizenPhone: string | null;
            /** Format: date-time */
            closedAt: string | null;
            description: string;
            /** Format: date-time */
            dispatchedAt: string | null;
            districtCode: string;
            handlerAccountId: number | null;
            id: number;
            lat: number | null;
            /**
             * @description 未办结时的红黄绿灯 · deadline light while unfinished
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | null;
            long: number | null;
            mergedIntoId: number | null;
            orgId: number | null;
            orgName: string | null;
            photoCount: number;
            /** Format: date-time */
            receivedAt: string;
            reopenCount: number;
            /** Format: date-time */
            resolutionDueAt: string;
            /** Format: date-time */
            responseDueAt: string;
            returnReason: string | null;
            /** @enum {string|null} */
            satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            statusLabel: {
                en: string;
                zh: string;
            };
            streetCode: string | null;
            title: string;
            trackingCode: string;
        };
        DemandCategory: {
            active: boolean;
            /**
             * @description public 市民与 Open311 可选；enterprise 仅企业诉求（青创π 急难愁盼）· public: citizens and Open311; enterprise: business concerns only
             * @enum {string}
             */
            audience: "public" | "enterprise";
            code: string;
            defaultAgency: string | null;
            defaultOrgId: number | null;
            name: string;
            nameEn: string;
            /** @enum {string} */
            resolutionUnit: "h" | "wd";
            resolutionValue: number;
            /** @enum {string} */
            responseUnit: "h" | "wd";
            responseValue: number;
        };
        DemandChallenge: {
            /** @enum {string} */
            algorithm: "sha256";
            /** @description 须找到的前导零位数 · leading zero bits to find */
            difficulty: number;
            /** Format: date-time */
            expiresAt: string;
            nonce: string;
        };
        DemandDetail: {
            /** Format: date-time */
            acceptedAt: string | null;
            address: string;
            allowedActions: ("dispatch" | "redispatch" | "accept" | "return" | "start" | "note" | "request_extension" | "approve_extension" | "reject_extension" | "answer" | "callback" | "close" | "supervise" | "merge")[];
            anonymised: boolean;
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            callbacks: {
                /** Format: date-time */
                at: string;
                comment: string;
                id: number;
                /** @enum {string} */
                result: "satisfied" | "basically_satisfied" | "dissatisfied";
                /** @enum {string} */
                source: "citizen" | "operator";
            }[];
            canViewContact: boolean;
            categoryCode: string;
            categoryName: string | null;
            /** @enum {string} */
            channel: "web" | "hotline" | "api" | "open311";
            /** @description 脱敏姓名 · masked name */
            citizenName: string | null;
            /** @description 脱敏电话 · masked phone */
            citizenPhone: string | null;
            /** Format: date-time */
            closedAt: string | null;
            description: string;
            /** Format: date-time */
            dispatchedAt: string | null;
            districtCode: string;
            events: {
                action: string;
                actorName: string;
                /** Format: date-time */
                at: string;
                data: unknown;
                fromStatus: string | null;
                id: number;
                note: string;
                toStatus: string | null;
            }[];
            extensions: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                decidedAt: string | null;
                id: number;
                /** Format: date-time */
                newDueAt: string | null;
                /** Format: date-time */
                previousDueAt: string | null;
                reason: string;
                /** @enum {string} */
                status: "pending" | "approved" | "rejected";
                workingDays: number;
            }[];
            handlerAccountId: number | null;
            id: number;
            lat: number | null;
            /**
             * @description 未办结时的红黄绿灯 · deadline light while unfinished
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | null;
            long: number | null;
            mergedIntoId: number | null;
            orgId: number | null;
            orgName: string | null;
            photoCount: number;
            photos: {
                id: number;
                /**
                 * @description 照片以 WebP 发送；企业诉求的 PDF 附件原样下载 · photos are sent as WebP, PDF files as they were sent
                 * @enum {string}
                 */
                mime: "image/webp" | "application/pdf";
                url: string;
            }[];
            /** Format: date-time */
            receivedAt: string;
            reopenCount: number;
            /** Format: date-time */
            resolutionDueAt: string;
            /** Format: date-time */
            responseDueAt: string;
            returnReason: string | null;
            /** @enum {string|null} */
            satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            statusLabel: {
                en: string;
                zh: string;
            };
            streetCode: string | null;
            title: string;
            trackingCode: string;
        };
        DemandDispatchRule: {
            categoryCode: string;
            districtCode: string;
            id: number;
            orgId: number;
            orgName: string;
            priority: number;
        };
        DemandHoliday: {
            /** Format: date */
            day: string;
            isWorkday: boolean;
            name: string;
        };
        DemandOptions: {
            categories: {
                code: string;
                name: string;
                nameEn: string;
            }[];
            districts: {
                code: string;
                name: string;
            }[];
            streets: {
                code: string;
                district: string;
                name: string;
            }[];
        };
        DemandRateRow: {
            avgResponseHours: number | null;
            counts: {
                answered: number;
                answeredInTime: number;
                basicallySatisfied: number;
                closed: number;
                closedInTime: number;
                dissatisfied: number;
                merged: number;
                overdue: number;
                rated: number;
                received: number;
                reopened: number;
                responded: number;
                respondedInTime: number;
                satisfied: number;
            };
            key: string;
            label: string;
            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
            resolutionRate: number | null;
            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
            responseRate: number | null;
            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
            satisfactionRate: number | null;
        };
        /**
         * @example {
         *       "trackingCode": "QD261127ABC234",
         *       "citizenToken": "r3N2c0VjcmV0LW9uY2Utb25seS1mb3ItdGhlLWNpdGl6ZW4",
         *       "trackingPath": "/c/track/QD261127ABC234#t=r3N2c0VjcmV0LW9uY2Utb25seS1mb3ItdGhlLWNpdGl6ZW4",
         *       "status": "dispatched",
         *       "receivedAt": "2026-11-27T01:15:00.000Z",
         *       "resolutionDueAt": "2026-12-04T10:00:00.000Z"
         *     }
         */
        DemandSubmission: {
            /** @description 仅此一次返回的市民凭证，评价与补充照片时放在 x-demand-token 请求头 · the citizen secret, returned only here; send it in x-demand-token to rate or add photos */
            citizenToken: string;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            resolutionDueAt: string;
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            trackingCode: string;
            trackingPath: string;
        };
        DemandTracking: {
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            canRate: boolean;
            categoryName: string | null;
            department: string | null;
            /** @description 请求带有正确的 x-demand-token · the request carries the right x-demand-token */
            holder: boolean;
            progress: {
                action: string;
                /** Format: date-time */
                at: string;
                label: {
                    en: string;
                    zh: string;
                };
                /** @enum {string|null} */
                status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed" | null;
            }[];
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            resolutionDueAt: string;
            /** @enum {string|null} */
            satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            statusLabel: {
                en: string;
                zh: string;
            };
            title: string;
            trackingCode: string;
        };
        /** @description 错误 · An error */
        Error: {
            error: {
                /** @description 错误码，见 kernel/errors.ts · the error code */
                code: string;
                /** @description 字段错误 [{ field, message }] 或其他细节，可为 null · field issues or other details, may be null */
                details: unknown;
                /** @description 按 Accept-Language 的说明 · the message in the caller’s language */
                message: string;
                message_en: string;
                message_zh: string;
            };
        };
        /**
         * @description 答卷：进行中不含答案，交卷后含答案、解析与得分 · A paper: no answers while running; answers, explanations and score once submitted
         * @example {
         *       "attemptId": 7,
         *       "examId": 3,
         *       "startedAt": "2026-03-02T01:00:00.000Z",
         *       "deadline": "2026-03-02T01:30:00.000Z",
         *       "totalPoints": 20,
         *       "submitted": false,
         *       "remainingSeconds": 1795,
         *       "questions": [
         *         {
         *           "id": 101,
         *           "type": "single",
         *           "stem": "中国共产主义青年团成立于哪一年？",
         *           "options": [
         *             "1919",
         *             "1921",
         *             "1922",
         *             "1949"
         *           ],
         *           "points": 10,
         *           "section": 0,
         *           "savedAnswer": []
         *         },
         *         {
         *           "id": 103,
         *           "type": "fill",
         *           "stem": "共青团的基层组织是团的____。",
         *           "options": [],
         *           "points": 10,
         *           "section": 0,
         *           "savedAnswer": [
         *             "支部"
         *           ]
         *         }
         *       ]
         *     }
         */
        ExamPaper: {
            attemptId: number;
            /** Format: date-time */
            deadline: string;
            examId: number;
            questions: {
                id: number;
                options: string[];
                points: number;
                savedAnswer: string[];
                section: number;
                stem: string;
                type: components["schemas"]["LearningQuestionType"];
            }[];
            remainingSeconds: number;
            /** Format: date-time */
            startedAt: string;
            /** @enum {boolean} */
            submitted: false;
            totalPoints: number;
        } | {
            attemptId: number;
            autoSubmitted: boolean;
            /** Format: date-time */
            deadline: string;
            examId: number;
            questions: {
                correct: boolean;
                correctAnswer: string[];
                earned: number;
                explanation: string;
                id: number;
                options: string[];
                points: number;
                section: number;
                stem: string;
                type: components["schemas"]["LearningQuestionType"];
                yourAnswer: string[];
            }[];
            score: number;
            /** Format: date-time */
            startedAt: string;
            /** @enum {boolean} */
            submitted: true;
            /** Format: date-time */
            submittedAt: string;
            totalPoints: number;
        };
        ExamSection: {
            points: number;
            questionIds: number[];
            title: string;
        } | {
            count: number;
            maxDifficulty: number;
            minDifficulty: number;
            points: number;
            tags: string[];
            title: string;
            types: components["schemas"]["LearningQuestionType"][];
        };
        FigureBreakdown: {
            /** @enum {string} */
            by: "org" | "district" | "category";
            items: {
                key: string;
                label: string;
                orgId: number | null;
                value: number;
            }[];
            name: string;
            total: number;
        };
        FigureItem: {
            additive: boolean;
            caseFigure: string | null;
            drillDown: boolean;
            groupBy: ("org" | "district" | "category")[];
            /** @enum {string} */
            kind: "org" | "person";
            label: {
                en: string;
                zh: string;
            };
            module: string;
            name: string;
            /** @description 仅当请求 ranking 时 · only when ranking was asked for */
            ranking?: {
                key: string;
                label: string;
                orgId: number | null;
                value: number;
            }[];
            series: boolean;
            /** @enum {string} */
            theme: "courses" | "carriers" | "mechanisms" | "orientations";
            /** @description 仅当请求 trend 时 · only when trend was asked for */
            trend?: {
                /** Format: date */
                start: string;
                value: number;
            }[];
            unit: string | null;
            value: number | null;
        };
        FigureRecords: {
            items: {
                [key: string]: unknown;
            }[];
            total: number;
        };
        Figures: {
            caseFigures: components["schemas"]["CaseFigureItem"][];
            items: components["schemas"]["FigureItem"][];
            scope: {
                from: string | null;
                orgId: number;
                orgName: string;
                to: string | null;
            };
        };
        FigureSeries: {
            /** @enum {string} */
            bucket: "day" | "week" | "month" | "year";
            items: {
                /** Format: date */
                start: string;
                value: number;
            }[];
            name: string;
            total: number;
        };
        HoursCertificate: {
            activityCount: number;
            id: number;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            totalHours: number;
            verificationCode: string;
        };
        HoursCertificateCheck: {
            activityCount: number;
            /** Format: date-time */
            issuedAt: string;
            /** @description 姓名（脱敏）· the masked name */
            name: string;
            orgName: string;
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            totalHours: number;
            /** @enum {boolean} */
            valid: true;
            verificationCode: string;
        };
        LearningCourse: {
            assignmentCount: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            editable: boolean;
            id: number;
            /** @enum {string} */
            kind: "required" | "lifelong";
            lessonCount: number;
            orgId: number;
            orgName: string;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LearningExam: {
            /** Format: date-time */
            closesAt: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            id: number;
            /** Format: date-time */
            opensAt: string | null;
            orgId: number;
            orgName: string;
            passScore: number | null;
            sections: components["schemas"]["ExamSection"][];
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            timeLimitMinutes: number;
            title: string;
        };
        /**
         * @description 题库中的题目（含答案，仅管理员可见） · A bank question, with its answer (admins only)
         * @example {
         *       "id": 101,
         *       "type": "single",
         *       "stem": "中国共产主义青年团成立于哪一年？",
         *       "options": [
         *         "1919",
         *         "1921",
         *         "1922",
         *         "1949"
         *       ],
         *       "answer": [
         *         "C"
         *       ],
         *       "tags": [
         *         "团史"
         *       ],
         *       "difficulty": 2,
         *       "explanation": "1922 年 5 月，中国社会主义青年团第一次全国代表大会在广州召开。",
         *       "orgId": 1,
         *       "orgName": "青岛市团委",
         *       "source": "manual",
         *       "createdAt": "2026-03-01T02:00:00.000Z",
         *       "updatedAt": "2026-03-01T02:00:00.000Z"
         *     }
         */
        LearningQuestion: {
            answer: string[];
            /** Format: date-time */
            createdAt: string;
            difficulty: number;
            explanation: string;
            id: number;
            options: string[];
            orgId: number;
            orgName: string;
            source: string;
            stem: string;
            tags: string[];
            type: components["schemas"]["LearningQuestionType"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        LearningQuestionType: "single" | "multiple" | "judge" | "fill";
        /**
         * @example {
         *       "ok": true,
         *       "csrfToken": "q3V0…",
         *       "mustChangePassword": false
         *     }
         */
        LoginResult: {
            csrfToken: string;
            mustChangePassword: boolean;
            /** @enum {boolean} */
            ok: true;
        };
        Me: {
            accountId: number;
            csrfToken: string;
            displayName: string;
            mustChangePassword: boolean;
            permissions: string[];
            personId: number | null;
            roles: {
                orgId: number;
                orgName: string;
                orgPath: string;
                /** @enum {string} */
                role: "committee_admin" | "org_admin" | "branch_secretary" | "member" | "community_staff" | "handler" | "entrepreneur" | "reviewer";
            }[];
            username: string;
        };
        MyActivity: {
            attendedCount: number;
            capacity: number | null;
            categoryCode: string;
            categoryName: string;
            confirmedCount: number;
            description: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** Format: date-time */
            myCheckedInAt: string | null;
            /** @enum {string|null} */
            mySignup: "confirmed" | "waitlisted" | "cancelled" | null;
            myWaitPosition: number | null;
            orgId: number;
            orgName: string;
            /** Format: date-time */
            signupClosesAt: string | null;
            /** Format: date-time */
            signupOpensAt: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            summary: string | null;
            title: string;
            typeCode: string;
            typeName: string;
            venue: string;
            waitlistCount: number;
        };
        MyCommunityRegistration: {
            current: {
                address: string;
                communityId: number;
                communityName: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                decidedAt: string | null;
                districtName: string;
                hasProof: boolean;
                id: number;
                /** Format: date-time */
                leftAt: string | null;
                personId: number;
                /** @description 退回理由或退出说明 · why it was declined, or why the member left */
                reason: string | null;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "left";
                streetCode: string;
                streetName: string;
            } | null;
            history: components["schemas"]["CommunityMemberRegistration"][];
        };
        MyCourse: {
            completed: boolean;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            deadline: string | null;
            description: string;
            done: number;
            id: number;
            /** @enum {string} */
            kind: "required" | "lifelong";
            orgName: string;
            progress: number;
            tags: string[];
            title: string;
            total: number;
        };
        MyCourseDetail: {
            completed: boolean;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            deadline: string | null;
            description: string;
            done: number;
            id: number;
            /** @enum {string} */
            kind: "required" | "lifelong";
            lessons: {
                completed: boolean;
                /** Format: date-time */
                completedAt: string | null;
                contentId: number;
                kind: string;
                title: string;
            }[];
            orgName: string;
            progress: number;
            tags: string[];
            title: string;
            total: number;
        };
        MyExam: {
            attemptId: number | null;
            /** Format: date-time */
            closesAt: string | null;
            description: string;
            id: number;
            /** Format: date-time */
            opensAt: string | null;
            score: number | null;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /** Format: date-time */
            submittedAt: string | null;
            timeLimitMinutes: number;
            title: string;
            totalPoints: number | null;
        };
        MyFigures: {
            items: {
                label: {
                    en: string;
                    zh: string;
                };
                name: string;
                unit: string | null;
                value: number;
            }[];
        };
        MySquad: {
            innovations: {
                accepted: number;
                declined: number;
                submitted: number;
            } | null;
            /** Format: date-time */
            joinedAt: string | null;
            members: components["schemas"]["SquadMember"][];
            /** @description 队长可见：待组织确认的推荐 · for the leader: pending proposals */
            proposals: components["schemas"]["SquadMember"][];
            /** @enum {string|null} */
            role: "leader" | "member" | null;
            squad: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date */
                endedOn: string | null;
                field: string;
                id: number;
                leaderName: string | null;
                leaderPersonId: number | null;
                /** @description 在队人数 · active members */
                memberCount: number;
                mergedIntoId: number | null;
                mission: string;
                name: string;
                orgId: number;
                orgName: string;
                /** Format: date */
                startedOn: string;
                /** @enum {string} */
                status: "active" | "merged" | "disbanded";
            } | null;
            tasks: {
                accepted: number;
                /** @description 逾期验收 · accepted late */
                late: number;
                /** @description 按期验收 · accepted on time */
                onTime: number;
                open: number;
                /** @description 逾期未完成的里程碑 · open milestones past due */
                overdueMilestones: number;
                returned: number;
                submitted: number;
                total: number;
            } | null;
        };
        MySquadMilestone: {
            /** Format: date-time */
            doneAt: string | null;
            doneByName: string | null;
            /** Format: date */
            dueOn: string;
            evidence: components["schemas"]["SquadEvidence"][];
            id: number;
            mine: boolean;
            /** @description 完成日（上海时间）不晚于截止日 · done on or before the due day (Asia/Shanghai) */
            onTime: boolean | null;
            /** @description 未完成且已过截止日 · open and past due */
            overdue: boolean;
            seq: number;
            /** @enum {string} */
            status: "open" | "done";
            taskId: number;
            /** @enum {string} */
            taskStatus: "open" | "submitted" | "accepted" | "returned";
            taskTitle: string;
            title: string;
        };
        MyVolunteerTeam: {
            id: number;
            isCaptain: boolean;
            /** Format: date-time */
            joinedAt: string;
            memberCount: number;
            name: string;
            orgName: string;
            serviceTypes: string[];
            /** @enum {string} */
            status: "active" | "disbanded";
        };
        Notification: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            kind: string;
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            title: string;
        };
        Open311ApiKey: {
            /** Format: date-time */
            createdAt: string;
            id: number;
            keyPrefix: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        OrganiserCheckoutResult: {
            /** @description 本次签退人数 · people checked out now */
            count: number;
            items: {
                /** Format: date-time */
                checkedOutAt: string;
                personId: number;
                presenceHours: number;
            }[];
        };
        PairingConcern: {
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description 附件：照片（WebP）或 PDF，url 为本人可读的地址 · photos (sent as WebP) or PDF files, at a url this reader may fetch */
            attachments: {
                id: number;
                /** @enum {string} */
                mime: "image/webp" | "application/pdf";
                url: string;
            }[];
            cadreName: string | null;
            cadrePersonId: number | null;
            /** @description 已答复、待企业家评价 · answered, awaiting the entrepreneur’s rating */
            canRate: boolean;
            category: string;
            categoryName: string;
            /** Format: date-time */
            closedAt: string | null;
            company: string;
            /** Format: date-time */
            createdAt: string;
            /** @description 诉求编号（青诉即办）· the demand’s id */
            demandId: number;
            /** @description 承办部门 · the department handling it */
            departmentName: string | null;
            description: string;
            districtCode: string;
            entrepreneurId: number;
            entrepreneurName: string;
            /** @enum {string} */
            raisedAs: "entrepreneur" | "cadre";
            /** Format: date-time */
            resolutionDueAt: string;
            /** Format: date-time */
            responseDueAt: string;
            /** @enum {string|null} */
            satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
            sector: string;
            sectorName: string;
            /** @enum {string} */
            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            statusLabel: {
                en: string;
                zh: string;
            };
            title: string;
            trackingCode: string;
        };
        PairingContact: {
            /** Format: date-time */
            createdAt: string;
            followUp: string;
            /** Format: date */
            followUpDue: string | null;
            /** Format: date-time */
            happenedAt: string;
            id: number;
            /** @enum {string} */
            kind: "visit" | "call" | "meeting" | "online";
            kindName: string;
            notes: string;
            pairId: number;
            topic: string;
            writtenByName: string | null;
        };
        PairingCoSession: {
            capacity: number | null;
            /** @description 已占名额（干部与企业家合计）· seats taken by both sides */
            confirmedCount: number;
            description: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** Format: date-time */
            myCheckedInAt: string | null;
            /** Format: date-time */
            mySignedUpAt: string | null;
            orgName: string;
            /** Format: date-time */
            signupClosesAt: string | null;
            /** Format: date-time */
            signupOpensAt: string | null;
            /** Format: date-time */
            startsAt: string;
            status: string;
            title: string;
            venue: string;
        };
        PairingCoSessionAttendees: {
            activityId: number;
            cadres: {
                /** Format: date-time */
                checkedInAt: string;
                /** Format: date-time */
                checkedOutAt: string | null;
                name: string;
                orgName: string;
                personId: number;
            }[];
            capacity: number | null;
            counts: {
                cadresAttended: number;
                entrepreneursAttended: number;
                entrepreneursSignedUp: number;
            };
            entrepreneurs: {
                /** Format: date-time */
                cancelledAt: string | null;
                /** Format: date-time */
                checkedInAt: string | null;
                company: string;
                entrepreneurId: number;
                name: string;
                /** Format: date-time */
                signedUpAt: string;
            }[];
            title: string;
        };
        /**
         * @example {
         *       "id": 41,
         *       "name": "李思远",
         *       "birthDate": "1992-06-01",
         *       "position": "总经理",
         *       "company": "青岛海智无人机科技有限公司",
         *       "creditCode": "91370212MA3C4Q1X26",
         *       "sector": "low_altitude",
         *       "sectorName": "低空经济",
         *       "districtCode": "370212",
         *       "districtName": "崂山区",
         *       "size": "small",
         *       "phone": "138****1234",
         *       "orgId": 7,
         *       "orgName": "市发展改革委机关党委",
         *       "source": "self",
         *       "status": "approved",
         *       "rejectReason": null,
         *       "reviewedAt": "2026-05-06T02:00:00.000Z",
         *       "accountId": 90,
         *       "pair": {
         *         "id": 5,
         *         "cadrePersonId": 301,
         *         "cadreName": "王晓明",
         *         "cadreOrgName": "市发展改革委综合处党支部",
         *         "startedAt": "2026-05-08T02:00:00.000Z"
         *       },
         *       "createdAt": "2026-05-05T02:00:00.000Z"
         *     }
         */
        PairingEntrepreneur: {
            accountId: number | null;
            /** Format: date */
            birthDate: string | null;
            company: string;
            /** Format: date-time */
            createdAt: string;
            creditCode: string;
            districtCode: string;
            districtName: string;
            id: number;
            name: string;
            orgId: number;
            orgName: string;
            /** @description 当前结对干部 · the active pair */
            pair: {
                cadreName: string;
                cadreOrgName: string;
                cadrePersonId: number;
                id: number;
                /** Format: date-time */
                startedAt: string;
            } | null;
            phone: string;
            position: string;
            rejectReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            sector: string;
            sectorName: string;
            /** @enum {string} */
            size: "micro" | "small" | "medium" | "large";
            /** @enum {string} */
            source: "staff" | "self";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
        };
        PairingMyResearchTopic: {
            /** @description 在组干部人数 · cadres currently on it */
            cadreCount: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date */
            endedOn: string | null;
            /** @description 在组企业家人数 · entrepreneurs currently on it */
            entrepreneurCount: number;
            field: string;
            fieldName: string;
            id: number;
            meetingCount: number;
            /** Format: date-time */
            myLeftAt: string | null;
            /** @enum {string} */
            myRole: "lead" | "member";
            /** @enum {string} */
            mySide: "cadre" | "entrepreneur";
            orgId: number;
            orgName: string;
            outputCount: number;
            publishedCount: number;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            status: "active" | "concluded";
            title: string;
        };
        PairingMyResearchTopicDetail: {
            participants: components["schemas"]["PairingResearchParticipant"][];
            topic: components["schemas"]["PairingMyResearchTopic"];
        };
        PairingOptions: {
            concernCategories: {
                code: string;
                name: string;
            }[];
            districts: {
                code: string;
                name: string;
            }[];
            sectors: {
                code: string;
                name: string;
            }[];
            sizes: {
                /** @enum {string} */
                code: "micro" | "small" | "medium" | "large";
                name: string;
            }[];
        };
        /**
         * @example {
         *       "id": 5,
         *       "cadrePersonId": 301,
         *       "cadreName": "王晓明",
         *       "cadreOrgId": 12,
         *       "cadreOrgName": "市发展改革委综合处党支部",
         *       "entrepreneurId": 41,
         *       "entrepreneurName": "李思远",
         *       "company": "青岛海智无人机科技有限公司",
         *       "sector": "low_altitude",
         *       "note": "低空经济产业链对接",
         *       "startedAt": "2026-05-08T02:00:00.000Z",
         *       "endedAt": null,
         *       "endReason": null,
         *       "contactCount": 3,
         *       "lastContactAt": "2026-06-02T01:30:00.000Z"
         *     }
         */
        PairingPair: {
            cadreName: string;
            cadreOrgId: number;
            cadreOrgName: string;
            cadrePersonId: number;
            company: string;
            contactCount: number;
            /** Format: date-time */
            endedAt: string | null;
            endReason: string | null;
            entrepreneurId: number;
            entrepreneurName: string;
            id: number;
            /** Format: date-time */
            lastContactAt: string | null;
            note: string;
            sector: string;
            /** Format: date-time */
            startedAt: string;
        };
        /**
         * @example {
         *       "status": "pending",
         *       "message": "登记已提交，工作人员审核后将与您联系"
         *     }
         */
        PairingRegistrationReceipt: {
            message: string;
            /** @enum {string} */
            status: "pending";
        };
        PairingResearchMeeting: {
            activityId: number | null;
            activityTitle: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            heldAt: string;
            id: number;
            notes: string;
            title: string;
            topicId: number;
        };
        PairingResearchOutput: {
            body: string;
            /** @description 发布后的内容条目（学习内容中可读）· the content item it was published as */
            contentId: number | null;
            /** Format: date-time */
            createdAt: string;
            createdByName: string | null;
            field: string;
            id: number;
            /** @enum {string} */
            kind: "report" | "policy_proposal";
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "approved" | "published";
            /** Format: date-time */
            submittedAt: string | null;
            summary: string;
            title: string;
            topicId: number;
            topicTitle: string;
        };
        PairingResearchParticipant: {
            affiliation: string;
            entrepreneurId: number | null;
            id: number;
            /** Format: date-time */
            joinedAt: string;
            /** Format: date-time */
            leftAt: string | null;
            name: string;
            personId: number | null;
            /** @enum {string} */
            role: "lead" | "member";
            /** @enum {string} */
            side: "cadre" | "entrepreneur";
            topicId: number;
        };
        /**
         * @example {
         *       "id": 3,
         *       "title": "低空经济应用场景开放研究",
         *       "field": "low_altitude",
         *       "fieldName": "低空经济",
         *       "description": "梳理全市低空物流、巡检场景需求",
         *       "orgId": 12,
         *       "orgName": "市发展改革委机关党委",
         *       "status": "active",
         *       "startedOn": "2026-03-01",
         *       "endedOn": null,
         *       "createdAt": "2026-02-27T02:00:00.000Z",
         *       "cadreCount": 3,
         *       "entrepreneurCount": 2,
         *       "meetingCount": 1,
         *       "outputCount": 2,
         *       "publishedCount": 1
         *     }
         */
        PairingResearchTopic: {
            /** @description 在组干部人数 · cadres currently on it */
            cadreCount: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date */
            endedOn: string | null;
            /** @description 在组企业家人数 · entrepreneurs currently on it */
            entrepreneurCount: number;
            field: string;
            fieldName: string;
            id: number;
            meetingCount: number;
            orgId: number;
            orgName: string;
            outputCount: number;
            publishedCount: number;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            status: "active" | "concluded";
            title: string;
        };
        PairingResearchTopicDetail: {
            participants: components["schemas"]["PairingResearchParticipant"][];
            topic: components["schemas"]["PairingResearchTopic"];
        };
        PairingReviewed: {
            account: {
                initialPassword: string;
                username: string;
            } | null;
            entrepreneur: components["schemas"]["PairingEntrepreneur"];
        };
        PracticeAttachment: {
            /** Format: date-time */
            createdAt: string;
            id: number;
            mime: string;
            originalName: string;
            /** @description 字节 · bytes */
            size: number;
            /** @description 下载地址 · where to download it */
            url: string;
        };
        /** @description 可参加的实践项目 · A project open to the member */
        PracticeMemberProject: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date */
            endsOn: string | null;
            id: number;
            joined: boolean;
            memberCount: number;
            orgId: number;
            orgName: string;
            /** @description 已提交过审核的报告数 · reports ever submitted */
            reportCount: number;
            /** Format: date */
            startsOn: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        PracticeOrgCount: {
            approved: number;
            orgId: number;
            orgName: string;
            submitted: number;
        };
        /**
         * @description 实践项目 · A practice project
         * @example {
         *       "id": 3,
         *       "title": "沿着产业链看党建",
         *       "description": "走访产业链上下游企业，了解党建引领产业发展的做法。",
         *       "orgId": 2,
         *       "orgName": "市直机关工委",
         *       "status": "open",
         *       "startsOn": "2026-07-01",
         *       "endsOn": "2026-09-30",
         *       "memberCount": 12,
         *       "reportCount": 4,
         *       "createdAt": "2026-06-20T02:00:00.000Z"
         *     }
         */
        PracticeProject: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date */
            endsOn: string | null;
            id: number;
            memberCount: number;
            orgId: number;
            orgName: string;
            /** @description 已提交过审核的报告数 · reports ever submitted */
            reportCount: number;
            /** Format: date */
            startsOn: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        /** @description 基层报告 · A report from the grassroots */
        PracticeReport: {
            /** Format: date-time */
            approvedAt: string | null;
            authorName: string;
            /** @description 发布成的文章 · the article it was published as */
            contentId: number | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            orgId: number;
            orgName: string;
            personId: number;
            projectId: number | null;
            projectTitle: string | null;
            reviewComment: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "approved";
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description 基层报告详情 · A report with its body and attachments
         * @example {
         *       "id": 17,
         *       "title": "来自基层的报告：链上企业走访记",
         *       "status": "submitted",
         *       "personId": 120,
         *       "authorName": "张伟",
         *       "orgId": 8,
         *       "orgName": "第一党支部",
         *       "projectId": 3,
         *       "projectTitle": "沿着产业链看党建",
         *       "reviewComment": null,
         *       "reviewedAt": null,
         *       "submittedAt": "2026-07-12T08:30:00.000Z",
         *       "approvedAt": null,
         *       "contentId": null,
         *       "createdAt": "2026-07-10T06:00:00.000Z",
         *       "updatedAt": "2026-07-12T08:30:00.000Z",
         *       "body": "<p>我们沿着产业链走访了三家链上企业……</p>",
         *       "attachments": [
         *         {
         *           "id": 5,
         *           "mime": "image/jpeg",
         *           "size": 183204,
         *           "originalName": "现场照片.jpg",
         *           "createdAt": "2026-07-10T06:05:00.000Z",
         *           "url": "/api/v1/practice/reports/17/attachments/5"
         *         }
         *       ]
         *     }
         */
        PracticeReportDetail: {
            /** Format: date-time */
            approvedAt: string | null;
            attachments: components["schemas"]["PracticeAttachment"][];
            authorName: string;
            /** @description 正文（已净化的 HTML）· sanitised HTML */
            body: string;
            /** @description 发布成的文章 · the article it was published as */
            contentId: number | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            orgId: number;
            orgName: string;
            personId: number;
            projectId: number | null;
            projectTitle: string | null;
            reviewComment: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "approved";
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        QuestionImportReport: {
            /** @enum {string} */
            format: "excel" | "gift" | "json";
            imported: number;
            items: {
                index: number;
                line: number | null;
                message: string | null;
                messageEn: string | null;
                questionId: number | null;
                /** @enum {string|null} */
                reason: "duplicate" | "unsupported_type" | "unsupported_scoring" | "parse_error" | "invalid" | null;
                /** @enum {string} */
                status: "imported" | "skipped";
                stem: string;
                type: string | null;
            }[];
            /** @enum {string} */
            mode: "dry-run" | "apply";
            skipped: number;
            total: number;
        };
        ReaderDetail: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            durationSeconds: number | null;
            estimatedSeconds: number;
            id: number;
            /** @enum {string} */
            kind: "article" | "video" | "pdf";
            media: {
                pdf?: string;
                poster?: string;
                video?: string;
            };
            myProgress: {
                completed: boolean;
                seconds: number;
            } | null;
            orgId: number;
            orgName: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published" | "archived";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            videoUrl: string | null;
        };
        ReaderItem: {
            /** Format: date-time */
            createdAt: string;
            durationSeconds: number | null;
            estimatedSeconds: number;
            id: number;
            /** @enum {string} */
            kind: "article" | "video" | "pdf";
            media: {
                pdf?: string;
                poster?: string;
                video?: string;
            };
            myProgress: {
                completed: boolean;
                seconds: number;
            } | null;
            orgId: number;
            orgName: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published" | "archived";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            videoUrl: string | null;
        };
        /** @description 已作答的题目（含正确答案与解析） · An answered question with the right answer and explanation */
        ReviewedQuestion: {
            correct: boolean;
            correctAnswer: string[];
            explanation: string;
            id: number;
            options: string[];
            stem: string;
            type: components["schemas"]["LearningQuestionType"];
            yourAnswer: string[];
        };
        ServiceHours: {
            activityId: number;
            /** Format: date-time */
            activityStartsAt: string | null;
            activityTitle: string;
            adjustedHours: number | null;
            adjustReason: string | null;
            communityId: number;
            communityName: string;
            /** Format: date-time */
            confirmedAt: string | null;
            hours: number;
            id: number;
            name: string;
            orgName: string;
            personId: number;
            /** Format: date-time */
            recordedAt: string;
            recordedHours: number;
            /** Format: date-time */
            returnedAt: string | null;
            returnReason: string | null;
            /** @enum {string} */
            status: "pending" | "confirmed" | "returned";
        };
        Signup: {
            /** Format: date-time */
            createdAt: string;
            name: string;
            orgName: string;
            personId: number;
            /** @enum {string} */
            status: "confirmed" | "waitlisted";
        };
        SignupResult: {
            created: boolean;
            /** @description 候补位次（1 为下一位），已确认为 null · waitlist place, null when confirmed */
            position: number | null;
            /** @enum {string} */
            status: "confirmed" | "waitlisted";
        };
        /**
         * @example {
         *       "id": 12,
         *       "name": "招商引资青年尖刀班",
         *       "orgId": 7,
         *       "orgName": "市发展改革委机关党委",
         *       "field": "招商引资",
         *       "mission": "聚焦重点产业链招商，打头阵、当先锋、抓落实。",
         *       "status": "active",
         *       "startedOn": "2026-03-01",
         *       "endedOn": null,
         *       "mergedIntoId": null,
         *       "leaderPersonId": 301,
         *       "leaderName": "王晓明",
         *       "memberCount": 9,
         *       "createdAt": "2026-03-01T02:00:00.000Z"
         *     }
         */
        Squad: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endedOn: string | null;
            field: string;
            id: number;
            leaderName: string | null;
            leaderPersonId: number | null;
            /** @description 在队人数 · active members */
            memberCount: number;
            mergedIntoId: number | null;
            mission: string;
            name: string;
            orgId: number;
            orgName: string;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            status: "active" | "merged" | "disbanded";
        };
        SquadCandidate: {
            /** @description 当前所在尖刀班 · the squad the person is active in */
            activeSquad: {
                id: number;
                name: string;
            } | null;
            age: number;
            /** Format: date */
            birthDate: string;
            /** @description 今天符合青年干部年龄规则 · a young cadre today */
            eligible: boolean;
            gender: string;
            id: number;
            name: string;
            orgName: string;
            position: string | null;
            unit: string | null;
        };
        SquadEvidence: {
            caption: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            mime: string;
            originalName: string;
            size: number;
            uploadedByName: string | null;
            /** @description 下载地址（图片可加 ?w= 缩放）· download address (images take ?w=) */
            url: string;
        };
        SquadInnovation: {
            /** Format: date-time */
            decidedAt: string | null;
            decidedByName: string | null;
            decisionReason: string | null;
            description: string;
            evidence: components["schemas"]["SquadEvidence"][];
            id: number;
            /** @enum {string} */
            kind: "method" | "tool" | "policy";
            squadId: number;
            squadName: string;
            /** @enum {string} */
            status: "submitted" | "accepted" | "declined";
            /** Format: date-time */
            submittedAt: string;
            submittedByName: string | null;
            title: string;
        };
        SquadInnovationSummary: {
            accepted: number;
            declined: number;
            submitted: number;
        };
        SquadMember: {
            /** @description 当前年龄（上海日历日）· age today */
            age: number;
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedByName: string | null;
            id: number;
            /** Format: date-time */
            joinedAt: string | null;
            joinReason: string;
            leaveReason: string | null;
            /** Format: date-time */
            leftAt: string | null;
            name: string;
            orgName: string;
            personId: number;
            position: string | null;
            /** Format: date-time */
            proposedAt: string;
            proposedByName: string | null;
            rejectReason: string | null;
            /** @enum {string} */
            role: "leader" | "member";
            squadId: number;
            /** @enum {string} */
            status: "proposed" | "active" | "left" | "rejected";
            unit: string | null;
        };
        SquadMergeResult: {
            /** @description 转入目标尖刀班的人员 · people moved into the target squad */
            moved: number[];
            /** @description 未转入的人员及原因 · people not moved and why */
            notMoved: {
                personId: number;
                reason: string;
            }[];
            squad: components["schemas"]["Squad"];
        };
        SquadMilestone: {
            /** Format: date-time */
            doneAt: string | null;
            doneByName: string | null;
            /** Format: date */
            dueOn: string;
            evidence: components["schemas"]["SquadEvidence"][];
            id: number;
            /** @description 完成日（上海时间）不晚于截止日 · done on or before the due day (Asia/Shanghai) */
            onTime: boolean | null;
            /** @description 未完成且已过截止日 · open and past due */
            overdue: boolean;
            seq: number;
            /** @enum {string} */
            status: "open" | "done";
            taskId: number;
            title: string;
        };
        SquadProfile: {
            /** @description 调用者可管理本队 · the caller may manage this squad */
            canWrite: boolean;
            /** @description 全部入队、离队记录（最新在前）· every join and leave, newest first */
            history: components["schemas"]["SquadMember"][];
            innovations: components["schemas"]["SquadInnovationSummary"];
            /** @description 在队队员（队长在前）· active members, leader first */
            members: components["schemas"]["SquadMember"][];
            mergedInto: {
                id: number;
                name: string;
            } | null;
            /** @description 待确认的推荐 · pending proposals */
            proposals: components["schemas"]["SquadMember"][];
            squad: components["schemas"]["Squad"];
            tasks: components["schemas"]["SquadTaskSummary"];
            /** @description 今年的青年干部年龄上限 · this year’s young cadre age limit */
            youngMaxAge: number;
        };
        /**
         * @example {
         *       "id": 31,
         *       "squadId": 12,
         *       "squadName": "招商引资青年尖刀班",
         *       "title": "重点产业链招商攻坚",
         *       "description": "围绕新能源汽车产业链开展精准招商，年内签约项目 3 个。",
         *       "difficulty": 3,
         *       "dueOn": "2026-12-31",
         *       "status": "submitted",
         *       "submittedAt": "2026-12-20T08:00:00.000Z",
         *       "returnReason": null,
         *       "returnedAt": null,
         *       "acceptedAt": null,
         *       "doneAt": null,
         *       "onTime": null,
         *       "createdAt": "2026-03-02T02:00:00.000Z",
         *       "owners": [
         *         {
         *           "personId": 301,
         *           "name": "王晓明"
         *         }
         *       ],
         *       "milestones": [],
         *       "evidence": []
         *     }
         */
        SquadTask: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            difficulty: number;
            /** Format: date-time */
            doneAt: string | null;
            /** Format: date */
            dueOn: string;
            evidence: components["schemas"]["SquadEvidence"][];
            id: number;
            milestones: components["schemas"]["SquadMilestone"][];
            /** @description 验收后：完成日（上海时间）不晚于截止日 · after acceptance: done on time */
            onTime: boolean | null;
            owners: {
                name: string;
                personId: number;
            }[];
            /** Format: date-time */
            returnedAt: string | null;
            returnReason: string | null;
            squadId: number;
            squadName: string;
            /** @enum {string} */
            status: "open" | "submitted" | "accepted" | "returned";
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
        };
        SquadTaskSummary: {
            accepted: number;
            /** @description 逾期验收 · accepted late */
            late: number;
            /** @description 按期验收 · accepted on time */
            onTime: number;
            open: number;
            /** @description 逾期未完成的里程碑 · open milestones past due */
            overdueMilestones: number;
            returned: number;
            submitted: number;
            total: number;
        };
        VolunteerRecord: {
            activities: components["schemas"]["ServiceHours"][];
            communities: {
                id: number;
                name: string;
                /**
                 * @description registered = 本人报到的社区；served = 服务过的社区
                 * @enum {string}
                 */
                relation: "registered" | "served";
                /** Format: date-time */
                since: string | null;
                /** @description 报到状态（registered 时）· registration status */
                status: string | null;
            }[];
            teams: components["schemas"]["MyVolunteerTeam"][];
            totals: {
                activities: number;
                confirmedActivities: number;
                confirmedHours: number;
                pendingHours: number;
                returnedHours: number;
            };
        };
        VolunteerTeam: {
            captainName: string;
            captainPersonId: number;
            communityIds: number[];
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date-time */
            disbandedAt: string | null;
            id: number;
            /** @description 当前队员人数 · current members */
            memberCount: number;
            name: string;
            orgId: number;
            orgName: string;
            serviceTypes: string[];
            /** @enum {string} */
            status: "active" | "disbanded";
            streetCodes: string[];
        };
        VolunteerTeamMember: {
            isCaptain: boolean;
            /** Format: date-time */
            joinedAt: string;
            /** Format: date-time */
            leftAt: string | null;
            name: string;
            orgName: string;
            personId: number;
        };
    };
    responses: {
        /** @description 请求有误 · Bad request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 没有权限 · Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 记录不存在或不在权限范围内 · Not found, or outside the caller’s scope */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 其他错误 · Any other error */
        OtherError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 请求过于频繁 · Too many requests */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 未登录或会话已过期 · Not signed in */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "accounts.listAccounts": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            id: number;
                            locked: boolean;
                            mustChangePassword: boolean;
                            personId: number | null;
                            roles: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                role: string;
                            }[];
                            username: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "accounts.createAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    orgId: number;
                    personId?: number | null;
                    /** @enum {string} */
                    role: "committee_admin" | "org_admin" | "branch_secretary" | "member" | "community_staff" | "handler" | "entrepreneur" | "reviewer";
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            displayName: string;
                            id: number;
                            locked: boolean;
                            mustChangePassword: boolean;
                            personId: number | null;
                            roles: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                role: string;
                            }[];
                            username: string;
                        };
                        initialPassword: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "accounts.resetPasswordAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        initialPassword: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "accounts.rolesAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orgId: number;
                    /** @enum {string} */
                    role: "committee_admin" | "org_admin" | "branch_secretary" | "member" | "community_staff" | "handler" | "entrepreneur" | "reviewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        id: number;
                        locked: boolean;
                        mustChangePassword: boolean;
                        personId: number | null;
                        roles: {
                            id: number;
                            orgId: number;
                            orgName: string;
                            role: string;
                        }[];
                        username: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "accounts.deleteRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            displayName: string;
                            id: number;
                            locked: boolean;
                            mustChangePassword: boolean;
                            personId: number | null;
                            roles: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                role: string;
                            }[];
                            username: string;
                        } | null;
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "accounts.unlockAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        id: number;
                        locked: boolean;
                        mustChangePassword: boolean;
                        personId: number | null;
                        roles: {
                            id: number;
                            orgId: number;
                            orgName: string;
                            role: string;
                        }[];
                        username: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listActivities": {
        parameters: {
            query?: {
                categoryCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                from?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "draft" | "published" | "cancelled";
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                to?: string;
                typeCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 42,
                     *           "typeCode": "volunteer_service",
                     *           "typeName": "志愿服务",
                     *           "categoryCode": "volunteer",
                     *           "categoryName": "志愿服务",
                     *           "title": "海边净滩志愿服务",
                     *           "description": "周六上午在石老人海水浴场清理海滩垃圾。",
                     *           "orgId": 7,
                     *           "orgName": "市南区团委",
                     *           "venue": "石老人海水浴场",
                     *           "startsAt": "2026-05-16T01:00:00.000Z",
                     *           "endsAt": "2026-05-16T04:00:00.000Z",
                     *           "capacity": 30,
                     *           "signupOpensAt": null,
                     *           "signupClosesAt": "2026-05-15T12:00:00.000Z",
                     *           "status": "published",
                     *           "summary": null,
                     *           "confirmedCount": 12,
                     *           "waitlistCount": 0,
                     *           "attendedCount": 0
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Activity"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.createActivities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    audienceOrgIds?: number[];
                    /** @default [] */
                    audienceRoles?: ("committee_admin" | "org_admin" | "branch_secretary" | "member" | "community_staff" | "handler" | "entrepreneur" | "reviewer")[];
                    /** @default null */
                    capacity?: number | null;
                    /** @default  */
                    description?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    endsAt: string;
                    orgId: number;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    signupClosesAt?: string | null;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    signupOpensAt?: string | null;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    startsAt: string;
                    /**
                     * @default published
                     * @enum {string}
                     */
                    status?: "draft" | "published";
                    title: string;
                    typeCode: string;
                    /** @default  */
                    venue?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.getActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.updateActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    description?: string;
                    /** @enum {string} */
                    status?: "draft" | "published" | "cancelled";
                    summary?: string;
                    title?: string;
                    venue?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listAttendance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attendance"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.attendanceActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    personId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listAttendanceXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 签到名单 · the attendance workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listCheckinToken": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.checkoutActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    personIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganiserCheckoutResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listPhotos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActivityPhoto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.createPhotos": {
        parameters: {
            query?: {
                caption?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listSignups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Signup"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listStats": {
        parameters: {
            query?: {
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                from?: string;
                groupBy?: "type" | "category" | "org";
                orgId?: number;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        groupBy: "type" | "category" | "org";
                        items: {
                            attendees: number;
                            held: number;
                            key: string;
                            name: string;
                        }[];
                        orgPath: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.getActivityPhotos": {
        parameters: {
            query?: {
                w?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片（WebP）· the photo as WebP */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.deleteActivityPhotos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listActivityTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: components["schemas"]["ActivityCategory"][];
                        types: components["schemas"]["ActivityType"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.listRounds": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "running" | "closed" | "confirmed";
                systemId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            computedAt: string | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            grading: {
                                excellent: number;
                                fair: number;
                                good: number;
                                /** @enum {string} */
                                mode: "cutoffs";
                            } | {
                                excellentShare: number;
                                fair: number;
                                good: number;
                                /** @enum {string} */
                                mode: "quota";
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "annual" | "semiannual" | "quarterly";
                            minVotes: number;
                            name: string;
                            /** Format: date */
                            periodFrom: string;
                            /** Format: date */
                            periodTo: string;
                            scopeOrgId: number;
                            scopeOrgName: string;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "running" | "closed" | "confirmed";
                            systemId: number;
                            systemName: string;
                            /** @enum {string} */
                            targetKind: "org" | "person";
                            targetOrgKind: string | null;
                            targets: number;
                            /** @description 评分任务进度 · rater tasks */
                            tasks: {
                                assigned: number;
                                done: number;
                            };
                            /** @description 所用的冻结版本号 · the frozen version used */
                            version: number;
                            youngMaxAge: number | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.createRounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default {
                     *       "mode": "quota",
                     *       "excellentShare": 0.2,
                     *       "good": 80,
                     *       "fair": 60
                     *     }
                     */
                    grading?: {
                        excellent: number;
                        fair: number;
                        good: number;
                        /** @enum {string} */
                        mode: "cutoffs";
                    } | {
                        excellentShare: number;
                        fair: number;
                        good: number;
                        /** @enum {string} */
                        mode: "quota";
                    };
                    /** @enum {string} */
                    kind: "annual" | "semiannual" | "quarterly";
                    /** @default 5 */
                    minVotes?: number;
                    name: string;
                    /** Format: date */
                    periodFrom: string;
                    /** Format: date */
                    periodTo: string;
                    scopeOrgId?: number;
                    systemId: number;
                    /** @enum {string} */
                    targetOrgKind?: "party_committee" | "general_branch" | "branch";
                    version?: number;
                    /** @default 35 */
                    youngMaxAge?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        grading: {
                            excellent: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "cutoffs";
                        } | {
                            excellentShare: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "quota";
                        };
                        id: number;
                        /** @enum {string} */
                        kind: "annual" | "semiannual" | "quarterly";
                        minVotes: number;
                        name: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        scopeOrgId: number;
                        scopeOrgName: string;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "closed" | "confirmed";
                        systemId: number;
                        systemName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        targetOrgKind: string | null;
                        targets: number;
                        /** @description 评分任务进度 · rater tasks */
                        tasks: {
                            assigned: number;
                            done: number;
                        };
                        /** @description 所用的冻结版本号 · the frozen version used */
                        version: number;
                        youngMaxAge: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.getRounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        grading: {
                            excellent: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "cutoffs";
                        } | {
                            excellentShare: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "quota";
                        };
                        id: number;
                        /** @enum {string} */
                        kind: "annual" | "semiannual" | "quarterly";
                        minVotes: number;
                        name: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        scopeOrgId: number;
                        scopeOrgName: string;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "closed" | "confirmed";
                        systemId: number;
                        systemName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        targetOrgKind: string | null;
                        targets: number;
                        /** @description 评分任务进度 · rater tasks */
                        tasks: {
                            assigned: number;
                            done: number;
                        };
                        /** @description 所用的冻结版本号 · the frozen version used */
                        version: number;
                        youngMaxAge: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.closeRounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        grading: {
                            excellent: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "cutoffs";
                        } | {
                            excellentShare: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "quota";
                        };
                        id: number;
                        /** @enum {string} */
                        kind: "annual" | "semiannual" | "quarterly";
                        minVotes: number;
                        name: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        scopeOrgId: number;
                        scopeOrgName: string;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "closed" | "confirmed";
                        systemId: number;
                        systemName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        targetOrgKind: string | null;
                        targets: number;
                        /** @description 评分任务进度 · rater tasks */
                        tasks: {
                            assigned: number;
                            done: number;
                        };
                        /** @description 所用的冻结版本号 · the frozen version used */
                        version: number;
                        youngMaxAge: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.createRoundsCompute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        grading: {
                            excellent: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "cutoffs";
                        } | {
                            excellentShare: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "quota";
                        };
                        id: number;
                        /** @enum {string} */
                        kind: "annual" | "semiannual" | "quarterly";
                        minVotes: number;
                        name: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        scopeOrgId: number;
                        scopeOrgName: string;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "closed" | "confirmed";
                        systemId: number;
                        systemName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        targetOrgKind: string | null;
                        targets: number;
                        /** @description 评分任务进度 · rater tasks */
                        tasks: {
                            assigned: number;
                            done: number;
                        };
                        /** @description 所用的冻结版本号 · the frozen version used */
                        version: number;
                        youngMaxAge: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.createRoundsConfirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        grading: {
                            excellent: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "cutoffs";
                        } | {
                            excellentShare: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "quota";
                        };
                        id: number;
                        /** @enum {string} */
                        kind: "annual" | "semiannual" | "quarterly";
                        minVotes: number;
                        name: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        scopeOrgId: number;
                        scopeOrgName: string;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "closed" | "confirmed";
                        systemId: number;
                        systemName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        targetOrgKind: string | null;
                        targets: number;
                        /** @description 评分任务进度 · rater tasks */
                        tasks: {
                            assigned: number;
                            done: number;
                        };
                        /** @description 所用的冻结版本号 · the frozen version used */
                        version: number;
                        youngMaxAge: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.createRoundsRaters": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountIds: number[];
                    leafKeys?: string[];
                    targetIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 新增的评分任务 · new tasks */
                        assigned: number;
                        /** @description 因利益冲突未分配（本单位或本人）· pairs left out for a conflict of interest */
                        excludedConflicts: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.listRoundsResults": {
        parameters: {
            query?: {
                grade?: "excellent" | "good" | "fair" | "poor";
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        computedAt: string | null;
                        distribution: {
                            excellent: number;
                            fair: number;
                            good: number;
                            poor: number;
                        };
                        items: {
                            /** @enum {string} */
                            grade: "excellent" | "good" | "fair" | "poor";
                            gradeLabel: string;
                            /** @description 上轮排名 − 本轮排名，正数为上升 · previous rank − rank */
                            movement: number | null;
                            name: string;
                            orgId: number | null;
                            personId: number | null;
                            previousRank: number | null;
                            rank: number;
                            targetId: number;
                            total: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.startRounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        computedAt: string | null;
                        /** Format: date-time */
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        grading: {
                            excellent: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "cutoffs";
                        } | {
                            excellentShare: number;
                            fair: number;
                            good: number;
                            /** @enum {string} */
                            mode: "quota";
                        };
                        id: number;
                        /** @enum {string} */
                        kind: "annual" | "semiannual" | "quarterly";
                        minVotes: number;
                        name: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        scopeOrgId: number;
                        scopeOrgName: string;
                        /** Format: date-time */
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "running" | "closed" | "confirmed";
                        systemId: number;
                        systemName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        targetOrgKind: string | null;
                        targets: number;
                        /** @description 评分任务进度 · rater tasks */
                        tasks: {
                            assigned: number;
                            done: number;
                        };
                        /** @description 所用的冻结版本号 · the frozen version used */
                        version: number;
                        youngMaxAge: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.getRoundsTargets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                targetId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leaves: {
                            key: string;
                            maxScore: number | null;
                            /** @description 计算指标的登记指标名，可按 /api/v1/figures 下钻到记录 · drill down through the figures API */
                            metric: string | null;
                            name: string;
                            path: string[];
                            raters: {
                                assigned: number;
                                done: number;
                            } | null;
                            rawValue: number | null;
                            /** @description 0–100 */
                            score: number | null;
                            /** @enum {string} */
                            type: "computed" | "rated" | "evidence";
                            weight: number;
                            /** @description 权重 × 得分 / 100 · contribution to the total */
                            weighted: number | null;
                        }[];
                        name: string;
                        orgId: number | null;
                        period: {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                        };
                        personId: number | null;
                        result: {
                            /** @enum {string} */
                            grade: "excellent" | "good" | "fair" | "poor";
                            gradeLabel: string;
                            /** @description 上轮排名 − 本轮排名，正数为上升 · previous rank − rank */
                            movement: number | null;
                            previousRank: number | null;
                            rank: number;
                            total: number;
                        } | null;
                        targetId: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.listSystems": {
        parameters: {
            query?: {
                targetKind?: "org" | "person";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            /** @description 本组织（或下级）所有，可编辑 · owned inside the caller’s scope */
                            editable: boolean;
                            hasDraft: boolean;
                            id: number;
                            /** @description 最新发布的版本号（0：未发布）· 0: never published */
                            latestVersion: number;
                            name: string;
                            ownerOrgId: number;
                            ownerOrgName: string;
                            /** @enum {string} */
                            targetKind: "org" | "person";
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.createSystems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    name: string;
                    ownerOrgId?: number;
                    /** @enum {string} */
                    targetKind: "org" | "person";
                    tree: components["schemas"]["AssessmentTreeInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        /** @description 编辑中的指标树（null：与最新版本相同）· the tree being edited */
                        draft: components["schemas"]["AssessmentIndicator1"][] | null;
                        /** @description 本组织（或下级）所有，可编辑 · owned inside the caller’s scope */
                        editable: boolean;
                        id: number;
                        /** @description 最新发布的版本号（0：未发布）· 0: never published */
                        latestVersion: number;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        versions: {
                            id: number;
                            /** Format: date-time */
                            publishedAt: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.getSystems": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        /** @description 编辑中的指标树（null：与最新版本相同）· the tree being edited */
                        draft: components["schemas"]["AssessmentIndicator1"][] | null;
                        /** @description 本组织（或下级）所有，可编辑 · owned inside the caller’s scope */
                        editable: boolean;
                        id: number;
                        /** @description 最新发布的版本号（0：未发布）· 0: never published */
                        latestVersion: number;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        versions: {
                            id: number;
                            /** Format: date-time */
                            publishedAt: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.setSystemsDraft": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name?: string;
                    tree: components["schemas"]["AssessmentTreeInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        /** @description 编辑中的指标树（null：与最新版本相同）· the tree being edited */
                        draft: components["schemas"]["AssessmentIndicator1"][] | null;
                        /** @description 本组织（或下级）所有，可编辑 · owned inside the caller’s scope */
                        editable: boolean;
                        id: number;
                        /** @description 最新发布的版本号（0：未发布）· 0: never published */
                        latestVersion: number;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        /** @enum {string} */
                        targetKind: "org" | "person";
                        versions: {
                            id: number;
                            /** Format: date-time */
                            publishedAt: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.publishSystems": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        leaves: {
                            key: string;
                            maxScore: number | null;
                            metric: string | null;
                            name: string;
                            /** @description 从一级指标到本指标的名称 · names from the top level down */
                            path: string[];
                            /** @enum {string} */
                            type: "computed" | "rated" | "evidence";
                            /** @description 有效权重（0–100，各级权重之积）· effective weight */
                            weight: number;
                        }[];
                        /** Format: date-time */
                        publishedAt: string;
                        systemId: number;
                        tree: components["schemas"]["AssessmentTree"];
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.getSystemsVersions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        leaves: {
                            key: string;
                            maxScore: number | null;
                            metric: string | null;
                            name: string;
                            /** @description 从一级指标到本指标的名称 · names from the top level down */
                            path: string[];
                            /** @enum {string} */
                            type: "computed" | "rated" | "evidence";
                            /** @description 有效权重（0–100，各级权重之积）· effective weight */
                            weight: number;
                        }[];
                        /** Format: date-time */
                        publishedAt: string;
                        systemId: number;
                        tree: components["schemas"]["AssessmentTree"];
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "audit.listAudit": {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                entity?: string;
                /** @description ISO 8601：日期时间或日期 · a date-time or a day (YYYY-MM-DD) */
                from?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                /** @description ISO 8601：日期时间或日期 · a date-time or a day (YYYY-MM-DD) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: string | null;
                            after: unknown;
                            at: string;
                            before: unknown;
                            entity: string;
                            entityId: string | null;
                            id: number;
                            ip: string | null;
                            summary: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "auth.getMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "auth.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.getCalendar": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar 订阅 · the iCalendar feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunities": {
        parameters: {
            query?: {
                districtCode?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "district" | "members" | "needs" | "createdAt";
                streetCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Community"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    address?: string | null;
                    /** @default null */
                    lat?: number | null;
                    /** @default null */
                    long?: number | null;
                    name: string;
                    partyOrgName?: string;
                    /** @default null */
                    phone?: string | null;
                    streetCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.getCommunities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.updateCommunities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    lat?: number | null;
                    long?: number | null;
                    name?: string;
                    partyOrgName?: string;
                    phone?: string | null;
                    streetCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunitiesStaff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountId: number;
                            displayName: string;
                            /** Format: date-time */
                            since: string;
                            username: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunitiesStaff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountId: number;
                            displayName: string;
                            /** Format: date-time */
                            since: string;
                            username: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.deleteCommunitiesStaff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityMemberRegistrations": {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "pending" | "confirmed" | "declined" | "left";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string;
                            communityId: number;
                            communityName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            districtName: string;
                            hasProof: boolean;
                            id: number;
                            /** Format: date-time */
                            leftAt: string | null;
                            orgName: string;
                            personId: number;
                            personName: string;
                            /** @description 退回理由或退出说明 · why it was declined, or why the member left */
                            reason: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "declined" | "left";
                            streetCode: string;
                            streetName: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityMemberRegistrationsProof": {
        parameters: {
            query?: {
                w?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 居住证明 · the proof of residence: an image as WebP, a PDF as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityMemberRegistrationsRemind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orgId?: number;
                    personIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityMemberRegistrationsUnregistered": {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string|null} */
                            lastStatus: "pending" | "confirmed" | "declined" | "left" | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            personId: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityNeedClaims": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            activityDueAt: string;
                            activityId: number | null;
                            /** @enum {string} */
                            claimantKind: "org" | "team";
                            /** Format: date-time */
                            claimedAt: string;
                            communityId: number;
                            communityName: string;
                            /** Format: date-time */
                            endedAt: string | null;
                            endReason: string | null;
                            id: number;
                            /** Format: date-time */
                            needEndsAt: string;
                            needId: number;
                            /** Format: date-time */
                            needStartsAt: string;
                            needTitle: string;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                            teamId: number | null;
                            teamName: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityNeedClaimsActivity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    description?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    signupClosesAt?: string | null;
                    title?: string;
                    venue?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        activityDueAt: string;
                        activityId: number | null;
                        /** @enum {string} */
                        claimantKind: "org" | "team";
                        /** Format: date-time */
                        claimedAt: string;
                        communityId: number;
                        communityName: string;
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        id: number;
                        /** Format: date-time */
                        needEndsAt: string;
                        needId: number;
                        /** Format: date-time */
                        needStartsAt: string;
                        needTitle: string;
                        orgId: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                        teamId: number | null;
                        teamName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityNeedClaimsWithdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        activityDueAt: string;
                        activityId: number | null;
                        /** @enum {string} */
                        claimantKind: "org" | "team";
                        /** Format: date-time */
                        claimedAt: string;
                        communityId: number;
                        communityName: string;
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        id: number;
                        /** Format: date-time */
                        needEndsAt: string;
                        needId: number;
                        /** Format: date-time */
                        needStartsAt: string;
                        needTitle: string;
                        orgId: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                        teamId: number | null;
                        teamName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityNeedTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            nameEn: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityNeeds": {
        parameters: {
            query?: {
                communityId?: number;
                districtCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "startsAt" | "createdAt";
                status?: "open" | "claimed" | "fulfilled" | "cancelled" | "expired";
                streetCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                to?: string;
                typeCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityNeed"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.getCommunityNeeds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityNeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityNeedsClaims": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    activityDueAt?: string;
                    orgId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        activityDueAt: string;
                        activityId: number | null;
                        /** @enum {string} */
                        claimantKind: "org" | "team";
                        /** Format: date-time */
                        claimedAt: string;
                        communityId: number;
                        communityName: string;
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        id: number;
                        /** Format: date-time */
                        needEndsAt: string;
                        needId: number;
                        /** Format: date-time */
                        needStartsAt: string;
                        needTitle: string;
                        orgId: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                        teamId: number | null;
                        teamName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityOrgRegistrations": {
        parameters: {
            query?: {
                communityId?: number;
                orgId?: number;
                page?: number;
                pageSize?: number;
                status?: "proposed" | "confirmed" | "declined" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityOrgRegistration"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityOrgRegistrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    agreedServices?: string[];
                    communityIds: number[];
                    contactName: string;
                    contactPhone: string;
                    /** @default  */
                    note?: string;
                    orgId: number;
                    /** Format: date */
                    periodEnd: string;
                    /** Format: date */
                    periodStart: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityOrgRegistration"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityOrgRegistrationsEnd": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityOrgRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityRegions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityRegions"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityStaffAccounts": {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountId: number;
                            communities: {
                                id: number;
                                name: string;
                            }[];
                            displayName: string;
                            username: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityStaffMemberRegistrations": {
        parameters: {
            query?: {
                communityId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "pending" | "confirmed" | "declined" | "left";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string;
                            communityId: number;
                            communityName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            districtName: string;
                            hasProof: boolean;
                            id: number;
                            /** Format: date-time */
                            leftAt: string | null;
                            orgName: string;
                            personId: number;
                            personName: string;
                            /** @description 退回理由或退出说明 · why it was declined, or why the member left */
                            reason: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "declined" | "left";
                            streetCode: string;
                            streetName: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffMemberRegistrationsConfirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityMemberRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffMemberRegistrationsDecline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityMemberRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityStaffNeeds": {
        parameters: {
            query?: {
                communityId?: number;
                districtCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "startsAt" | "createdAt";
                status?: "open" | "claimed" | "fulfilled" | "cancelled" | "expired";
                streetCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                to?: string;
                typeCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityNeed"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffNeeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    claimDeadline?: string;
                    communityId: number;
                    /** @default  */
                    description?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    endsAt: string;
                    peopleNeeded: number;
                    /** @default  */
                    place?: string;
                    /** @default [] */
                    skillsWanted?: string[];
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    startsAt: string;
                    title: string;
                    typeCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityNeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.updateCommunityStaffNeeds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    claimDeadline?: string;
                    description?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    endsAt?: string;
                    peopleNeeded?: number;
                    place?: string;
                    skillsWanted?: string[];
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    startsAt?: string;
                    title?: string;
                    typeCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityNeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffNeedsCancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityNeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffNeedsFulfil": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityNeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listCommunityStaffOrgRegistrations": {
        parameters: {
            query?: {
                communityId?: number;
                orgId?: number;
                page?: number;
                pageSize?: number;
                status?: "proposed" | "confirmed" | "declined" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityOrgRegistration"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffOrgRegistrationsConfirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityOrgRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createCommunityStaffOrgRegistrationsDecline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityOrgRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createActivitiesHours": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 尚未签退、未能记录的人数 · attendees still checked in */
                        notCheckedOut: number;
                        /** @description 新记录的人数 · rows recorded now */
                        recorded: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listHours": {
        parameters: {
            query?: {
                activityId?: number;
                communityId?: number;
                page?: number;
                pageSize?: number;
                /** @description 按姓名搜索 · a person’s name */
                q?: string;
                sort?: "-recordedAt" | "recordedAt" | "name" | "-hours";
                status?: "pending" | "confirmed" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceHours"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listHoursQueue": {
        parameters: {
            query?: {
                activityId?: number;
                communityId?: number;
                page?: number;
                pageSize?: number;
                /** @description 按姓名搜索 · a person’s name */
                q?: string;
                sort?: "-recordedAt" | "recordedAt" | "name" | "-hours";
                status?: "pending" | "confirmed" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceHours"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.confirmHours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.returnHoursQueue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.getHours": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHours"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.updateHours": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hours: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHours"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listTeams": {
        parameters: {
            query?: {
                communityId?: number;
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                serviceType?: string;
                sort?: "name" | "-createdAt" | "createdAt" | "-members";
                status?: "active" | "disbanded";
                streetCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VolunteerTeam"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createTeams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default {
                     *       "communityIds": [],
                     *       "streetCodes": []
                     *     }
                     */
                    areas?: {
                        /** @default [] */
                        communityIds?: number[];
                        /** @default [] */
                        streetCodes?: string[];
                    };
                    captainPersonId: number;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    memberPersonIds?: number[];
                    name: string;
                    orgId: number;
                    /** @default [] */
                    serviceTypes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerTeam"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.getTeams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerTeam"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.updateTeams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    areas?: {
                        /** @default [] */
                        communityIds?: number[];
                        /** @default [] */
                        streetCodes?: string[];
                    };
                    captainPersonId?: number;
                    description?: string;
                    name?: string;
                    serviceTypes?: string[];
                    /** @enum {string} */
                    status?: "active" | "disbanded";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerTeam"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listTeamsMembers": {
        parameters: {
            query?: {
                history?: "true" | "false";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VolunteerTeamMember"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createTeamsMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    personIds: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 新加入人数（已在队中的不重复计）· people newly added */
                        added: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.deleteTeamsMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                personId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.listContent": {
        parameters: {
            query?: {
                kind?: "article" | "video" | "pdf";
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "draft" | "review" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 12,
                     *           "kind": "article",
                     *           "title": "学习贯彻团十九大精神",
                     *           "summary": "团十九大报告要点解读。",
                     *           "status": "published",
                     *           "orgId": 3,
                     *           "orgName": "青岛团市委",
                     *           "videoUrl": null,
                     *           "durationSeconds": null,
                     *           "estimatedSeconds": 240,
                     *           "createdAt": "2026-03-02T02:00:00.000Z",
                     *           "updatedAt": "2026-03-03T08:30:00.000Z",
                     *           "publishedAt": "2026-03-03T08:30:00.000Z",
                     *           "media": {
                     *             "poster": "/api/v1/content/12/media/poster"
                     *           }
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ContentItem"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.createContent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "article",
                 *       "orgId": 3,
                 *       "title": "学习贯彻团十九大精神",
                 *       "summary": "团十九大报告要点解读。",
                 *       "body": "<p>团十九大报告要点……</p>",
                 *       "audienceRoles": [
                 *         "member"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default [] */
                    audienceOrgIds?: number[];
                    /** @default [] */
                    audienceRoles?: ("committee_admin" | "org_admin" | "branch_secretary" | "member" | "community_staff" | "handler" | "entrepreneur" | "reviewer")[];
                    /** @default  */
                    body?: string;
                    /** @default null */
                    durationSeconds?: number | null;
                    /** @enum {string} */
                    kind: "article" | "video" | "pdf";
                    orgId: number;
                    /** @default  */
                    summary?: string;
                    title: string;
                    /**
                     * Format: uri
                     * @default null
                     */
                    videoUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.getContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.updateContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    audienceOrgIds?: number[];
                    /** @default [] */
                    audienceRoles?: ("committee_admin" | "org_admin" | "branch_secretary" | "member" | "community_staff" | "handler" | "entrepreneur" | "reviewer")[];
                    body?: string;
                    durationSeconds?: number | null;
                    summary?: string;
                    title?: string;
                    /** Format: uri */
                    videoUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.heartbeatContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    visible: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeatResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.getMedia": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                slot: "video" | "poster" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 媒体文件（支持 Range，部分内容为 206）· the media file (Range requests answer 206) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "video/mp4": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.createMedia": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                slot: "video" | "poster" | "pdf";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mime: string;
                        size: number;
                        /** @enum {string} */
                        slot: "video" | "poster" | "pdf";
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.transitionsContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "submit" | "return" | "publish" | "archive";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listContests": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ContestRow"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.createContests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default {
                     *       "kind": "ratio",
                     *       "gold": 0.01,
                     *       "silver": 0.03,
                     *       "bronze": 0.06,
                     *       "minScore": 1
                     *     }
                     */
                    awardRule?: {
                        /** @default 0.06 */
                        bronze?: number;
                        /** @default 0.01 */
                        gold?: number;
                        /**
                         * @default ratio
                         * @enum {string}
                         */
                        kind?: "ratio" | "count";
                        /** @default 1 */
                        minScore?: number;
                        /** @default 0.03 */
                        silver?: number;
                    };
                    /** @default  */
                    description?: string;
                    /**
                     * @default individual
                     * @enum {string}
                     */
                    entrantKind?: "individual" | "team";
                    name: string;
                    orgId: number;
                    questionSource: {
                        /** @enum {string} */
                        kind: "fixed";
                        questionIds: number[];
                    } | {
                        count: number;
                        /** @enum {string} */
                        kind: "draw";
                        /** @default 5 */
                        maxDifficulty?: number;
                        /** @default 1 */
                        minDifficulty?: number;
                        /** @default [] */
                        tags?: string[];
                        /**
                         * @default [
                         *       "single",
                         *       "multiple",
                         *       "judge"
                         *     ]
                         */
                        types?: ("single" | "multiple" | "judge" | "fill")[];
                    };
                    rounds: {
                        /**
                         * Format: date-time
                         * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                         */
                        closesAt?: string | null;
                        /** @enum {string} */
                        kind: "async" | "live";
                        name: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                         */
                        opensAt?: string | null;
                        /** @default 20 */
                        secondsPerQuestion?: number;
                    }[];
                    /**
                     * @default {
                     *       "correctPoints": 1000,
                     *       "speedBonusMax": 1000,
                     *       "teamScore": "average"
                     *     }
                     */
                    scoring?: {
                        /** @default 1000 */
                        correctPoints?: number;
                        /** @default 1000 */
                        speedBonusMax?: number;
                        /**
                         * @default average
                         * @enum {string}
                         */
                        teamScore?: "sum" | "average";
                    };
                    /** @default [] */
                    teams?: {
                        name: string;
                        orgId?: number;
                        /** @default [] */
                        personIds?: number[];
                        squadId?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.getContests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listAwardsCertificatePng": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                awardId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 荣誉证书（PNG）· The certificate as a PNG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listLiveWs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description 需要 WebSocket 升级；协议见 docs/contests-protocol.md · A plain GET: upgrade to WebSocket (see docs/contests-protocol.md) */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listMyAwards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            certificateNo: string;
                            contestName: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            name: string;
                            rank: number;
                            roundName: string;
                            score: number;
                            /** @enum {string} */
                            tier: "gold" | "silver" | "bronze";
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listMyResults": {
        parameters: {
            query?: {
                roundId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ContestMyResult"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listMyRounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            closesAt: string | null;
                            code: string | null;
                            contestId: number;
                            contestName: string;
                            id: number;
                            /** @enum {string} */
                            kind: "async" | "live";
                            name: string;
                            /** Format: date-time */
                            opensAt: string | null;
                            /**
                             * @description 现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases
                             * @enum {string}
                             */
                            phase: "draft" | "lobby" | "question" | "reveal" | "paused" | "open" | "ended";
                            questions: number;
                            secondsPerQuestion: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.answerRounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    choice: string[];
                    index: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                        index: number;
                        /** @enum {boolean} */
                        late: false;
                        timeMs: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.finishRounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本次写入的获奖数；已结束过的轮次不返回 · awards written now; absent when the round had already finished */
                        awards?: number;
                        /** @enum {boolean} */
                        finished: true;
                        players?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listRoundsLive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestLiveStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.createRoundsLive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                command: "open" | "start" | "next" | "reveal" | "pause" | "resume" | "end";
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestHostState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.playRounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestPlay"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listRoundsResults": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "contests.listRoundsResultsXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成绩表：个人排名、团队排名、题目统计、获奖名单 · Results workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listDistricts": {
        parameters: {
            query?: {
                categoryCode?: string;
                districtCode?: string;
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DemandRateRow"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listDrill": {
        parameters: {
            query?: {
                categoryCode?: string;
                districtCode?: string;
                from?: string;
                measure?: "received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue";
                orgId?: number;
                page?: number;
                pageSize?: number;
                part?: "hit" | "base";
                rate?: "response" | "resolution" | "satisfaction";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            categoryCode: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            day: string;
                            districtCode: string;
                            id: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            resolutionDueAt: string;
                            /** Format: date-time */
                            responseDueAt: string;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            /** @enum {string} */
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
                            title: string;
                            trackingCode: string;
                        }[];
                        measures: ("received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue")[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listHotTopics": {
        parameters: {
            query?: {
                categoryCode?: string;
                districtCode?: string;
                from?: string;
                limit?: number;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            code: string;
                            count: number;
                            name: string;
                            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
                            share: number | null;
                        }[];
                        keywords: {
                            count: number;
                            word: string;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listMonthlyFocus": {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        focus: {
                            categoryCode: string;
                            change: number;
                            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
                            changeRate: number | null;
                            count: number;
                            keywords: {
                                count: number;
                                word: string;
                            }[];
                            name: string;
                            previousCount: number;
                        } | null;
                        /** @description YYYY-MM */
                        month: string;
                        runnersUp: {
                            categoryCode: string;
                            change: number;
                            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
                            changeRate: number | null;
                            count: number;
                            name: string;
                            previousCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listRates": {
        parameters: {
            query?: {
                by?: "org" | "category" | "district" | "none";
                categoryCode?: string;
                districtCode?: string;
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definitions: {
                            resolution: {
                                /** @enum {string} */
                                base: "received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue";
                                hit: ("received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue")[];
                            };
                            response: {
                                /** @enum {string} */
                                base: "received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue";
                                hit: ("received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue")[];
                            };
                            satisfaction: {
                                /** @enum {string} */
                                base: "received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue";
                                hit: ("received" | "merged" | "dispatched" | "responded" | "responded_in_time" | "answered" | "answered_in_time" | "closed" | "closed_in_time" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "reopened" | "overdue")[];
                            };
                        };
                        items: components["schemas"]["DemandRateRow"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.rebuildRollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: number;
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listSearch": {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            categoryCode: string;
                            /** @description 脱敏姓名 · masked name */
                            citizenName: string | null;
                            districtCode: string;
                            id: number;
                            orgId: number | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
                            title: string;
                            trackingCode: string;
                        }[];
                        words: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandAnalytics.listTrend": {
        parameters: {
            query?: {
                categoryCode?: string;
                districtCode?: string;
                from?: string;
                interval?: "day" | "week" | "month";
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        interval: "day" | "week" | "month";
                        items: {
                            avgResponseHours: number | null;
                            counts: {
                                answered: number;
                                answeredInTime: number;
                                basicallySatisfied: number;
                                closed: number;
                                closedInTime: number;
                                dissatisfied: number;
                                merged: number;
                                overdue: number;
                                rated: number;
                                received: number;
                                reopened: number;
                                responded: number;
                                respondedInTime: number;
                                satisfied: number;
                            };
                            /**
                             * Format: date
                             * @description 日、周一或月初 · the day, the Monday or the first of the month
                             */
                            period: string;
                            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
                            resolutionRate: number | null;
                            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
                            responseRate: number | null;
                            /** @description 百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0 */
                            satisfactionRate: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.listDemandCategories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DemandCategory"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.setDemandCategories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @default null */
                    defaultOrgId?: number | null;
                    name: string;
                    /** @default  */
                    nameEn?: string;
                    /** @enum {string} */
                    resolutionUnit: "h" | "wd";
                    resolutionValue: number;
                    /** @enum {string} */
                    responseUnit: "h" | "wd";
                    responseValue: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        defaultOrgId: number | null;
                        name: string;
                        nameEn: string;
                        /** @enum {string} */
                        resolutionUnit: "h" | "wd";
                        resolutionValue: number;
                        /** @enum {string} */
                        responseUnit: "h" | "wd";
                        responseValue: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.listDemandDispatchRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DemandDispatchRule"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.createDemandDispatchRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryCode: string;
                    /** @default * */
                    districtCode?: "*" | string;
                    orgId: number;
                    /** @default 0 */
                    priority?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categoryCode: string;
                        districtCode: string;
                        id: number;
                        orgId: number;
                        priority: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.deleteDemandDispatchRules": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.listDemandHolidays": {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DemandHoliday"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.setDemandHolidays": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isWorkday: boolean;
                    /** @default  */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandHoliday"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.deleteDemandHolidays": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.listDemandSettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basicallySatisfiedCounts: boolean;
                        challengeTtlSeconds: number;
                        phoneDailyLimit: number;
                        powDifficulty: number;
                        resolutionInTimeOnly: boolean;
                        /** @enum {string} */
                        resolutionMeans: "answered" | "closed";
                        responseInTimeOnly: boolean;
                        retentionYears: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.setDemandSettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basicallySatisfiedCounts?: boolean;
                    challengeTtlSeconds?: number;
                    phoneDailyLimit?: number;
                    powDifficulty?: number;
                    resolutionInTimeOnly?: boolean;
                    /** @enum {string} */
                    resolutionMeans?: "answered" | "closed";
                    responseInTimeOnly?: boolean;
                    retentionYears?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basicallySatisfiedCounts: boolean;
                        challengeTtlSeconds: number;
                        phoneDailyLimit: number;
                        powDifficulty: number;
                        resolutionInTimeOnly: boolean;
                        /** @enum {string} */
                        resolutionMeans: "answered" | "closed";
                        responseInTimeOnly: boolean;
                        retentionYears: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.listDemands": {
        parameters: {
            query?: {
                categoryCode?: string;
                districtCode?: string;
                light?: "green" | "yellow" | "red";
                mine?: "true" | "false";
                orgId?: number;
                page?: number;
                pageSize?: number;
                status?: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Demand"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.createDemands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    categoryCode: string;
                    /**
                     * @default hotline
                     * @enum {string}
                     */
                    channel?: "hotline" | "api";
                    citizenName?: string | null;
                    /** @description phone number as written, e.g. +86 532 8000 0000 or (0532) 8000-0000; stored in one canonical form */
                    citizenPhone?: string | null;
                    clientRequestId?: string;
                    description: string;
                    districtCode: string;
                    lat?: number | null;
                    long?: number | null;
                    streetCode?: string | null;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description 同一 clientRequestId 已受理过：原诉求 · already received under this clientRequestId: the demand as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            /** @description 已受理 · Received */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.getDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.acceptDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.answerDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.callbackDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @enum {string} */
                    result: "satisfied" | "basically_satisfied" | "dissatisfied";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.closeDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.listContact": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citizenName: string | null;
                        citizenPhone: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.dispatchDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    orgId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.createExtensions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.approveExtensions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extensionId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.rejectExtensions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extensionId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.mergeDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    targetId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.createNotes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.getPhotos": {
        parameters: {
            query?: {
                w?: number;
            };
            header?: never;
            path: {
                id: number;
                photoId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片（WebP，按宽度缩放）或 PDF 附件 · the photo as WebP scaled to the width, or the PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.redispatchDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    orgId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.returnDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.startDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.superviseDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.listSimilar": {
        parameters: {
            query: {
                categoryCode?: string;
                district: string;
                text: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            categoryCode: string;
                            id: number;
                            matchedWords: number;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
                            title: string;
                            trackingCode: string;
                        }[];
                        words: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demands.listSupervision": {
        parameters: {
            query?: {
                light?: "yellow" | "red";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Demand"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listFigures": {
        parameters: {
            query?: {
                from?: string;
                names?: string;
                orgId?: number;
                /** @description 每项指标附带下级组织排名 · each figure with the ranking of child organisations */
                ranking?: string;
                to?: string;
                /** @description 每项指标附带该粒度的趋势（期间缺省时同 series 接口） · each figure with its trend in these buckets */
                trend?: "day" | "week" | "month" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Figures"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.getFigures": {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        label: {
                            en: string;
                            zh: string;
                        };
                        name: string;
                        orgPath: string;
                        unit: string | null;
                        value: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listBreakdown": {
        parameters: {
            query?: {
                by?: "org" | "district" | "category";
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureBreakdown"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listRecords": {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                page?: number;
                pageSize?: number;
                to?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureRecords"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listRecordsXlsx": {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 记录表 · the records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listSeries": {
        parameters: {
            query?: {
                bucket?: "day" | "week" | "month" | "year";
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureSeries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listMy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFigures"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "figures.listStream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件 figures：{ topics } · event figures: { topics } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listCourses": {
        parameters: {
            query?: {
                kind?: "required" | "lifelong";
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "draft" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LearningCourse"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.createCourses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /** @enum {string} */
                    kind: "required" | "lifelong";
                    lessonIds: number[];
                    orgId: number;
                    /**
                     * @default published
                     * @enum {string}
                     */
                    status?: "draft" | "published" | "archived";
                    /** @default [] */
                    tags?: string[];
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.getCourses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.updateCourses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    kind?: "required" | "lifelong";
                    lessonIds?: number[];
                    /** @enum {string} */
                    status?: "draft" | "published" | "archived";
                    tags?: string[];
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.setCoursesAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    deadline: string;
                    orgId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.deleteCoursesAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                orgId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listCoursesCompletion": {
        parameters: {
            query?: {
                orgId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        children: {
                            assigned: number;
                            completed: number;
                            hasChildren: boolean;
                            name: string;
                            orgId: number;
                            rate: number | null;
                        }[];
                        course: {
                            id: number;
                            title: string;
                        };
                        org: {
                            id: number;
                            name: string;
                        };
                        total: {
                            assigned: number;
                            completed: number;
                            rate: number | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listCoursesUnfinished": {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            deadline: string;
                            done: number;
                            name: string;
                            orgName: string;
                            personId: number;
                            total: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listExams": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "published" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** Format: date-time */
                            closesAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            /** Format: date-time */
                            opensAt: string | null;
                            orgId: number;
                            orgName: string;
                            passScore: number | null;
                            sections: components["schemas"]["ExamSection"][];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            timeLimitMinutes: number;
                            title: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.createExams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    audienceOrgIds?: number[];
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    closesAt?: string | null;
                    /** @default  */
                    description?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    opensAt?: string | null;
                    orgId: number;
                    /** @default null */
                    passScore?: number | null;
                    sections: ({
                        points: number;
                        questionIds: number[];
                        /** @default  */
                        title?: string;
                    } | {
                        count: number;
                        /** @default 5 */
                        maxDifficulty?: number;
                        /** @default 1 */
                        minDifficulty?: number;
                        points: number;
                        /** @default [] */
                        tags?: string[];
                        /** @default  */
                        title?: string;
                        /** @default [] */
                        types?: ("single" | "multiple" | "judge" | "fill")[];
                    })[];
                    /**
                     * @default published
                     * @enum {string}
                     */
                    status?: "draft" | "published";
                    timeLimitMinutes: number;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningExam"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.getExams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningExam"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.updateExams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    closesAt?: string | null;
                    description?: string;
                    /** @enum {string} */
                    status?: "draft" | "published" | "closed";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningExam"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listExamsResults": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attemptId: number;
                            autoSubmitted: boolean;
                            name: string;
                            orgName: string;
                            personId: number;
                            score: number | null;
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            totalPoints: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listExamsStatistics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        autoSubmitted: number;
                        averageScore: number | null;
                        maxScore: number | null;
                        minScore: number | null;
                        questions: {
                            answered: number;
                            correct: number;
                            correctRate: number;
                            count: number;
                            questionId: number;
                            stem: string;
                            type: components["schemas"]["LearningQuestionType"];
                        }[];
                        started: number;
                        submitted: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listLessonCandidates": {
        parameters: {
            query: {
                orgId: number;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            kind: string;
                            orgName: string;
                            /** Format: date-time */
                            publishedAt: string | null;
                            title: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listMyCourses": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyCourse"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.getMyCourses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCourseDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listMyDailyQuiz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyQuiz"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.submitMyDailyQuiz": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        answer: string[];
                        questionId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyQuiz"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.getMyExamAttempts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamPaper"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.setMyExamAttemptsAnswers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        answer: string[];
                        questionId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.submitMyExamAttempts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        answer: string[];
                        questionId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamPaper"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listMyExams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyExam"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.startMyExams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamPaper"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listMyWrongAnswers": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            correctAnswer: string[];
                            correctStreak: number;
                            explanation: string;
                            id: number;
                            /** Format: date-time */
                            lastWrongAt: string;
                            options: string[];
                            /** @enum {string} */
                            source: "quiz" | "exam" | "practice";
                            stem: string;
                            tags: string[];
                            type: components["schemas"]["LearningQuestionType"];
                            wrongCount: number;
                            yourAnswer: string[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.practiceMyWrongAnswers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        correct: boolean;
                        correctAnswer: string[];
                        explanation: string;
                        id: number;
                        options: string[];
                        removed: boolean;
                        stem: string;
                        streak: number;
                        type: components["schemas"]["LearningQuestionType"];
                        yourAnswer: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listMyWrongAnswersPractice": {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AskedQuestion"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listQuestionTags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            count: number;
                            tag: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listQuestions": {
        parameters: {
            query?: {
                difficulty?: number;
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                tag?: string;
                type?: "single" | "multiple" | "judge" | "fill";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LearningQuestion"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.createQuestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string[];
                    /** @default 3 */
                    difficulty?: number;
                    /** @default  */
                    explanation?: string;
                    /** @default [] */
                    options?: string[];
                    orgId: number;
                    stem: string;
                    /** @default [] */
                    tags?: string[];
                    /** @enum {string} */
                    type: "single" | "multiple" | "judge" | "fill";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningQuestion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.getQuestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningQuestion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.deleteQuestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.updateQuestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer?: string[];
                    difficulty?: number;
                    explanation?: string;
                    options?: string[];
                    stem?: string;
                    tags?: string[];
                    /** @enum {string} */
                    type?: "single" | "multiple" | "judge" | "fill";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningQuestion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.importQuestions": {
        parameters: {
            query: {
                format?: "excel" | "gift" | "json";
                mode?: "dry-run" | "apply";
                orgId: number;
                tags?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listQuestionsImportTemplateXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 题库导入模板（Excel） · The question-bank import template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.listTagAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            orgId: number;
                            orgName: string;
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "learning.setTagAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orgId: number;
                    tags: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.listMyActivities": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                view?: "upcoming" | "mine" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyActivity"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.getMyActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.checkoutMyActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.signupMyActivities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.deleteMyActivitiesSignup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.listMyAssessmentTasks": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                roundId?: number;
                status?: "pending" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            comment: string;
                            /** @description 评分细则或材料要求 · the rubric or the evidence asked for */
                            guidance: string;
                            id: number;
                            leafKey: string;
                            leafName: string;
                            /** @enum {string} */
                            leafType: "rated" | "evidence";
                            maxScore: number;
                            /** Format: date */
                            periodFrom: string;
                            /** Format: date */
                            periodTo: string;
                            /** Format: date-time */
                            ratedAt: string | null;
                            roundId: number;
                            roundName: string;
                            /** @enum {string} */
                            roundStatus: "draft" | "running" | "closed" | "confirmed";
                            score: number | null;
                            targetId: number;
                            targetName: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "assessment.setMyAssessmentTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    comment?: string;
                    score: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comment: string;
                        /** @description 评分细则或材料要求 · the rubric or the evidence asked for */
                        guidance: string;
                        id: number;
                        leafKey: string;
                        leafName: string;
                        /** @enum {string} */
                        leafType: "rated" | "evidence";
                        maxScore: number;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        /** Format: date-time */
                        ratedAt: string | null;
                        roundId: number;
                        roundName: string;
                        /** @enum {string} */
                        roundStatus: "draft" | "running" | "closed" | "confirmed";
                        score: number | null;
                        targetId: number;
                        targetName: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.createMyCalendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    rotate?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 密钥订阅地址 · the secret feed address */
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.checkinMy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                } | {
                    activityId: number;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyCoStudy": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 按活动名称搜索 · title */
                q?: string;
                /** @description upcoming 可报名的共学活动；mine 我已报名未结束的；past 我参加过的 · open sessions, mine ahead, mine past */
                view?: "upcoming" | "mine" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingCoSession"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.signupMyCoStudy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: boolean;
                        session: components["schemas"]["PairingCoSession"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.deleteMyCoStudySignup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.checkinMyCoStudy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                } | {
                    activityId: number;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityId: number;
                        /** Format: date-time */
                        checkedInAt: string;
                        created: boolean;
                        title: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunities": {
        parameters: {
            query?: {
                districtCode?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "district" | "members" | "needs" | "createdAt";
                streetCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Community"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityNeedClaims": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            activityDueAt: string;
                            activityId: number | null;
                            /** @enum {string} */
                            claimantKind: "org" | "team";
                            /** Format: date-time */
                            claimedAt: string;
                            communityId: number;
                            communityName: string;
                            /** Format: date-time */
                            endedAt: string | null;
                            endReason: string | null;
                            id: number;
                            /** Format: date-time */
                            needEndsAt: string;
                            needId: number;
                            /** Format: date-time */
                            needStartsAt: string;
                            needTitle: string;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                            teamId: number | null;
                            teamName: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityNeedClaimsActivity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    description?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    signupClosesAt?: string | null;
                    title?: string;
                    venue?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        activityDueAt: string;
                        activityId: number | null;
                        /** @enum {string} */
                        claimantKind: "org" | "team";
                        /** Format: date-time */
                        claimedAt: string;
                        communityId: number;
                        communityName: string;
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        id: number;
                        /** Format: date-time */
                        needEndsAt: string;
                        needId: number;
                        /** Format: date-time */
                        needStartsAt: string;
                        needTitle: string;
                        orgId: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                        teamId: number | null;
                        teamName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityNeedClaimsWithdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        activityDueAt: string;
                        activityId: number | null;
                        /** @enum {string} */
                        claimantKind: "org" | "team";
                        /** Format: date-time */
                        claimedAt: string;
                        communityId: number;
                        communityName: string;
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        id: number;
                        /** Format: date-time */
                        needEndsAt: string;
                        needId: number;
                        /** Format: date-time */
                        needStartsAt: string;
                        needTitle: string;
                        orgId: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                        teamId: number | null;
                        teamName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityNeeds": {
        parameters: {
            query?: {
                communityId?: number;
                districtCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "startsAt" | "createdAt";
                status?: "open" | "claimed" | "fulfilled" | "cancelled" | "expired";
                streetCode?: string;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                to?: string;
                typeCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityNeed"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityNeedsClaims": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    activityDueAt?: string;
                    teamId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        activityDueAt: string;
                        activityId: number | null;
                        /** @enum {string} */
                        claimantKind: "org" | "team";
                        /** Format: date-time */
                        claimedAt: string;
                        communityId: number;
                        communityName: string;
                        /** Format: date-time */
                        endedAt: string | null;
                        endReason: string | null;
                        id: number;
                        /** Format: date-time */
                        needEndsAt: string;
                        needId: number;
                        /** Format: date-time */
                        needStartsAt: string;
                        needTitle: string;
                        orgId: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                        teamId: number | null;
                        teamName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityNeedsNear": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                typeCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 当前有效的认领 · the live claim, if any */
                            claim: {
                                /** Format: date-time */
                                activityDueAt: string;
                                activityId: number | null;
                                /** @enum {string} */
                                claimantKind: "org" | "team";
                                /** Format: date-time */
                                claimedAt: string;
                                /** Format: date-time */
                                endedAt: string | null;
                                endReason: string | null;
                                id: number;
                                needId: number;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "claimed" | "scheduled" | "completed" | "withdrawn" | "lapsed";
                                teamId: number | null;
                                teamName: string | null;
                            } | null;
                            /** Format: date-time */
                            claimDeadline: string;
                            communityId: number;
                            communityName: string;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            districtName: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: date-time */
                            flaggedAt: string | null;
                            id: number;
                            lat: number | null;
                            long: number | null;
                            peopleNeeded: number;
                            place: string;
                            /** @enum {string} */
                            proximity: "community" | "street" | "district";
                            skillsWanted: string[];
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "open" | "claimed" | "fulfilled" | "cancelled" | "expired";
                            streetCode: string;
                            streetName: string;
                            title: string;
                            typeCode: string;
                            typeName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityRegistration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCommunityRegistration"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityRegistration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: string;
                    communityId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityMemberRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityRegistrationLeave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityRegistrationProof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityMemberRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityHoursCertificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HoursCertificate"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.createMyCommunityHoursCertificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 起始日（含），默认最早一次已确认服务 · first day, default the first confirmed service
                     */
                    from?: string;
                    /**
                     * Format: date
                     * @description 截止日（含），默认今天 · last day, default today
                     */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursCertificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityHoursCertificatesCertificatePdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 志愿服务时长证明 · the hours certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityTeams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyVolunteerTeam"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.listMyCommunityVolunteerRecord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerRecord"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyConcerns": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingConcern"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createMyConcerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "category": "financing",
                 *       "title": "扩建产线资金缺口",
                 *       "description": "企业计划扩建无人机产线，资金缺口约500万元，希望对接银行授信和贴息政策。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description 融资 financing、用地 land、审批 approval、用工 labour、政策兑现 policy、市场拓展 market、科技创新 technology、其他 other
                     * @enum {string}
                     */
                    category: "financing" | "land" | "approval" | "labour" | "policy" | "market" | "technology" | "other";
                    description: string;
                    title?: string;
                };
                "multipart/form-data": {
                    /** @description 至多3个附件：jpg/png/webp 照片或 PDF，每个不超过 8MB · up to 3 photos or PDF files of up to 8 MB each */
                    attachments?: string[];
                    /** @description 与 JSON 请求体相同的 JSON 文本，须在附件之前 · The JSON body as text, before the attachments */
                    data: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingConcern"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyConcernsAttachments": {
        parameters: {
            query?: {
                /** @description 照片宽度（像素）· photo width */
                w?: number;
            };
            header?: never;
            path: {
                attachmentId: number;
                demandId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片（WebP，按宽度缩放）或 PDF 附件 · the photo as WebP scaled to the width, or the PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.ratingMyConcerns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                demandId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /**
                     * @description 满意、基本满意、不满意（不满意则重新办理）
                     * @enum {string}
                     */
                    result: "satisfied" | "basically_satisfied" | "dissatisfied";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingConcern"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.listMyContent": {
        parameters: {
            query?: {
                kind?: "article" | "video" | "pdf";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReaderItem"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "content.getMyContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReaderDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyEntrepreneur": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingEntrepreneur"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyEntrepreneurResearchOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.updateMyEntrepreneurResearchOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    /** @enum {string} */
                    kind?: "report" | "policy_proposal";
                    summary?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.submitResearchOutputAsEntrepreneur": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyEntrepreneurResearchTopics": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "active" | "concluded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingMyResearchTopic"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyEntrepreneurResearchTopics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingMyResearchTopicDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyEntrepreneurResearchTopicsMeetings": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchMeeting"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyEntrepreneurResearchTopicsOutputs": {
        parameters: {
            query?: {
                field?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                kind?: "report" | "policy_proposal";
                page?: number;
                pageSize?: number;
                /** @description 按成果标题、摘要、课题名称搜索 · output title, summary or topic */
                q?: string;
                sort?: "-createdAt" | "createdAt" | "-submittedAt" | "title" | "-publishedAt";
                /** @description status=submitted 即待审核队列 · submitted = the review queue */
                status?: "draft" | "submitted" | "returned" | "approved" | "published";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchOutput"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createMyEntrepreneurResearchTopicsOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "policy_proposal",
                 *       "title": "关于开放低空物流试点航线的建议",
                 *       "summary": "建议在西海岸新区先行开放三条试点航线",
                 *       "body": "<p>……</p>"
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    body?: string;
                    /** @enum {string} */
                    kind: "report" | "policy_proposal";
                    /** @default  */
                    summary?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyFollowedConcerns": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingConcern"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyFollowedConcernsAttachments": {
        parameters: {
            query?: {
                /** @description 照片宽度（像素）· photo width */
                w?: number;
            };
            header?: never;
            path: {
                attachmentId: number;
                demandId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片（WebP，按宽度缩放）或 PDF 附件 · the photo as WebP scaled to the width, or the PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyPairs": {
        parameters: {
            query?: {
                active?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 5,
                     *           "cadrePersonId": 301,
                     *           "cadreName": "王晓明",
                     *           "cadreOrgId": 12,
                     *           "cadreOrgName": "市发展改革委综合处党支部",
                     *           "entrepreneurId": 41,
                     *           "entrepreneurName": "李思远",
                     *           "company": "青岛海智无人机科技有限公司",
                     *           "sector": "low_altitude",
                     *           "note": "低空经济产业链对接",
                     *           "startedAt": "2026-05-08T02:00:00.000Z",
                     *           "endedAt": null,
                     *           "endReason": null,
                     *           "contactCount": 3,
                     *           "lastContactAt": "2026-06-02T01:30:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PairingPair"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createMyPairsConcerns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "category": "financing",
                 *       "title": "扩建产线资金缺口",
                 *       "description": "企业计划扩建无人机产线，资金缺口约500万元，希望对接银行授信和贴息政策。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description 融资 financing、用地 land、审批 approval、用工 labour、政策兑现 policy、市场拓展 market、科技创新 technology、其他 other
                     * @enum {string}
                     */
                    category: "financing" | "land" | "approval" | "labour" | "policy" | "market" | "technology" | "other";
                    description: string;
                    title?: string;
                };
                "multipart/form-data": {
                    /** @description 至多3个附件：jpg/png/webp 照片或 PDF，每个不超过 8MB · up to 3 photos or PDF files of up to 8 MB each */
                    attachments?: string[];
                    /** @description 与 JSON 请求体相同的 JSON 文本，须在附件之前 · The JSON body as text, before the attachments */
                    data: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingConcern"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyPairsContacts": {
        parameters: {
            query?: {
                kind?: "visit" | "call" | "meeting" | "online";
                page?: number;
                pageSize?: number;
                /** @description 按主题、内容搜索 · topic and notes */
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingContact"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createMyPairsContacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 后续跟进事项 · what follows up
                     * @default
                     */
                    followUp?: string;
                    /** Format: date */
                    followUpDue?: string;
                    /**
                     * Format: date-time
                     * @description 联系时间（不晚于现在）· when it happened, not in the future
                     */
                    happenedAt: string;
                    /** @enum {string} */
                    kind: "visit" | "call" | "meeting" | "online";
                    /** @default  */
                    notes?: string;
                    topic: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingContact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.listMyPracticeProjects": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PracticeMemberProject"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.joinMyPracticeProjects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 是否有变化（重复参加或退出时为 false）· false when it already was so */
                        changed: boolean;
                        /** @description 请求后是否为成员 · whether the caller is a member now */
                        joined: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.deleteMyPracticeProjectsJoin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 是否有变化（重复参加或退出时为 false）· false when it already was so */
                        changed: boolean;
                        /** @description 请求后是否为成员 · whether the caller is a member now */
                        joined: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.listMyPracticeReports": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: number;
                status?: "draft" | "submitted" | "returned" | "approved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PracticeReport"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.createMyPracticeReports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    body?: string;
                    /** @default null */
                    projectId?: number | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.getMyPracticeReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.updateMyPracticeReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    projectId?: number | null;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.createMyPracticeReportsAttachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        mime: string;
                        originalName: string;
                        /** @description 字节 · bytes */
                        size: number;
                        /** @description 下载地址 · where to download it */
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.deleteMyPracticeReportsAttachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.submitMyPracticeReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyResearchOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.updateMyResearchOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    /** @enum {string} */
                    kind?: "report" | "policy_proposal";
                    summary?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.submitResearchOutputAsCadre": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyResearchTopics": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "active" | "concluded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingMyResearchTopic"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getMyResearchTopics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingMyResearchTopicDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyResearchTopicsMeetings": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchMeeting"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listMyResearchTopicsOutputs": {
        parameters: {
            query?: {
                field?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                kind?: "report" | "policy_proposal";
                page?: number;
                pageSize?: number;
                /** @description 按成果标题、摘要、课题名称搜索 · output title, summary or topic */
                q?: string;
                sort?: "-createdAt" | "createdAt" | "-submittedAt" | "title" | "-publishedAt";
                /** @description status=submitted 即待审核队列 · submitted = the review queue */
                status?: "draft" | "submitted" | "returned" | "approved" | "published";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchOutput"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createMyResearchTopicsOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "policy_proposal",
                 *       "title": "关于开放低空物流试点航线的建议",
                 *       "summary": "建议在西海岸新区先行开放三条试点航线",
                 *       "body": "<p>……</p>"
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    body?: string;
                    /** @enum {string} */
                    kind: "report" | "policy_proposal";
                    /** @default  */
                    summary?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMySquad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySquad"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMySquadScores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            badge: boolean;
                            duty: number;
                            /** Format: date */
                            endsOn: string;
                            innovation: number;
                            label: string;
                            learning: number;
                            movement: number | null;
                            performance: number;
                            periodId: number;
                            previousRank: number | null;
                            rank: number;
                            ranked: number;
                            skill: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            total: number;
                        }[];
                        squad: {
                            id: number;
                            name: string;
                        } | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMySquadCandidates": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 姓名或单位 · name or unit */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadCandidate"][];
                        page: number;
                        pageSize: number;
                        total: number;
                        youngMaxAge: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMySquadInnovations": {
        parameters: {
            query?: {
                status?: "submitted" | "accepted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadInnovation"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMySquadInnovations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "method",
                 *       "title": "“链长+班长”双链招商工作法",
                 *       "description": "以产业链链长制为牵引，尖刀班分链包企，形成“一链一图一班”。"
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    description?: string;
                    /**
                     * @description method 工作方法 · tool 工具 · policy 政策建议
                     * @enum {string}
                     */
                    kind: "method" | "tool" | "policy";
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadInnovation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMySquadInnovationsEvidence": {
        parameters: {
            query?: {
                caption?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadInnovation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMySquadMilestones": {
        parameters: {
            query?: {
                /** @description 只看我负责的任务的里程碑 · only milestones of tasks I own */
                mine?: string;
                status?: "open" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MySquadMilestone"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMySquadMilestonesDone": {
        parameters: {
            query?: {
                caption?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMySquadMilestonesEvidence": {
        parameters: {
            query?: {
                caption?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMySquadProposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "personId": 302,
                 *       "reason": "熟悉产业链招商"
                 *     }
                 */
                "application/json": {
                    personId: number;
                    /** @default  */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMySquadTasks": {
        parameters: {
            query?: {
                /** @description 只看我负责的任务 · only tasks I own */
                mine?: string;
                status?: "open" | "submitted" | "accepted" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadTask"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMySquadTasksEvidence": {
        parameters: {
            query?: {
                caption?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.submitMySquadTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "notifications.listNotifications": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        page: number;
                        pageSize: number;
                        total: number;
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "notifications.readNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "notifications.readAllNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.listOpen311Keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Open311ApiKey"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.createOpen311Keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @description 完整密钥，仅此一次返回 · the whole key, returned only here */
                        key: string;
                        name: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsConfig.revokeOpen311Keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "org.createOrgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "committee" | "party_committee" | "general_branch" | "branch";
                    name: string;
                    parentId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            id: number;
                            name: string;
                        }[];
                        childCount: number;
                        id: number;
                        /** @enum {string} */
                        kind: "committee" | "party_committee" | "general_branch" | "branch";
                        name: string;
                        parentId: number | null;
                        path: string;
                        personalLeaderboard: boolean;
                        personCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "org.getOrgs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            id: number;
                            name: string;
                        }[];
                        childCount: number;
                        id: number;
                        /** @enum {string} */
                        kind: "committee" | "party_committee" | "general_branch" | "branch";
                        name: string;
                        parentId: number | null;
                        path: string;
                        personalLeaderboard: boolean;
                        personCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "org.deleteOrgs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "org.updateOrgs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    personalLeaderboard?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            id: number;
                            name: string;
                        }[];
                        childCount: number;
                        id: number;
                        /** @enum {string} */
                        kind: "committee" | "party_committee" | "general_branch" | "branch";
                        name: string;
                        parentId: number | null;
                        path: string;
                        personalLeaderboard: boolean;
                        personCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "activities.createOrgsCalendar": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 密钥订阅地址 · the secret feed address */
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "org.moveOrgs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            id: number;
                            name: string;
                        }[];
                        childCount: number;
                        id: number;
                        /** @enum {string} */
                        kind: "committee" | "party_committee" | "general_branch" | "branch";
                        name: string;
                        parentId: number | null;
                        path: string;
                        personalLeaderboard: boolean;
                        personCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "org.listOrgsTree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        nodes: {
                            childCount: number;
                            id: number;
                            /** @enum {string} */
                            kind: "committee" | "party_committee" | "general_branch" | "branch";
                            name: string;
                            parentId: number | null;
                            path: string;
                            personCount: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listCoStudyAttendees": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingCoSessionAttendees"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listConcerns": {
        parameters: {
            query?: {
                category?: "financing" | "land" | "approval" | "labour" | "policy" | "market" | "technology" | "other";
                entrepreneurId?: number;
                page?: number;
                pageSize?: number;
                sector?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                status?: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 按分类、行业、办理状态、承办部门统计（同一筛选条件）· counts under the same filters */
                        counts: {
                            byCategory: {
                                count: number;
                                key: string;
                            }[];
                            /** @description 按承办部门统计：key 为部门组织 id，未派单为 none · by the department handling it (key: its organisation id; none: not yet dispatched) */
                            byDepartment: {
                                count: number;
                                key: string;
                                name: string;
                            }[];
                            bySector: {
                                count: number;
                                key: string;
                            }[];
                            byStatus: {
                                count: number;
                                key: string;
                            }[];
                        };
                        items: components["schemas"]["PairingConcern"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getConcernsAttachments": {
        parameters: {
            query?: {
                /** @description 照片宽度（像素）· photo width */
                w?: number;
            };
            header?: never;
            path: {
                attachmentId: number;
                demandId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片（WebP，按宽度缩放）或 PDF 附件 · the photo as WebP scaled to the width, or the PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listEntrepreneurs": {
        parameters: {
            query?: {
                districtCode?: "370202" | "370203" | "370211" | "370212" | "370213" | "370214" | "370215" | "370281" | "370283" | "370285";
                /** @description 负责组织（含下级）· organisation in charge, with its subtree */
                orgId?: number;
                page?: number;
                pageSize?: number;
                /** @description 是否有结对干部 · has an active pair */
                paired?: "true" | "false";
                /** @description 按姓名、企业名称、信用代码搜索 · name, company or credit code */
                q?: string;
                sector?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 41,
                     *           "name": "李思远",
                     *           "birthDate": "1992-06-01",
                     *           "position": "总经理",
                     *           "company": "青岛海智无人机科技有限公司",
                     *           "creditCode": "91370212MA3C4Q1X26",
                     *           "sector": "low_altitude",
                     *           "sectorName": "低空经济",
                     *           "districtCode": "370212",
                     *           "districtName": "崂山区",
                     *           "size": "small",
                     *           "phone": "138****1234",
                     *           "orgId": 7,
                     *           "orgName": "市发展改革委机关党委",
                     *           "source": "self",
                     *           "status": "approved",
                     *           "rejectReason": null,
                     *           "reviewedAt": "2026-05-06T02:00:00.000Z",
                     *           "accountId": 90,
                     *           "pair": {
                     *             "id": 5,
                     *             "cadrePersonId": 301,
                     *             "cadreName": "王晓明",
                     *             "cadreOrgName": "市发展改革委综合处党支部",
                     *             "startedAt": "2026-05-08T02:00:00.000Z"
                     *           },
                     *           "createdAt": "2026-05-05T02:00:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PairingEntrepreneur"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createEntrepreneurs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 出生日期（青年企业家）· birth date
                     */
                    birthDate?: string;
                    company: string;
                    /**
                     * @description 统一社会信用代码（GB 32100-2015，校验位核验）· unified social credit code, checksum verified
                     * @example 91370212MA3C4Q1X26
                     */
                    creditCode: string;
                    /**
                     * @description 企业所在区（市）· the company’s district
                     * @enum {string}
                     */
                    districtCode: "370202" | "370203" | "370211" | "370212" | "370213" | "370214" | "370215" | "370281" | "370283" | "370285";
                    name: string;
                    /** @description 负责联系服务的组织 · the organisation in charge */
                    orgId: number;
                    phone: string;
                    /**
                     * @description 职务，如董事长、总经理 · position in the company
                     * @default
                     */
                    position?: string;
                    /** @enum {string} */
                    sector: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                    /** @enum {string} */
                    size: "micro" | "small" | "medium" | "large";
                    /** @description 登录名，默认 qy<编号> · the account’s username, default qy<id> */
                    username?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingReviewed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getEntrepreneurs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingEntrepreneur"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.updateEntrepreneurs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 出生日期（青年企业家）· birth date
                     */
                    birthDate?: string;
                    company?: string;
                    /**
                     * @description 统一社会信用代码（GB 32100-2015，校验位核验）· unified social credit code, checksum verified
                     * @example 91370212MA3C4Q1X26
                     */
                    creditCode?: string;
                    /**
                     * @description 企业所在区（市）· the company’s district
                     * @enum {string}
                     */
                    districtCode?: "370202" | "370203" | "370211" | "370212" | "370213" | "370214" | "370215" | "370281" | "370283" | "370285";
                    name?: string;
                    orgId?: number;
                    phone?: string;
                    /**
                     * @description 职务，如董事长、总经理 · position in the company
                     * @default
                     */
                    position?: string;
                    /** @enum {string} */
                    sector?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                    /** @enum {string} */
                    size?: "micro" | "small" | "medium" | "large";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingEntrepreneur"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.approveEntrepreneurs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 转交负责联系服务的组织（须在本人管理范围内）· hand over to an organisation in your scope */
                    orgId?: number;
                    /** @description 登录名，默认 qy<编号> · the account’s username, default qy<id> */
                    username?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingReviewed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getEntrepreneurFull": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingEntrepreneur"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.rejectEntrepreneurs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingReviewed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listPairs": {
        parameters: {
            query?: {
                /** @description 只看在结对 / 已结束 · active or ended pairs */
                active?: "true" | "false";
                cadrePersonId?: number;
                entrepreneurId?: number;
                /** @description 干部所在组织（含下级）· the cadre’s organisation and its subtree */
                orgId?: number;
                page?: number;
                pageSize?: number;
                /** @description 按干部姓名、企业家姓名、企业名称搜索 · cadre, entrepreneur or company */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 5,
                     *           "cadrePersonId": 301,
                     *           "cadreName": "王晓明",
                     *           "cadreOrgId": 12,
                     *           "cadreOrgName": "市发展改革委综合处党支部",
                     *           "entrepreneurId": 41,
                     *           "entrepreneurName": "李思远",
                     *           "company": "青岛海智无人机科技有限公司",
                     *           "sector": "low_altitude",
                     *           "note": "低空经济产业链对接",
                     *           "startedAt": "2026-05-08T02:00:00.000Z",
                     *           "endedAt": null,
                     *           "endReason": null,
                     *           "contactCount": 3,
                     *           "lastContactAt": "2026-06-02T01:30:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PairingPair"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createPairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cadrePersonId": 301,
                 *       "entrepreneurId": 41,
                 *       "note": "低空经济产业链对接"
                 *     }
                 */
                "application/json": {
                    /** @description 青年干部（人员编号，须在本人管理范围内）· the cadre, a person in your scope */
                    cadrePersonId: number;
                    entrepreneurId: number;
                    /** @default  */
                    note?: string;
                    /** @description 企业家已有结对时：结束原结对并改由本干部结对的原因 · when the entrepreneur is paired: why the pair is handed over */
                    reassignReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listPairsContacts": {
        parameters: {
            query?: {
                kind?: "visit" | "call" | "meeting" | "online";
                page?: number;
                pageSize?: number;
                /** @description 按主题、内容搜索 · topic and notes */
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingContact"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.endPair": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listResearchOutputs": {
        parameters: {
            query?: {
                field?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                kind?: "report" | "policy_proposal";
                page?: number;
                pageSize?: number;
                /** @description 按成果标题、摘要、课题名称搜索 · output title, summary or topic */
                q?: string;
                sort?: "-createdAt" | "createdAt" | "-submittedAt" | "title" | "-publishedAt";
                /** @description status=submitted 即待审核队列 · submitted = the review queue */
                status?: "draft" | "submitted" | "returned" | "approved" | "published";
                topicId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchOutput"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.updateResearchOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    /** @enum {string} */
                    kind?: "report" | "policy_proposal";
                    summary?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.approveResearchOutput": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.publishResearchOutput": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.returnResearchOutput": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 退回修改意见 · what to change */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.submitResearchOutput": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listResearchTopics": {
        parameters: {
            query?: {
                field?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                /** @description 牵头组织（含下级）· the organisation and its subtree */
                orgId?: number;
                page?: number;
                pageSize?: number;
                /** @description 按课题名称、简介搜索 · title and description */
                q?: string;
                sort?: "-startedOn" | "startedOn" | "title" | "-createdAt";
                status?: "active" | "concluded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchTopic"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createResearchTopics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "低空经济应用场景开放研究",
                 *       "field": "low_altitude",
                 *       "description": "梳理全市低空物流、巡检场景需求",
                 *       "orgId": 12,
                 *       "startedOn": "2026-03-01"
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    description?: string;
                    /**
                     * @description 前沿领域（行业代码，如 ai 人工智能、marine 海洋经济、low_altitude 低空经济）· the frontier field
                     * @enum {string}
                     */
                    field: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                    /** @description 牵头组织（须在本人管理范围内）· the organisation running it, in your scope */
                    orgId: number;
                    /** Format: date */
                    startedOn: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchTopic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.getResearchTopics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchTopicDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.updateResearchTopics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    field?: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                    /** Format: date */
                    startedOn?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchTopic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.concludeResearchTopic": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 结题日期（默认今天）· the day it ended (default today)
                     */
                    endedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchTopic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listResearchTopicsMeetings": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchMeeting"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createResearchTopicsMeetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 活动引擎中的活动（用于报名、签到），须由本人管理范围内组织举办 · an activity of the activities engine in your scope */
                    activityId?: number;
                    /**
                     * Format: date-time
                     * @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)
                     */
                    heldAt: string;
                    /** @default  */
                    notes?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchMeeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createResearchTopicsOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "policy_proposal",
                 *       "title": "关于开放低空物流试点航线的建议",
                 *       "summary": "建议在西海岸新区先行开放三条试点航线",
                 *       "body": "<p>……</p>"
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    body?: string;
                    /** @enum {string} */
                    kind: "report" | "policy_proposal";
                    /** @default  */
                    summary?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResearchOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.listResearchTopicsParticipants": {
        parameters: {
            query?: {
                includeLeft?: "true" | "false";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchParticipant"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.createResearchTopicsParticipants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "side": "entrepreneur",
                 *       "entrepreneurId": 41,
                 *       "role": "member"
                 *     }
                 */
                "application/json": {
                    /** @description 企业家一方：已审核通过的企业家 · an approved entrepreneur you reach */
                    entrepreneurId?: number;
                    /** @description 干部一方：人员编号（本人管理范围内）· a cadre: a person of your scope */
                    personId?: number;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "lead" | "member";
                    /** @enum {string} */
                    side: "cadre" | "entrepreneur";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PairingResearchParticipant"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairing.leaveResearchTopic": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                participantId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "people.listPeople": {
        parameters: {
            query?: {
                gender?: "男" | "女";
                orgId?: number;
                page?: number;
                pageSize?: number;
                partyStatus?: "正式党员" | "预备党员" | "入党积极分子" | "群众";
                q?: string;
                sort?: "name" | "-name" | "birthDate" | "-birthDate" | "id" | "-id";
                young?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            age: number;
                            /** Format: date */
                            birthDate: string;
                            education: string | null;
                            ethnicity: string;
                            gender: string;
                            id: number;
                            idNumber: string;
                            /** Format: date */
                            joinDate: string | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            partyStatus: string;
                            phone: string | null;
                            position: string | null;
                            unit: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "people.createPeople": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    birthDate: string;
                    education?: string | null;
                    /** @default 汉族 */
                    ethnicity?: string;
                    /** @enum {string} */
                    gender: "男" | "女";
                    idNumber: string;
                    /** Format: date */
                    joinDate?: string | null;
                    name: string;
                    orgId: number;
                    /** @enum {string} */
                    partyStatus: "正式党员" | "预备党员" | "入党积极分子" | "群众";
                    phone?: string | null;
                    position?: string | null;
                    unit?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number;
                        /** Format: date */
                        birthDate: string;
                        education: string | null;
                        ethnicity: string;
                        gender: string;
                        id: number;
                        idNumber: string;
                        /** Format: date */
                        joinDate: string | null;
                        name: string;
                        orgId: number;
                        orgName: string;
                        partyStatus: string;
                        phone: string | null;
                        position: string | null;
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "people.getPeople": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number;
                        /** Format: date */
                        birthDate: string;
                        education: string | null;
                        ethnicity: string;
                        gender: string;
                        id: number;
                        idNumber: string;
                        /** Format: date */
                        joinDate: string | null;
                        name: string;
                        orgId: number;
                        orgName: string;
                        partyStatus: string;
                        phone: string | null;
                        position: string | null;
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "people.updatePeople": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    birthDate?: string;
                    education?: string | null;
                    ethnicity?: string;
                    /** @enum {string} */
                    gender?: "男" | "女";
                    idNumber?: string;
                    /** Format: date */
                    joinDate?: string | null;
                    name?: string;
                    orgId?: number;
                    /** @enum {string} */
                    partyStatus?: "正式党员" | "预备党员" | "入党积极分子" | "群众";
                    phone?: string | null;
                    position?: string | null;
                    unit?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number;
                        /** Format: date */
                        birthDate: string;
                        education: string | null;
                        ethnicity: string;
                        gender: string;
                        id: number;
                        idNumber: string;
                        /** Format: date */
                        joinDate: string | null;
                        name: string;
                        orgId: number;
                        orgName: string;
                        partyStatus: string;
                        phone: string | null;
                        position: string | null;
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "people.listFull": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number;
                        /** Format: date */
                        birthDate: string;
                        education: string | null;
                        ethnicity: string;
                        gender: string;
                        id: number;
                        idNumber: string;
                        /** Format: date */
                        joinDate: string | null;
                        name: string;
                        orgId: number;
                        orgName: string;
                        partyStatus: string;
                        phone: string | null;
                        position: string | null;
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "points.listLeaderboardOrgs": {
        parameters: {
            query?: {
                from?: string;
                parentId?: number;
                sort?: "perCapita" | "points";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            members: number;
                            name: string;
                            orgId: number;
                            perCapita: number;
                            points: number;
                        }[];
                        parentId: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "points.listLeaderboardPeople": {
        parameters: {
            query?: {
                from?: string;
                limit?: number;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        items: {
                            name: string;
                            personId: number;
                            points: number;
                            rank: number;
                        }[];
                        orgId: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "points.listMy": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balance: number;
                        items: {
                            at: string;
                            note: string | null;
                            points: number;
                            ruleCode: string;
                            ruleName: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "points.listRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            code: string;
                            dailyCap: number | null;
                            eventType: string;
                            name: string;
                            note: string | null;
                            points: number;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "points.setRules": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                    dailyCap: number | null;
                    points: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        dailyCap: number | null;
                        eventType: string;
                        name: string;
                        note: string | null;
                        points: number;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.listProjects": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PracticeProject"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.createProjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /**
                     * Format: date
                     * @default null
                     */
                    endsOn?: string | null;
                    orgId: number;
                    /**
                     * Format: date
                     * @default null
                     */
                    startsOn?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeProject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.updateProjects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    status?: "open" | "closed";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeProject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.listProjectsMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            joinedAt: string;
                            name: string;
                            orgName: string;
                            personId: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.listReports": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                projectId?: number;
                status?: "draft" | "submitted" | "returned" | "approved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PracticeReport"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.getReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.getReportsAttachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件（图片或 PDF）· The attachment (an image or a PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.publishReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    audienceOrgIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 新文章 · the new article */
                        contentId: number;
                        id: number;
                        ownerOrgId: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.reviewReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "return" | "approve";
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "practice.listStats": {
        parameters: {
            query?: {
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                from?: string;
                orgId?: number;
                /** @description ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 所选组织及其下一级组织的报告数 · counts of the organisation and of each one directly under it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        children: components["schemas"]["PracticeOrgCount"][];
                        total: components["schemas"]["PracticeOrgCount"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsPublic.listPublicChallenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandChallenge"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsPublic.listPublicDemandOptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandOptions"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsPublic.createPublicDemands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    categoryCode: string;
                    challenge: {
                        nonce: string;
                        solution: string;
                    };
                    citizenName?: string | null;
                    /** @description phone number as written, e.g. +86 532 8000 0000 or (0532) 8000-0000; stored in one canonical form */
                    citizenPhone?: string | null;
                    description: string;
                    districtCode: string;
                    lat?: number | null;
                    long?: number | null;
                    streetCode?: string | null;
                    title?: string;
                };
                "multipart/form-data": {
                    /** @description 与 JSON 请求体相同的 JSON 文本，须在照片之前 · The JSON body as text, before the photos */
                    data: string;
                    photos?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSubmission"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsPublic.getPublicDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandTracking"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsPublic.createPublicDemandsPhotos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "demandsPublic.ratingPublicDemands": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @enum {string} */
                    result: "satisfied" | "basically_satisfied" | "dissatisfied";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        /** @enum {string} */
                        status: "received" | "dispatched" | "accepted" | "in_progress" | "answered" | "closed";
                        trackingCode: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "community.getPublicHoursCertificates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursCertificateCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairingPublic.listPublicPairingOptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingOptions"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "pairingPublic.createPublicPairingRegistrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 出生日期（青年企业家）· birth date
                     */
                    birthDate?: string;
                    company: string;
                    /**
                     * @description 同意平台为联系服务使用所填信息 · consent to the use of the data for the service
                     * @enum {boolean}
                     */
                    consent: true;
                    /**
                     * @description 统一社会信用代码（GB 32100-2015，校验位核验）· unified social credit code, checksum verified
                     * @example 91370212MA3C4Q1X26
                     */
                    creditCode: string;
                    /**
                     * @description 企业所在区（市）· the company’s district
                     * @enum {string}
                     */
                    districtCode: "370202" | "370203" | "370211" | "370212" | "370213" | "370214" | "370215" | "370281" | "370283" | "370285";
                    name: string;
                    phone: string;
                    /**
                     * @description 职务，如董事长、总经理 · position in the company
                     * @default
                     */
                    position?: string;
                    /** @enum {string} */
                    sector: "ai" | "marine" | "low_altitude" | "advanced_manufacturing" | "new_energy" | "biomedicine" | "digital" | "new_materials" | "trade_logistics" | "culture_tourism" | "modern_agriculture" | "services" | "other";
                    /** @enum {string} */
                    size: "micro" | "small" | "medium" | "large";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingRegistrationReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "roster.listExport": {
        parameters: {
            query?: {
                orgId?: number;
                partyStatus?: "正式党员" | "预备党员" | "入党积极分子" | "群众";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 花名册 · the roster workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "roster.importRoster": {
        parameters: {
            query?: {
                mode?: "validate" | "apply";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorReportId: string | null;
                        errors: {
                            field: string;
                            message: string;
                            row: number;
                            value: string;
                        }[];
                        imported: number;
                        /** @enum {string} */
                        mode: "validate" | "apply";
                        ok: boolean;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "roster.getImportErrors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 标注错误的花名册 · the workbook with its errors marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "roster.listTemplate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 花名册导入模板 · the roster template workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.getSquadEvidence": {
        parameters: {
            query?: {
                /** @description 图片缩放宽度（返回 WebP）· resize an image to this width (WebP) */
                w?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 佐证材料 · the evidence file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.acceptSquadInnovations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 采纳意见（可选）· an optional note */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadInnovation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createSquadInnovationsDecline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "与已采纳成果重复"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadInnovation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.updateSquadMilestones": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    dueOn?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createSquadMilestonesReopen": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "佐证材料不全，请补充签约文件"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.getSquadTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.updateSquadTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description 1 一般，2 较难，3 很难（比担当的权重）· 1 normal, 2 hard, 3 very hard */
                    difficulty?: number;
                    /** Format: date */
                    dueOn?: string;
                    ownerPersonIds?: number[];
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.acceptSquadTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createSquadTasksMilestones": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    dueOn: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.returnSquadTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "佐证材料不全，请补充签约文件"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.submitSquadTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listSquads": {
        parameters: {
            query?: {
                field?: string;
                /** @description 主管组织（含下级）· supervising organisation and its subtree */
                orgId?: number;
                page?: number;
                pageSize?: number;
                /** @description 按名称、领域、使命搜索 · search name, field, mission */
                q?: string;
                sort?: "name" | "-name" | "startedOn" | "-startedOn" | "memberCount" | "-memberCount" | "createdAt" | "-createdAt";
                status?: "active" | "merged" | "disbanded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 12,
                     *           "name": "招商引资青年尖刀班",
                     *           "orgId": 7,
                     *           "orgName": "市发展改革委机关党委",
                     *           "field": "招商引资",
                     *           "mission": "聚焦重点产业链招商，打头阵、当先锋、抓落实。",
                     *           "status": "active",
                     *           "startedOn": "2026-03-01",
                     *           "endedOn": null,
                     *           "mergedIntoId": null,
                     *           "leaderPersonId": 301,
                     *           "leaderName": "王晓明",
                     *           "memberCount": 9,
                     *           "createdAt": "2026-03-01T02:00:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Squad"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createSquads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "招商引资青年尖刀班",
                 *       "orgId": 7,
                 *       "field": "招商引资",
                 *       "mission": "聚焦重点产业链招商，打头阵、当先锋、抓落实。",
                 *       "startedOn": "2026-03-01"
                 *     }
                 */
                "application/json": {
                    field: string;
                    /** @description 队长（须为青年干部），可稍后指定 · the leader, may be named later */
                    leaderPersonId?: number;
                    /** @default  */
                    mission?: string;
                    name: string;
                    orgId: number;
                    /**
                     * Format: date
                     * @description 组建日期，默认今天 · start date, default today
                     */
                    startedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Squad"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.getSquads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.updateSquads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    field?: string;
                    mission?: string;
                    name?: string;
                    orgId?: number;
                    /** Format: date */
                    startedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Squad"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listCandidates": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 姓名或单位 · name or unit */
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadCandidate"][];
                        page: number;
                        pageSize: number;
                        total: number;
                        youngMaxAge: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createDisband": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Squad"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listInnovations": {
        parameters: {
            query?: {
                status?: "submitted" | "accepted" | "declined";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadInnovation"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.setLeader": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 新队长，须为本队在队队员 · the new leader, an active member */
                    personId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadMember"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listMembers": {
        parameters: {
            query?: {
                /** @description 只看某一状态；缺省为全部记录 · one status only; default every row */
                status?: "proposed" | "active" | "left" | "rejected";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadMember"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "personId": 301,
                 *       "role": "member",
                 *       "reason": "招商业务骨干"
                 *     }
                 */
                "application/json": {
                    personId: number;
                    /** @default  */
                    reason?: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "leader" | "member";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMembersConfirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createMembersLeave": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                memberId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "工作调动"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.rejectMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                memberId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "工作调动"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.mergeSquads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 并入的尖刀班 · the squad it merges into */
                    intoId: number;
                    /**
                     * @description 在队队员转入目标尖刀班（按入队当日年龄规则）· move the active members into the target squad
                     * @default true
                     */
                    moveMembers?: boolean;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMergeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listTasks": {
        parameters: {
            query?: {
                status?: "open" | "submitted" | "accepted" | "returned";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SquadTask"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createTasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "重点产业链招商攻坚",
                 *       "description": "围绕新能源汽车产业链开展精准招商，年内签约项目 3 个。",
                 *       "difficulty": 3,
                 *       "dueOn": "2026-12-31",
                 *       "ownerPersonIds": [
                 *         301,
                 *         302
                 *       ],
                 *       "milestones": [
                 *         {
                 *           "title": "完成产业链图谱梳理",
                 *           "dueOn": "2026-04-30"
                 *         },
                 *         {
                 *           "title": "走访目标企业 20 家",
                 *           "dueOn": "2026-08-31"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    description?: string;
                    /**
                     * @description 1 一般，2 较难，3 很难（比担当的权重）· 1 normal, 2 hard, 3 very hard
                     * @default 1
                     */
                    difficulty?: number;
                    /** Format: date */
                    dueOn: string;
                    /** @default [] */
                    milestones?: {
                        /** Format: date */
                        dueOn: string;
                        title: string;
                    }[];
                    /**
                     * @description 责任人，须为本队在队队员 · owners, active members of the squad
                     * @default []
                     */
                    ownerPersonIds?: number[];
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listExportXlsx": {
        parameters: {
            query?: {
                field?: string;
                /** @description 主管组织（含下级）· supervising organisation and its subtree */
                orgId?: number;
                /** @description 按名称、领域、使命搜索 · search name, field, mission */
                q?: string;
                sort?: "name" | "-name" | "startedOn" | "-startedOn" | "memberCount" | "-memberCount" | "createdAt" | "-createdAt";
                status?: "active" | "merged" | "disbanded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 尖刀班名单 · the squads workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            count: number;
                            field: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listScoringBoard": {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            badge: boolean;
                            duty: number;
                            innovation: number;
                            learning: number;
                            movement: number | null;
                            name: string;
                            orgName: string;
                            performance: number;
                            rank: number;
                            skill: number;
                            total: number;
                        }[];
                        period: {
                            id: number;
                            label: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listScoringPeriods": {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.closeScoringPeriods": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        };
                        squads: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listScoringPeriodsRanking": {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 一做（前 N 名）· among the top N */
                            badge: boolean;
                            duty: number;
                            innovation: number;
                            learning: number;
                            memberCount: number;
                            /** @description 上期排名 − 本期排名，正数为上升 · previous rank − rank */
                            movement: number | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            performance: number;
                            previousRank: number | null;
                            rank: number;
                            skill: number;
                            squadId: number;
                            total: number;
                        }[];
                        /** @description 开放周期为实时计算，已结算周期为冻结快照 · computed now (open) or frozen (closed) */
                        live: boolean;
                        page: number;
                        pageSize: number;
                        period: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        };
                        /** @description 参与排名的尖刀班总数 · squads ranked in the period */
                        ranked: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listScoringPeriodsRankingXlsx": {
        parameters: {
            query?: {
                orgId?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 排名表 · the ranking workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.getScoringPeriodsRatings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                squadId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        computed: {
                            duty: number;
                            innovation: number;
                            learning: number;
                            skill: number;
                        };
                        criteria: {
                            description: string;
                            id: number;
                            myComment: string;
                            myScore: number | null;
                            name: string;
                            weight: number;
                        }[];
                        performance: number;
                        period: {
                            id: number;
                            label: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                        };
                        raters: number;
                        squad: {
                            id: number;
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.setScoringPeriodsRatings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                squadId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: {
                        /** @default  */
                        comment?: string;
                        criterionId: number;
                        score: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.getScoringPeriodsSquads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                squadId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 各维度得分的依据（成员指标、记录编号、归一化）· what each score was computed from */
                        inputs: {
                            [key: string]: unknown;
                        };
                        line: {
                            /** @description 一做（前 N 名）· among the top N */
                            badge: boolean;
                            duty: number;
                            innovation: number;
                            learning: number;
                            memberCount: number;
                            /** @description 上期排名 − 本期排名，正数为上升 · previous rank − rank */
                            movement: number | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            performance: number;
                            previousRank: number | null;
                            rank: number;
                            skill: number;
                            squadId: number;
                            total: number;
                        };
                        live: boolean;
                        members: {
                            name: string;
                            personId: number;
                        }[];
                        period: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.listScoringSquadsHistory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                squadId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            badge: boolean;
                            duty: number;
                            /** Format: date */
                            endsOn: string;
                            innovation: number;
                            label: string;
                            learning: number;
                            movement: number | null;
                            performance: number;
                            periodId: number;
                            previousRank: number | null;
                            rank: number;
                            ranked: number;
                            skill: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            total: number;
                        }[];
                        squad: {
                            id: number;
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.getScoringYears": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        badgeTopN: number;
                        criteria: {
                            description: string;
                            id: number;
                            name: string;
                            seq: number;
                            weight: number;
                        }[];
                        /** @enum {string} */
                        periodKind: "month" | "quarter";
                        periods: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        }[];
                        /** @description 是否已保存；否则为默认值 · false: the defaults */
                        saved: boolean;
                        weights: {
                            duty: number;
                            innovation: number;
                            learning: number;
                            performance: number;
                            skill: number;
                        };
                        year: number;
                        youngMaxAge: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.setScoringYears": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 3 */
                    badgeTopN?: number;
                    /** @enum {string} */
                    periodKind: "month" | "quarter";
                    weights: {
                        duty: number;
                        innovation: number;
                        learning: number;
                        performance: number;
                        skill: number;
                    };
                    /** @default 35 */
                    youngMaxAge?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        badgeTopN: number;
                        criteria: {
                            description: string;
                            id: number;
                            name: string;
                            seq: number;
                            weight: number;
                        }[];
                        /** @enum {string} */
                        periodKind: "month" | "quarter";
                        periods: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        }[];
                        /** @description 是否已保存；否则为默认值 · false: the defaults */
                        saved: boolean;
                        weights: {
                            duty: number;
                            innovation: number;
                            learning: number;
                            performance: number;
                            skill: number;
                        };
                        year: number;
                        youngMaxAge: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.createScoringYearsPeriods": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        items: {
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            label: string;
                            seq: number;
                            /** Format: date */
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            weights: {
                                duty: number;
                                innovation: number;
                                learning: number;
                                performance: number;
                                skill: number;
                            } | null;
                            year: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "squads.setScoringYearsRubric": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria: {
                        /** @default  */
                        description?: string;
                        name: string;
                        /** @default 1 */
                        weight?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            id: number;
                            name: string;
                            seq: number;
                            weight: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["OtherError"];
        };
    };
    "open311.getResource": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 服务、诉求列表或服务发现（JSON 或 XML，由扩展名决定）· services, requests or discovery, JSON or XML by the extension */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        group: string;
                        keywords: string;
                        metadata: boolean;
                        service_code: string;
                        service_name: string;
                        /** @enum {string} */
                        type: "realtime";
                    }[] | {
                        address: string;
                        address_id: string;
                        agency_responsible: string;
                        description: string;
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        expected_datetime: string | null;
                        lat: number | null;
                        long: number | null;
                        media_url: string;
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        requested_datetime: string | null;
                        service_code: string;
                        service_name: string;
                        service_notice: string;
                        service_request_id: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        status_notes: string;
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        updated_datetime: string | null;
                        zipcode: string;
                    }[] | {
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        changeset: string | null;
                        contact: string;
                        endpoints: {
                            /**
                             * Format: date-time
                             * @description W3C datetime, +08:00
                             */
                            changeset: string | null;
                            formats: string[];
                            specification: string;
                            type: string;
                            url: string;
                        }[];
                        key_service: string;
                    };
                    "text/xml": string;
                };
            };
            /** @description 请求有误 · Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务或资源不存在 · Unknown service or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 其他错误 · Any other error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    "open311.createServiceRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    address_id?: string;
                    address_string?: string;
                    /** @description 工委发放的 Open311 API 密钥（表单字段，见“系统 → Open311 API 密钥”）· The Open311 API key issued by the committee (a form field) */
                    api_key: string;
                    "attribute[district_code]": string;
                    "attribute[street_code]"?: string;
                    description?: string;
                    first_name?: string;
                    last_name?: string;
                    lat?: number;
                    long?: number;
                    phone?: string;
                    service_code: string;
                };
            };
        };
        responses: {
            /** @description 已受理（JSON 或 XML，由扩展名决定）· Created, JSON or XML by the extension */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        account_id: null;
                        service_notice: string;
                        service_request_id: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求有误 · Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description api_key 缺失、无效或已停用 · api_key missing, invalid or revoked */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务或资源不存在 · Unknown service or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 其他错误 · Any other error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    "open311.getServiceRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一件诉求 · one service request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        address_id: string;
                        agency_responsible: string;
                        description: string;
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        expected_datetime: string | null;
                        lat: number | null;
                        long: number | null;
                        media_url: string;
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        requested_datetime: string | null;
                        service_code: string;
                        service_name: string;
                        service_notice: string;
                        service_request_id: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        status_notes: string;
                        /**
                         * Format: date-time
                         * @description W3C datetime, +08:00
                         */
                        updated_datetime: string | null;
                        zipcode: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求有误 · Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务或资源不存在 · Unknown service or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 其他错误 · Any other error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    "open311.getServiceDefinition": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 服务定义 · service definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attributes: {
                            code: string;
                            datatype: string;
                            datatype_description: string;
                            description: string;
                            order: number;
                            required: boolean;
                            values: {
                                key: string;
                                name: string;
                            }[];
                            variable: boolean;
                        }[];
                        service_code: string;
                    };
                    "text/xml": string;
                };
            };
            /** @description 请求有误 · Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务或资源不存在 · Unknown service or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 其他错误 · Any other error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    "open311.getTokenRequestId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description token 对应的诉求编号 · the request id of a token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service_request_id: string;
                        token: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求有误 · Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务或资源不存在 · Unknown service or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 其他错误 · Any other error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
}
