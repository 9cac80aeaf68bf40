/// One of the plan's five groups of indicators (领域), in the plan's order.
public struct Domain: Sendable, Equatable {
    public let id: String
    public let name: String
    public let nameEn: String

    public init(id: String, name: String, nameEn: String) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
    }
}
