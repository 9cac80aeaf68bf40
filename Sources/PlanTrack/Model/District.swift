/// A district or county of the plan's region (历下区, 平阴县), which reports the same indicators.
/// Known also by its short name (历下) and its English name.
public struct District: Sendable, Equatable {
    public let name: String
    public let nameEn: String

    public init(name: String, nameEn: String) {
        self.name = name
        self.nameEn = nameEn
    }
}
