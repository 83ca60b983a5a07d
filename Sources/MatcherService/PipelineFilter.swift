import Foundation
import LeadMessages

/// A `pipeline.query` checked and read: every filter a known value, the page in range. Pure.
struct PipelineFilter: Equatable {
    var stage: Stage?
    var region: Region?
    var enterpriseClass: EnterpriseClass?
    var industry: Industry?
    var tier: Tier?
    var officer: String?
    var park: String?
    var text: String?
    var sort: PipelineSort = .lead
    var descending = false
    var offset = 0
    var limit = 50

    static let maxLimit = 500
    static let maxOffset = 1_000_000

    /// The filter, or the `invalid-field` error naming the first field that is wrong.
    static func read(_ query: PipelineQuery) -> Result<PipelineFilter, ErrorBody> {
        var filter = PipelineFilter()
        do throws(ErrorBody) {
            filter.stage = try value(query.stage, field: "stage", "阶段")
            filter.region = try value(query.region, field: "region", "区域")
            filter.enterpriseClass = try value(query.enterpriseClass, field: "enterpriseClass", "企业类别")
            filter.industry = try value(query.industry, field: "industry", "产业")
            if let text = blankToNil(query.tier) {
                guard let tier = Tier(rawValue: text.uppercased()) else {
                    throw ErrorBody(.invalidField, field: "tier", "unknown tier '\(text)': A, B, C / 分类应为 A、B、C")
                }
                filter.tier = tier
            }
            filter.sort = try value(query.sort, field: "sort", "排序") ?? .lead
        } catch {
            return .failure(error)
        }
        filter.officer = blankToNil(query.officer)
        filter.park = blankToNil(query.park)
        filter.text = blankToNil(query.text)
        filter.descending = query.descending ?? false
        filter.offset = query.offset ?? 0
        filter.limit = query.limit ?? 50
        guard (0...maxOffset).contains(filter.offset) else {
            return .failure(
                ErrorBody(.invalidField, field: "offset", "offset must be 0…\(maxOffset) / 偏移应在 0 到 \(maxOffset) 之间"))
        }
        guard (1...maxLimit).contains(filter.limit) else {
            return .failure(
                ErrorBody(.invalidField, field: "limit", "limit must be 1…\(maxLimit) / 数量应在 1 到 \(maxLimit) 之间"))
        }
        return .success(filter)
    }

    private static func value<Value: WireValue>(_ text: String?, field: String, _ chineseName: String) throws(ErrorBody)
        -> Value?
    {
        guard let text = blankToNil(text) else { return nil }
        guard let value = Value(lenient: text) else {
            throw ErrorBody(
                .invalidField, field: field, "unknown \(field) '\(text)': \(Value.wireValueList) / \(chineseName)无法识别")
        }
        return value
    }

    private static func blankToNil(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
