/// Finds indicators by the names users type: id, Chinese name, English name, alias.
package struct IndicatorMatcher: Sendable {
    package enum Match: Sendable, Equatable {
        case found(Int)
        /// Indices of every indicator the query could mean, in plan order.
        case ambiguous([Int])
        /// The nearest indicators, best first; may be empty.
        case notFound(suggestions: [Int])
    }

    package let plan: Plan
    private let exact: [String: Int]
    /// (name key, indicator index) for every name of every indicator.
    private let names: [(key: String, index: Int)]

    package init(plan: Plan) {
        self.plan = plan
        var exact: [String: Int] = [:]
        var names: [(String, Int)] = []
        for (index, indicator) in plan.indicators.enumerated() {
            for name in indicator.allNames {
                let key = TextNormalization.nameKey(name)
                exact[key] = exact[key] ?? index
                names.append((key, index))
            }
        }
        self.exact = exact
        self.names = names
    }

    /// The indicator a data file names: whole names only, never a part.
    package func exactMatch(_ text: String) -> Int? {
        exact[TextNormalization.nameKey(text)]
    }

    /// The indicator a person asks for: a whole name, else an unambiguous part of one.
    package func match(_ query: String) -> Match {
        let key = TextNormalization.nameKey(query)
        if let index = exact[key] { return .found(index) }
        guard !key.isEmpty else { return .notFound(suggestions: []) }
        var containing: [Int] = []
        for (name, index) in names where name.contains(key) && !containing.contains(index) {
            containing.append(index)
        }
        containing.sort()
        switch containing.count {
        case 1: return .found(containing[0])
        case 0: return .notFound(suggestions: suggestions(for: query))
        default: return .ambiguous(containing)
        }
    }

    /// What to say of a name that finds no indicator, wherever one is read (data, milestones,
    /// leads, notes): the name, and the nearest names or where to find them.
    package func unknown(_ text: String) -> (message: Message, suggestion: Message) {
        let shown = TextNormalization.printable(text)
        let names = suggestions(for: text).map { plan.indicators[$0].name }
        return (Message("未知指标“\(shown)”", "unknown indicator '\(shown)'"),
                names.isEmpty ? Message("指标名称见 plan-track indicators", "see plan-track indicators for the names")
                    : Message("是否指：\(names.joined(separator: "、"))？", "did you mean \(names.joined(separator: ", "))?"))
    }

    /// Up to `limit` indicators whose names are nearest to `text`, best first.
    package func suggestions(for text: String, limit: Int = 3) -> [Int] {
        let key = TextNormalization.nameKey(text)
        guard !key.isEmpty else { return [] }
        var best: [Int: Int] = [:]
        for (name, index) in names {
            let distance = EditDistance.between(key, name)
            // Allow about half the longer name to differ: enough for typos and a
            // missing word, not so much that every name is "near".
            guard distance <= max(2, max(key.count, name.count) / 2) else { continue }
            best[index] = min(best[index] ?? distance, distance)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }
}
