/// Names in the order they were first seen, each with a small id, so a row stores the id and a
/// million rows naming a few hundred regions hold a few hundred Strings.
struct NameTable: Sendable {
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    /// The name's id, given to it now if it is new.
    mutating func id(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    /// The name's id, or nil when it was never added.
    func existingID(_ name: String) -> Int32? { ids[name] }

    subscript(id: Int32) -> String { names[Int(id)] }
    subscript(id: Int16) -> String { names[Int(id)] }
}
