import PlanTrack

/// Parses arguments against a `CommandSpec`, the way swift-argument-parser does:
/// `--name value`, `--name=value`, `-d value`, flags, positionals, and `--` to end options.
package enum CommandLineParser {
    package static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.option(named: name) else {
                var message = Message("未知选项“\(name)”。", "Unknown option '\(name)'.")
                if let nearest = nearest(name, among: spec.options.map(\.name)) {
                    message = message + didYouMean(nearest)
                }
                throw UsageError(message)
            }
            if option.isFlag {
                if inlineValue != nil { throw UsageError(Message("开关“\(option.name)”不带值。", "The flag '\(option.name)' takes no value.")) }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !isOptionLike(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(Message("“\(option.label)”缺少值。", "Missing value for '\(option.label)'."))
            }
            if !option.choices.isEmpty && !option.choices.contains(value) {
                throw UsageError(Message("值“\(value)”不适用于“\(option.label)”。请给出以下之一：“\(option.choices.joined(separator: "”、“"))”。",
                                         "The value '\(value)' is invalid for '\(option.label)'. Please provide one of '\(option.choices.joined(separator: "', '"))'."))
            }
            if !option.isRepeatable, parsed.values[option.name] != nil {
                throw UsageError(Message("“\(option.name)”给了不止一次。", "'\(option.name)' is given more than once."))
            }
            parsed.values[option.name, default: []].append(value)
        }
        if parsed.flags.contains("--help") { return parsed }
        let required = spec.arguments.filter(\.isRequired)
        if parsed.positionals.count < required.count {
            throw UsageError(Message("缺少参数“<\(required[parsed.positionals.count].name)>”。", "Missing expected argument '<\(required[parsed.positionals.count].name)>'."))
        }
        if !spec.arguments.contains(where: \.isRepeatable), parsed.positionals.count > spec.arguments.count {
            throw UsageError(Message("多余的参数“\(parsed.positionals[spec.arguments.count])”。", "Unexpected argument '\(parsed.positionals[spec.arguments.count])'."))
        }
        return parsed
    }

    /// `-` alone is standard input and a negative number is a value, not an option.
    private static func isOptionLike(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument != "-" else { return false }
        return Double(argument) == nil
    }

    /// " Did you mean '…'?", after a message that names something unknown.
    package static func didYouMean(_ nearest: String) -> Message {
        Message("是否指“\(nearest)”？", " Did you mean '\(nearest)'?")
    }

    /// The nearest candidate within a few edits, for "Did you mean …?".
    package static func nearest(_ text: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(text, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, text.count / 3) else { return nil }
        return best.0
    }
}
