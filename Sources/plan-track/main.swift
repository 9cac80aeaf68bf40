#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PlanTrackCLI

let console = StandardConsole(environment: ProcessInfo.processInfo.environment)
let code = PlanTrackTool.run(Array(CommandLine.arguments.dropFirst()), console: console)
exit(code.rawValue)
