import PlanTrack

/// Shell completion scripts made from the commands' specs and the plan: subcommands, options,
/// the values of options that take a fixed set (`--lang`, `--format`, `--encoding`), file names
/// for files, the plan's regions for `--region`, the plan's years for `--year`, and the
/// indicators' ids and names (Chinese and English) for `check`.
enum CompletionScript {
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    struct Context {
        let toolName: String
        let commands: [CommandSpec]
        let regions: [String]
        let years: [String]
        /// Ids, Chinese names and English names.
        let indicators: [String]

        init(toolName: String, commands: [CommandSpec], plan: Plan) {
            self.toolName = toolName
            self.commands = commands
            regions = [plan.region] + plan.districts.map(\.name)
            years = plan.period.map(String.init)
            indicators = plan.indicators.map(\.id.rawValue) + plan.indicators.map(\.name) + plan.indicators.map(\.nameEn)
        }

        var functionName: String { "_" + toolName.replacingOccurrences(of: "-", with: "_") }
    }

    static func render(_ shell: Shell, _ context: Context) -> String {
        switch shell {
        case .bash: bash(context)
        case .zsh: zsh(context)
        case .fish: fish(context)
        }
    }

    /// What an option's value is, for completing it.
    enum ValueKind {
        case choices([String]), file, folder, region, year, free
        /// An action word first (`plan check`), then a file.
        case actionThenFile([String])
    }

    static func valueKind(_ option: OptionSpec) -> ValueKind? {
        guard let value = option.valueName else { return nil }
        if !option.completions.isEmpty { return .choices(option.completions) }
        switch option.name {
        case "--region": return .region
        case "--year": return .year
        default: break
        }
        switch value {
        case "file": return .file
        case "folder": return .folder
        default: return .free
        }
    }

    /// What a command's positional arguments are.
    static func argumentKind(_ spec: CommandSpec, _ context: Context) -> ValueKind? {
        switch spec.name {
        case "check": .choices(context.indicators)
        case "completions": .choices(Shell.allCases.map(\.rawValue))
        case "plan": .actionThenFile(PlanCommand.actions)
        default: spec.arguments.isEmpty ? nil : .file
        }
    }

    /// Single-quoted for any POSIX shell and fish: `'` closes, an escaped quote, reopens.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Single-quoted for fish, where a quote and a backslash are escaped inside the quotes.
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    // MARK: - bash

    static func bash(_ context: Context) -> String {
        let name = context.toolName, function = context.functionName
        func words(_ list: [String]) -> String { quoted(list.joined(separator: "\n")) }
        var script = """
        # \(name) completion for bash.
        # Install: \(name) completions bash > ~/.local/share/bash-completion/completions/\(name)
        # (or add `source <(\(name) completions bash)` to ~/.bashrc).

        \(function)_words() {
            # One candidate a line, so that names with spaces stay whole. Names that start with
            # the word come first; else any that hold it (全科 finds 每万人口全科医生数).
            local IFS=$'\\n' word
            COMPREPLY=($(compgen -W "$1" -- "$2"))
            if [ ${#COMPREPLY[@]} -eq 0 ] && [ -n "$2" ]; then
                for word in $1; do
                    [[ "$word" == *"$2"* ]] && COMPREPLY+=("$word")
                done
            fi
        }

        \(function)() {
            local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
            if [ "$COMP_CWORD" -eq 1 ]; then
                \(function)_words \(words(context.commands.map(\.name) + ["help", "--help", "--version", "--lang"])) "$cur"
                return
            fi
            local command="${COMP_WORDS[1]}"
            case "$command:$prev" in

        """
        for spec in context.commands {
            for option in spec.options {
                guard let kind = valueKind(option) else { continue }
                let names = ([option.name] + (option.shortName.map { [$0] } ?? [])).map { "\(spec.name):\($0)" }.joined(separator: "|")
                script += "        \(names)) " + bashValue(kind, context, function: function) + " return ;;\n"
            }
        }
        script += """
            esac
            if [[ "$cur" == -* ]]; then
                case "$command" in

        """
        for spec in context.commands {
            let options = spec.options.flatMap { [$0.name] + ($0.shortName.map { [$0] } ?? []) }
            script += "            \(spec.name)) \(function)_words \(words(options)) \"$cur\" ;;\n"
        }
        script += """
                esac
                return
            fi
            case "$command" in
                help) \(function)_words \(words(context.commands.map(\.name))) "$cur" ;;

        """
        for spec in context.commands {
            guard let kind = argumentKind(spec, context) else { continue }
            script += "        \(spec.name)) " + bashValue(kind, context, function: function) + " ;;\n"
        }
        script += """
            esac
        }

        complete -F \(function) \(name)

        """
        return script
    }

    private static func bashValue(_ kind: ValueKind, _ context: Context, function: String) -> String {
        func words(_ list: [String]) -> String { "\(function)_words " + quoted(list.joined(separator: "\n")) + " \"$cur\";" }
        switch kind {
        case .choices(let list): return words(list)
        case .region: return words(context.regions)
        case .year: return words(context.years)
        case .file: return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"));"
        case .folder: return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"));"
        case .free: return "COMPREPLY=();"
        case .actionThenFile(let actions):
            return "if [ \"$COMP_CWORD\" -eq 2 ]; then " + words(actions)
                + " else compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); fi;"
        }
    }

    // MARK: - zsh

