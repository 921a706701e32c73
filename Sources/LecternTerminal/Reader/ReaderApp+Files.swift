/// Searches and tag filters over every open file.
extension ReaderApp {
    mutating func clearSearches() {
        for i in readers.indices { readers[i].search = nil }
    }

    /// After a search is accepted in the current file, finds the same text in the others (n and N go on there).
    mutating func searchOtherFiles() {
        guard readers.count > 1, let search = reader.search else { return }
        for i in readers.indices where i != current {
            readers[i].usesRegex = reader.usesRegex
            readers[i].search = SearchState(
                query: search.query, forward: search.forward, hits: readers[i].findHits(search.query),
                origin: readers[i].cursor, originTop: readers[i].top)
        }
    }

    /// Hits in the files other than the current one.
    var hitsInOtherFiles: Int {
        readers.indices.reduce(0) { $0 + ($1 == current ? 0 : readers[$1].search?.hits.count ?? 0) }
    }

    /// n and N: past the last (first) hit of this file, on to the next file with hits.
    mutating func nextHitAcrossFiles(reverse: Bool) -> Bool {
        guard let state = reader.search else { return false }
        let forward = state.forward != reverse
        if readers.count > 1, let at = state.current, state.hits.indices.contains(at),
            forward ? at == state.hits.count - 1 : at == 0
        {
            for step in 1..<readers.count {
                let file = ((current + (forward ? step : -step)) % readers.count + readers.count) % readers.count
                guard let hits = readers[file].search?.hits, !hits.isEmpty else { continue }
                readers[file].history.record(readers[file].cursor)
                current = file
                relayout()
                reader.go(toHit: forward ? 0 : hits.count - 1)
                return true
            }
        }
        return reader.nextHit(reverse: reverse)
    }

    /// Folds every file to the requirements carrying `tag` (an empty tag unfolds everything) and goes to the first.
    mutating func applyTagFilter(_ tag: String) {
        guard !tag.isEmpty else {
            for i in readers.indices { readers[i].unfoldAll() }
            tree.foldedFiles = []
            followCursorInTree()
            return say("tag filter off")
        }
        var found: [(file: Int, nodes: [Int])] = []
        for i in readers.indices {
            let nodes = readers[i].annotations.marks.nodes(taggedWith: tag)
            readers[i].fold(toShow: nodes)
            if nodes.isEmpty {
                tree.foldedFiles.insert(i)
            } else {
                tree.foldedFiles.remove(i)
                found.append((i, nodes))
            }
        }
        guard let first = found.first(where: { $0.file == current }) ?? found.first else {
            return say(
                "no requirement carries the tag \(tag) (tags used: \(knownTags.prefix(8).joined(separator: " ")))",
                error: true)
        }
        current = first.file
        relayout()
        reader.jump(toNode: first.nodes[0])
        let count = found.reduce(0) { $0 + $1.nodes.count }
        say(
            "#\(tag): \(count) requirement\(count == 1 ? "" : "s")"
                + (readers.count > 1 ? " in \(found.count) file\(found.count == 1 ? "" : "s")" : "")
                + " (zt then Enter unfolds)")
    }
}
