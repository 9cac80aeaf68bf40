/// How the plan states its 2025 goal for an indicator.
///
/// Distance targets (`atLeast`, `atMost`, `around`) have a distance from baseline to
/// cover; per-year conditions (`maintain`, `annualDecrease`, `stableLow`) are either held
/// in a year or not.
public enum TargetKind: Sendable, Equatable {
    case atLeast(Double)
    case atMost(Double)
    /// 左右: the stated number, met within `tolerance` on the side the direction allows.
    case around(Double, tolerance: Double)
    /// A floor to hold every year, e.g. ≥90.
    case maintain(Double)
    /// 力争每年降低 `step` 个百分点.
    case annualDecrease(step: Double)
    /// 稳定在较低水平: at most `ceiling`, and below the provincial value of the same year.
    case stableLow(ceiling: Double, source: String)

    /// The kebab-case name used in the plan file and in JSON.
    public var name: String {
        switch self {
        case .atLeast: "at-least"
        case .atMost: "at-most"
        case .around: "around"
        case .maintain: "maintain"
        case .annualDecrease: "annual-decrease"
        case .stableLow: "stable-low"
        }
    }

    public var isDistanceTarget: Bool {
        switch self {
        case .atLeast, .atMost, .around: true
        case .maintain, .annualDecrease, .stableLow: false
        }
    }

    /// The number a reader compares against: the stated value, the floor or the ceiling.
    /// nil for `annualDecrease`, whose threshold depends on the reference year.
    public var value: Double? {
        switch self {
        case .atLeast(let value), .atMost(let value), .around(let value, _), .maintain(let value): value
        case .stableLow(let ceiling, _): ceiling
        case .annualDecrease: nil
        }
    }
}

/// The plan's 2025 goal: its wording and how it is read.
public struct Target: Sendable, Equatable {
    /// The plan's own wording, e.g. `80.5`, `22以下`, `稳定在较低水平`.
    public let text: String
    /// The wording in English where the plan's is Chinese (`22以下` → `below 22`); else `text`.
    public let textEn: String
    public let kind: TargetKind

    public init(text: String, textEn: String? = nil, kind: TargetKind) {
        self.text = text
        self.textEn = textEn ?? text
        self.kind = kind
    }
}