    static func zsh(_ context: Context) -> String {
        let name = context.toolName, function = context.functionName
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
                .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: "'", with: "'\\''")
        }
        func action(_ kind: ValueKind) -> String {
            func values(_ list: [String]) -> String { "(" + list.map { "\"\(escape($0).replacingOccurrences(of: " ", with: "\\ "))\"" }.joined(separator: " ") + ")" }
            switch kind {
            case .choices(let list): return values(list)
            case .region: return values(context.regions)
            case .year: return values(context.years)
            case .file: return "_files"
            case .folder: return "_files -/"
            case .free: return " "
            case .actionThenFile: return "_files"
            }
        }
        var script = """
        #compdef \(name)
        # \(name) completion for zsh.
        # Install: \(name) completions zsh > "${fpath[1]}/_\(name)", then start a new shell
        # (or add `source <(\(name) completions zsh)` to ~/.zshrc after compinit).

        \(function)() {
            local -a commands
            commands=(

        """
        for spec in context.commands {
            script += "        '\(spec.name):\(escape(spec.abstract.en))'\n"
        }
        script += """
                'help:Show subcommand help information.'
            )
            if (( CURRENT == 2 )); then
                _describe -t commands 'command' commands
                return
            fi
            local command=${words[2]}
            shift words
            (( CURRENT-- ))
            case $command in

        """
        for spec in context.commands {
            script += "        \(spec.name))\n            _arguments -s \\\n"
            for option in spec.options {
                let help = escape(option.help.en.split(separator: "\n").first.map(String.init) ?? "")
                let names = [option.name] + (option.shortName.map { [$0] } ?? [])
                let exclusive = names.count > 1 && !option.isRepeatable ? "(" + names.joined(separator: " ") + ")" : ""
                let repeats = option.isRepeatable ? "*" : ""
                let spellings = names.count > 1 ? "{" + names.joined(separator: ",") + "}" : names[0]
                let value = valueKind(option).map { ":\(option.valueName ?? "value"):\(action($0))" } ?? ""
                script += "                '\(exclusive)\(repeats)'\(spellings)'[\(help)]\(value)' \\\n"
            }
            if case .actionThenFile(let actions)? = argumentKind(spec, context) {
                script += "                '1:action:(\(actions.joined(separator: " ")))' \\\n                '2:file:_files'\n"
            } else if let kind = argumentKind(spec, context) {
                script += "                '*:\(spec.arguments.first?.name ?? "argument"):\(action(kind))'\n"
            } else {
                script += "                \n"
            }
            script += "            ;;\n"
        }
        script += """
            help) _describe -t commands 'command' commands ;;
            esac
        }

        if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
            \(function) "$@"
        else
            compdef \(function) \(name)
        fi

        """
        return script
    }

    // MARK: - fish

    static func fish(_ context: Context) -> String {
        let name = context.toolName, function = context.functionName
        let commands = context.commands.map(\.name) + ["help"]
        var script = """
        # \(name) completion for fish.
        # Install: \(name) completions fish > ~/.config/fish/completions/\(name).fish

        complete -c \(name) -f
        complete -c \(name) -n '__fish_use_subcommand' -l help -s h -d 'Show help information.'
        complete -c \(name) -n '__fish_use_subcommand' -l version -d 'Show the version.'

        """
        // Candidates that may hold spaces come one a line from a function.
        var functions: [String: [String]] = [:]
        func candidates(_ list: [String], _ label: String) -> String {
            functions["\(function)_\(label)"] = list
            return "'(\(function)_\(label))'"
        }
        var lines: [String] = []
        for spec in context.commands {
            lines.append("complete -c \(name) -n '__fish_use_subcommand' -a \(spec.name) -d \(fishQuoted(spec.abstract.en))")
        }
        lines.append("complete -c \(name) -n '__fish_use_subcommand' -a help -d 'Show subcommand help information.'")
        lines.append("complete -c \(name) -n '__fish_seen_subcommand_from help' -a \(fishQuoted(commands.dropLast().joined(separator: " ")))")
        for spec in context.commands {
            let condition = "-n '__fish_seen_subcommand_from \(spec.name)'"
            for option in spec.options {
                var line = "complete -c \(name) \(condition) -l \(option.name.dropFirst(2))"
                if let short = option.shortName { line += " -s \(short.dropFirst())" }
                line += " -d " + fishQuoted(option.help.en.split(separator: "\n").first.map(String.init) ?? "")
                switch valueKind(option) {
                case .none: break
                case .choices(let list)?: line += " -x -a " + fishQuoted(list.joined(separator: " "))
                case .region?: line += " -x -a " + candidates(context.regions, "regions")
                case .year?: line += " -x -a " + fishQuoted(context.years.joined(separator: " "))
                case .file?, .folder?, .actionThenFile?: line += " -r -F"
                case .free?: line += " -x"
                }
                lines.append(line)
            }
            switch argumentKind(spec, context) {
            case .choices(let list)?:
                lines.append("complete -c \(name) \(condition) -a " + (spec.name == "check" ? candidates(list, "indicators") : fishQuoted(list.joined(separator: " "))))
            case .file?:
                lines.append("complete -c \(name) \(condition) -F")
            case .actionThenFile(let actions)?:
                let words = actions.joined(separator: " ")
                lines.append("complete -c \(name) -n '__fish_seen_subcommand_from \(spec.name); and not __fish_seen_subcommand_from \(words)' -a \(fishQuoted(words))")
                lines.append("complete -c \(name) -n '__fish_seen_subcommand_from \(words)' -F")
            default:
                break
            }
        }
        for (function, list) in functions.sorted(by: { $0.key < $1.key }) {
            script += "function \(function)\n    printf '%s\\n' \(list.map(fishQuoted).joined(separator: " "))\nend\n\n"
        }
        return script + lines.joined(separator: "\n") + "\n"
    }
}
