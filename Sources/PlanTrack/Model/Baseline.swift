/// The plan's 2020 value of an indicator, as printed and as a number.
public struct Baseline: Sendable, Equatable {
    /// The plan's own wording, e.g. `79.6`, `<23.9`, `27左右`, `—`.
    public let text: String
    /// The wording in English where the plan's is Chinese (`27左右` → `around 27`); else `text`.
    public let textEn: String
    /// nil where the plan prints `—`.
    public let value: Double?
    /// True for wordings such as `<23.9`, `27左右`, `≥90`: the number is a bound or an estimate.
    public let isApproximate: Bool

    /// The plan gives a bound, not a value (`≥90`, `<23.9`): the number is where the value was
    /// at most or at least, so it is never drawn as a point.
    public var isBound: Bool {
        isApproximate && ["≥", "≤", "<", ">", "＜", "＞", "以上", "以下", "不低于", "不高于", "不超过"].contains { text.contains($0) }
    }

    public init(text: String, textEn: String? = nil, value: Double?, isApproximate: Bool = false) {
        self.text = text
        self.textEn = textEn ?? text
        self.value = value
        self.isApproximate = isApproximate
    }
}
