import Foundation

/// Reads whole input files, or standard input for `-`, with messages that say why not.
public enum FileInput {
    public static func read(_ path: String) -> Result<[UInt8], InputError> {
        if path == "-" {
            return .success([UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        }
        let location = SourceLocation(file: path, line: 0)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(InputError(kind: .cannotOpen, location, "cannot open the file: it does not exist"))
        }
        if isDirectory.boolValue {
            return .failure(InputError(kind: .cannotOpen, location, "cannot open the file: it is a folder"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputError(kind: .cannotOpen, location, "cannot open the file: permission denied or unreadable"))
        }
        return .success([UInt8](data))
    }
}
