/// A sentence plan-track says to its user, written in both languages. Messages are made where the
/// problem is found, which does not know the reader's language; they are printed in it later.
public struct Message: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let zh: String
    public let en: String

    /// Chinese first, as the users read it.
    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String { language == .zh ? zh : en }

    /// English, for logs and `print(error)`.
    public var description: String { en }

    /// The two messages joined, each language with its own punctuation.
    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(lhs.zh + rhs.zh, lhs.en + rhs.en)
    }
}
