import LeadMessages

/// The console's words, in Chinese (the default) and English.
public struct Texts: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public subscript(_ key: Key) -> String { language == .chinese ? key.chinese : key.english }

    /// A service's message in the page's language: services write `English / 中文`; a Chinese page
    /// shows the Chinese part only, an English page the English part (issue 21).
    public func message(_ text: String) -> String {
        var search = text.endIndex
        while let range = text.range(of: " / ", options: .backwards, range: text.startIndex..<search) {
            let chinese = text[range.upperBound...]
            if chinese.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
                let part = language == .chinese ? chinese : text[..<range.lowerBound]
                return String(part).trimmingWhitespace
            }
            search = range.lowerBound
        }
        return text
    }

    public func message(_ error: ErrorBody) -> String { message(error.message) }

    public enum Key: Sendable {
        case appName, signIn, signOut, username, password, wrongPassword, pipeline, newLead, prospects, reports
        case company, headquarters, project, industry, amount, park, channel, description, officer, stage, save
        case leadSaved, recommendation, tier, score, strategies, suggestedPark, suggestedChannel, evidence, reasons
        case advance, sign, signedAt, signedAmount, history, duplicates, noRecommendationYet, weekly, period
        case signedProjects, signedAmountTotal, targetProgress, filter, all, next, previous, language, invalidForm
        case formExpired, possibleDuplicate, saveAnyway, download, busy, locked
        case region, enterpriseClass, search, matching, unclassified, viewLags, importLedger,
            ledgerFile, upload, columnMapping, ignoreColumn, dryRun, importNow, willCreate, willMerge, willReject,
            imported, row, reason, headerRow, changed, by, when, nothingImported, skipRejected, checkDuplicate,
            skipped, chooseFile
        case followUps, recordFollowUp, followUpKind, contactDate, summary, people, place, destination,
            nextFollowUp, followUpSaved, stageChanged, signingSaved, leader, unit, team, plannedDates, noFollowUpYet,
            times, trips, lastFollowUp

        var chinese: String {
            switch self {
            case .followUps: "跟进"
            case .recordFollowUp: "记录跟进"
            case .followUpKind: "跟进方式"
            case .contactDate: "跟进日期"
            case .summary: "跟进内容"
            case .people: "接洽人员"
            case .place: "地点"
            case .destination: "目的地（外出招商）"
            case .nextFollowUp: "下次跟进"
            case .followUpSaved: "跟进已记录"
            case .stageChanged: "阶段已更新"
            case .signingSaved: "签约已记录"
            case .leader: "包联领导"
            case .unit: "责任单位"
            case .team: "专班"
            case .plannedDates: "计划节点"
            case .noFollowUpYet: "尚无跟进记录"
            case .times: "次"
            case .trips: "外出招商"
            case .lastFollowUp: "最近跟进"
            case .appName: "招商线索管理"
            case .signIn: "登录"
            case .signOut: "退出"
            case .username: "用户名"
            case .password: "密码"
            case .wrongPassword: "用户名或密码错误"
            case .pipeline: "线索库"
            case .newLead: "录入线索"
            case .prospects: "招商图谱"
            case .reports: "签约报告"
            case .company: "企业名称"
            case .headquarters: "总部所在地"
            case .project: "项目名称"
            case .industry: "产业"
            case .amount: "预计投资额"
            case .park: "载体园区"
            case .channel: "招商方式"
            case .description: "项目描述"
            case .officer: "负责人"
            case .stage: "阶段"
            case .save: "保存"
            case .leadSaved: "线索已保存"
            case .recommendation: "推荐意见"
            case .tier: "等级"
            case .score: "评分"
            case .strategies: "策略"
            case .suggestedPark: "建议园区"
            case .suggestedChannel: "建议招商方式"
            case .evidence: "依据"
            case .reasons: "理由"
            case .advance: "更新阶段"
            case .sign: "签约"
            case .signedAt: "签约时间"
            case .signedAmount: "签约金额"
            case .history: "历史"
            case .duplicates: "可能重复"
            case .noRecommendationYet: "推荐意见生成中，请稍后刷新"
            case .weekly: "周报告"
            case .period: "期间"
            case .signedProjects: "签约项目"
            case .signedAmountTotal: "签约金额"
            case .targetProgress: "年度目标完成"
            case .filter: "筛选"
            case .all: "全部"
            case .next: "下一页"
            case .previous: "上一页"
            case .language: "English"
            case .invalidForm: "请检查标出的字段"
            case .formExpired: "页面已过期，请重新提交"
            case .possibleDuplicate: "可能与已有线索重复"
            case .saveAnyway: "仍然保存"
            case .download: "下载"
            case .busy: "登录请求较多，请稍后再试"
            case .locked: "密码错误次数过多，请稍后再试"
            case .region: "区域"
            case .enterpriseClass: "企业类别"
            case .search: "企业或项目名称"
            case .matching: "条符合"
            case .unclassified: "分类服务暂不可用：下面是未经分类的线索，区域、类别等筛选暂不可用"
            case .viewLags: "分类结果正在更新，列表可能不全"
            case .importLedger: "导入台账"
            case .ledgerFile: "台账文件（.xlsx 或 .csv）"
            case .upload: "上传并识别列"
            case .columnMapping: "列对应"
            case .ignoreColumn: "不导入"
            case .dryRun: "试导入（不保存）"
            case .importNow: "确认导入"
            case .willCreate: "将新建"
            case .willMerge: "疑似重复，将跳过"
            case .willReject: "有误，需修改"
            case .imported: "已导入"
            case .row: "行"
            case .reason: "原因"
            case .headerRow: "表头所在行："
            case .changed: "修改"
            case .by: "操作人"
            case .when: "时间"
            case .nothingImported: "有行被拒绝，未导入任何数据；请修改台账后重新上传，或勾选“跳过有误的行”"
            case .skipRejected: "跳过有误的行"
            case .skipped: "跳过"
            case .chooseFile: "请选择要导入的台账文件（.xlsx 或 .csv）"
            case .checkDuplicate: "已有同一企业的线索，请先核对；确认不是重复后再保存"
            }
        }

        var english: String {
            switch self {
            case .followUps: "Follow-ups"
            case .recordFollowUp: "Record a follow-up"
            case .followUpKind: "How"
            case .contactDate: "Date"
            case .summary: "What was said"
            case .people: "Met"
            case .place: "Place"
            case .destination: "Destination (outbound trip)"
            case .nextFollowUp: "Next follow-up"
            case .followUpSaved: "Follow-up recorded"
            case .stageChanged: "Stage changed"
            case .signingSaved: "Signing recorded"
            case .leader: "Leader in charge"
            case .unit: "Responsible unit"
            case .team: "Team"
            case .plannedDates: "Planned dates"
            case .noFollowUpYet: "No follow-up yet"
            case .times: "times"
            case .trips: "outbound trips"
            case .lastFollowUp: "Last follow-up"
            case .appName: "Investment leads"
            case .signIn: "Sign in"
            case .signOut: "Sign out"
            case .username: "Username"
            case .password: "Password"
            case .wrongPassword: "Wrong username or password"
            case .pipeline: "Pipeline"
            case .newLead: "New lead"
            case .prospects: "Prospects"
            case .reports: "Reports"
            case .company: "Company"
            case .headquarters: "Headquarters"
            case .project: "Project"
            case .industry: "Industry"
            case .amount: "Estimated investment"
            case .park: "Carrier park"
            case .channel: "Channel"
            case .description: "Description"
            case .officer: "Officer"
            case .stage: "Stage"
            case .save: "Save"
            case .leadSaved: "Lead saved"
            case .recommendation: "Recommendation"
            case .tier: "Tier"
            case .score: "Score"
            case .strategies: "Strategies"
            case .suggestedPark: "Suggested park"
            case .suggestedChannel: "Suggested channel"
            case .evidence: "Evidence"
            case .reasons: "Reasons"
            case .advance: "Change stage"
            case .sign: "Sign"
            case .signedAt: "Signed at"
            case .signedAmount: "Signed amount"
            case .history: "History"
            case .duplicates: "Possible duplicates"
            case .noRecommendationYet: "The recommendation is being prepared; refresh in a moment"
            case .weekly: "Weekly report"
            case .period: "Period"
            case .signedProjects: "Signed projects"
            case .signedAmountTotal: "Signed amount"
            case .targetProgress: "Of the annual target"
            case .filter: "Filter"
            case .all: "All"
            case .next: "Next"
            case .previous: "Previous"
            case .language: "中文"
            case .invalidForm: "Please check the marked fields"
            case .formExpired: "The page expired; please submit again"
            case .possibleDuplicate: "This may duplicate a lead already in the pipeline"
            case .saveAnyway: "Save anyway"
            case .download: "Download"
            case .busy: "Too many sign-ins at once; try again in a moment"
            case .locked: "Too many wrong passwords; try again later"
            case .region: "Region"
            case .enterpriseClass: "Class"
            case .search: "Company or project"
            case .matching: "matching"
            case .unclassified:
                "The matcher is unavailable: these leads are unclassified and only the stage filter works"
            case .viewLags: "The classified view is being rebuilt; the list may be incomplete"
            case .importLedger: "Import ledger"
            case .ledgerFile: "Ledger file (.xlsx or .csv)"
            case .upload: "Upload and read columns"
            case .columnMapping: "Column mapping"
            case .ignoreColumn: "Ignore"
            case .dryRun: "Dry run (saves nothing)"
            case .importNow: "Import"
            case .willCreate: "Will create"
            case .willMerge: "Likely duplicates, skipped"
            case .willReject: "Rejected"
            case .imported: "Imported"
            case .row: "Row"
            case .reason: "Reason"
            case .headerRow: "Header row:"
            case .changed: "Changed"
            case .by: "By"
            case .when: "When"
            case .nothingImported:
                "Rows were rejected, so nothing was imported; fix the ledger and upload it again, or choose to skip rejected rows"
            case .skipRejected: "Skip rejected rows"
            case .skipped: "Skipped"
            case .chooseFile: "Choose the ledger file to import (.xlsx or .csv)"
            case .checkDuplicate: "This company already has leads; check them, and save only if this is not a duplicate"
            }
        }
    }
}
