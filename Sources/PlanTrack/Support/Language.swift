/// The language of everything plan-track prints: labels, names, messages and help.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// zh when the locale (LC_ALL, else LC_MESSAGES, else LANG, as POSIX orders them) starts with zh.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
