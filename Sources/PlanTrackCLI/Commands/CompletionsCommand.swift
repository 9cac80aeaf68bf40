import PlanTrack

/// `plan-track completions bash|zsh|fish`: a completion script for the shell.
enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions",
        abstract: Message("输出 shell 补全脚本（bash、zsh 或 fish）。", "Print a shell completion script (bash, zsh or fish)."),
        discussion: Message("""
        补全子命令、选项及其取值、文件名、--region 的地区名、check 的指标名（中文和英文）。
        安装方法见脚本开头的注释。
        """, """
        Completes subcommands, options and their values, file names, region names for --region
        and indicator names (Chinese and English) for check. The script's first lines say how to
        install it.
        """),
        arguments: [ArgumentSpec("shell", help: Message("bash、zsh 或 fish。", "bash, zsh or fish."))],
        options: [DataOptions.plan, DataOptions.language])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let selection = try DataSelection(arguments, console: console)
        guard let name = arguments.positionals.first, let shell = CompletionScript.Shell(rawValue: name) else {
            let given = arguments.positionals.first ?? ""
            throw .usage(Message("不支持的 shell“\(given)”。请给出以下之一：“bash”、“zsh”、“fish”。",
                                 "The shell '\(given)' is not supported. Please provide one of 'bash', 'zsh', 'fish'."))
        }
        let plan = try DataOptions.plan(selection)
        let context = CompletionScript.Context(toolName: PlanTrackTool.name, commands: PlanTrackTool.commands.map(\.spec), plan: plan)
        console.write(CompletionScript.render(shell, context))
        return .success
    }
}
