import LeadMessages

/// What a principal may do, as the authorized-keys file says.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// 招商专员: submits leads and works on their own.
    case officer
    /// 科室负责人: reads and changes every lead, runs reports, reads the audit log.
    case supervisor
    /// Another LeadTracker service: replays events and reads status, nothing else.
    case service
    /// The web console (lead-web, 1.5): acts only on behalf of the person signed in to it, named
    /// in each request's `onBehalfOf`; on its own it may read status and nothing else.
    case gateway
}
