/// Where an indicator stands in the evaluation year (spec: "Status").
public enum Status: String, Sendable, CaseIterable {
    case achieved
    case onTrack = "on-track"
    case slightlyBehind = "slightly-behind"
    case behind
    case movingAway = "moving-away"
    case notMet = "not-met"
    case noData = "no-data"
    case insufficientData = "insufficient-data"

    /// Behind, moving away or not met: a binding indicator in one of these is at risk.
    public var isShortfall: Bool {
        switch self {
        case .slightlyBehind, .behind, .movingAway, .notMet: true
        case .achieved, .onTrack, .noData, .insufficientData: false
        }
    }

    public var isUnknown: Bool { self == .noData || self == .insufficientData }

    /// How serious, for ordering lists: larger is worse. A missed final target is the worst,
    /// then moving the wrong way, then lagging by more, then by less.
    public var severity: Int {
        switch self {
        case .notMet: 5
        case .movingAway: 4
        case .behind: 3
        case .slightlyBehind: 2
        case .noData, .insufficientData: 1
        case .achieved, .onTrack: 0
        }
    }

    /// The same status weighs differently for binding and expected indicators.
    public func level(for attribute: Attribute) -> Level {
        if isUnknown { return .unknown }
        if !isShortfall { return .ok }
        return attribute == .binding ? .alert : .warning
    }
}

/// How much a status matters, given the indicator's attribute.
public enum Level: String, Sendable, CaseIterable {
    case ok
    case warning
    case alert
    case unknown
}
