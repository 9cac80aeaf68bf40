/// The indicators one lead department (牵头单位) answers for, and how they stand: what status and
/// reports show by department (`status --by lead`, the report's section by lead department).
public struct LeadGroup: Sendable {
    /// The department; nil for the indicators the plan names no lead for.
    public let lead: String?
    public let assessments: [Assessment]

    public struct Counts: Sendable, Equatable {
        public let achieved: Int
        public let onTrack: Int
        /// Behind, moving away or not met.
        public let shortfall: Int
        public let withoutData: Int
    }

    public var counts: Counts {
        Counts(achieved: assessments.filter { $0.status == .achieved }.count,
               onTrack: assessments.filter { $0.status == .onTrack }.count,
               shortfall: assessments.filter(\.status.isShortfall).count,
               withoutData: assessments.filter(\.status.isUnknown).count)
    }

    /// The departments in the order the plan first names them, each with its indicators in plan
    /// order; the indicators without a lead last.
    public static func groups(_ assessments: [Assessment]) -> [LeadGroup] {
        var order: [String] = []
        var byLead: [String: [Assessment]] = [:]
        var unnamed: [Assessment] = []
        for assessment in assessments {
            guard let lead = assessment.indicator.lead else {
                unnamed.append(assessment)
                continue
            }
            if byLead[lead] == nil { order.append(lead) }
            byLead[lead, default: []].append(assessment)
        }
        return order.map { LeadGroup(lead: $0, assessments: byLead[$0] ?? []) } + (unnamed.isEmpty ? [] : [LeadGroup(lead: nil, assessments: unnamed)])
    }
}
