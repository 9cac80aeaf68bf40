/// Exit codes, from sysexits.h where one fits.
package enum ExitCode: Int32, Sendable {
    case success = 0
    /// A binding indicator at risk under `--strict`, or an indicator not found.
    case failure = 1
    /// EX_USAGE: the command line is wrong.
    case usage = 64
    /// EX_DATAERR: an input file's content is wrong.
    case dataError = 65
    /// EX_NOINPUT: an input file cannot be opened.
    case noInput = 66
    /// EX_CANTCREAT: an output file cannot be written.
    case cannotCreate = 73
    /// EX_IOERR: an input file changed or was cut short while it was read.
    case ioError = 74
}
