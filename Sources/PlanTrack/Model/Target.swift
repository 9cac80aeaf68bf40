/// How the plan states its goal for an indicator, read as something that can be judged.
///
/// Distance targets (`atLeast`, `atMost`, `around`, `percentChange`, `pointsChange`) have a
/// distance from baseline to target to cover; per-year conditions (`maintain`, `holdCeiling`,
/// `annualDecrease`, `stableLow`, `keepImproving`, `versusReference`) are held in a year or not.
public enum TargetKind: Sendable, Equatable {
    case atLeast(Double)
    case atMost(Double)
    /// 左右: the stated number, met within `tolerance` on the side the direction allows.
    case around(Double, tolerance: Double)
    /// 下降10%, 增长15%: the baseline changed by `percent` (signed: −10, +15), which gives `target`.
    case percentChange(percent: Double, target: Double)
    /// 提高8个百分点, 下降3个百分点: the baseline plus `points` (signed), which gives `target`.
    case pointsChange(points: Double, target: Double)
    /// A floor to hold every year, e.g. ≥90 with the baseline already there.
    case maintain(Double)
    /// A ceiling to hold every year, e.g. 控制在3.5以内 with the baseline already under it.
    case holdCeiling(Double)
    /// 力争每年降低 `step` 个百分点.
    case annualDecrease(step: Double)
    /// 稳定在较低水平: at most `ceiling`, and below the reference region's value of the same year.
    case stableLow(ceiling: Double, source: String)
    /// 持续提升, 持续下降: no number; each reported year improves on the one before, in the
    /// indicator's direction.
    case keepImproving
    /// 达到全省平均水平, 高于全省平均, 低于全省平均水平: compared each year with the reference region.
    case versusReference(ReferenceComparison)

    /// The kinds by name, as the plan file and JSON write them: one list, from the type.
    public enum Tag: String, Sendable, CaseIterable {
        case atLeast = "at-least"
        case atMost = "at-most"
        case around
        case percentChange = "percent-change"
        case pointsChange = "points-change"
        case maintain
        case holdCeiling = "hold-ceiling"
        case annualDecrease = "annual-decrease"
        case stableLow = "stable-low"
        case keepImproving = "keep-improving"
        case versusReference = "reference"
    }

    public var tag: Tag {
        switch self {
        case .atLeast: .atLeast
        case .atMost: .atMost
        case .around: .around
        case .percentChange: .percentChange
        case .pointsChange: .pointsChange
        case .maintain: .maintain
        case .holdCeiling: .holdCeiling
        case .annualDecrease: .annualDecrease
        case .stableLow: .stableLow
        case .keepImproving: .keepImproving
        case .versusReference: .versusReference
        }
    }

    /// The kebab-case name used in the plan file and in JSON.
    public var name: String { tag.rawValue }

    public var isDistanceTarget: Bool {
        switch self {
        case .atLeast, .atMost, .around, .percentChange, .pointsChange: true
        case .maintain, .holdCeiling, .annualDecrease, .stableLow, .keepImproving, .versusReference: false
        }
    }

    /// A change from the base value (下降10%, 提高8个百分点): its target is worked out from the
    /// baseline of the region judged.
    public var isChangeFromBaseline: Bool {
        switch self {
        case .percentChange, .pointsChange: true
        case .atLeast, .atMost, .around, .maintain, .holdCeiling, .annualDecrease, .stableLow, .keepImproving, .versusReference: false
        }
    }

    /// The same change measured from another base value: a district's own base-year value.
    /// Any other kind is itself.
    public func measured(from base: Double) -> TargetKind {
        switch self {
        case .percentChange(let percent, _): .percentChange(percent: percent, target: base * (1 + percent / 100))
        case .pointsChange(let points, _): .pointsChange(points: points, target: base + points)
        case .atLeast, .atMost, .around, .maintain, .holdCeiling, .annualDecrease, .stableLow, .keepImproving, .versusReference: self
        }
    }

    /// The number a reader compares against: the stated or worked-out target, the floor or the
    /// ceiling. nil where it depends on the year: the reference year's, the year before's, the
    /// reference region's.
    public var value: Double? {
        switch self {
        case .atLeast(let value), .atMost(let value), .around(let value, _), .maintain(let value), .holdCeiling(let value): value
        case .percentChange(_, let target), .pointsChange(_, let target): target
        case .stableLow(let ceiling, _): ceiling
        case .annualDecrease, .keepImproving, .versusReference: nil
        }
    }
}

/// How a value is held against the reference region's value of the same year.
public enum ReferenceComparison: String, Sendable, CaseIterable {
    /// 达到全省平均水平: at least as good, in the indicator's direction.
    case reach
    /// 高于全省平均: strictly above.
    case above
    /// 低于全省平均水平: strictly below.
    case below
}

/// The plan's goal: its wording and how it is read.
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
