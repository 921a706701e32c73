import LecternCore

/// Searches over every open file: a search accepted in the file on screen is found in the others too, and n and
/// N go on into them past the file's last (first) hit.
extension Library {
    mutating func clearSearches() {
        for i in readers.indices { readers[i].search = nil }
    }

    /// Enter in the search prompt: accepts the search typed (an empty one is dropped) and finds it in the others.
    mutating func acceptSearch(_ text: String) -> StatusMessage? {
        if text.isEmpty {
            reader.finishSearch(accept: false)
        } else {
            reader.finishSearch(accept: true)
            searchOtherFiles()
        }
        guard let search = reader.search, search.hits.isEmpty else { return nil }
        let invalid = reader.usesRegex && !RegexSearch.isValid(search.query)
        return .error(invalid ? "not a regular expression: \(search.query)" : "no hits for \"\(search.query)\"")
    }

    /// After a search is accepted in the current file, finds the same text in the others (n and N go on there).
    private mutating func searchOtherFiles() {
        guard count > 1, let search = reader.search else { return }
        for i in readers.indices where i != current {
            readers[i].usesRegex = reader.usesRegex
            readers[i].search = SearchState(
                query: search.query, forward: search.forward, hits: readers[i].findHits(search.query),
                origin: readers[i].cursor, originTop: readers[i].top)
        }
    }

    /// Hits in the files other than the current one.
    var hitsInOtherFiles: Int {
        readers.sumInPlace { file, reader in file == current ? 0 : reader.pointee.search?.hits.count ?? 0 }
    }

    /// `n`/`N` `count` times; a message when there is no search or no further hit.
    mutating func nextHit(reverse: Bool, count n: Int) -> StatusMessage? {
        guard reader.search != nil else { return .error("no search yet: / searches") }
        for _ in 0..<n where !nextHitAcrossFiles(reverse: reverse) {
            return .error("no hits for \"\(reader.search?.query ?? "")\"")
        }
        return nil
    }

    /// Past the last (first) hit of this file, on to the next file with hits.
    private mutating func nextHitAcrossFiles(reverse: Bool) -> Bool {
        guard let state = reader.search else { return false }
        let forward = state.forward != reverse
        if count > 1, let at = state.current, state.hits.indices.contains(at),
            forward ? at == state.hits.count - 1 : at == 0
        {
            for step in 1..<count {
                let file = file(forward ? step : -step)
                guard let hits = readers[file].search?.hits, !hits.isEmpty else { continue }
                readers[file].history.record(readers[file].cursor)
                current = file
                reader.go(toHit: forward ? 0 : hits.count - 1)
                return true
            }
        }
        return reader.nextHit(reverse: reverse)
    }

    /// Folds every file to the requirements carrying `tag` (an empty tag unfolds everything) and goes to the
    /// first. Returns the files left with nothing to show, which the tree folds to their row.
    mutating func applyTagFilter(_ tag: String) -> (message: StatusMessage, emptyFiles: Set<Int>) {
        guard !tag.isEmpty else {
            for i in readers.indices { readers[i].unfoldAll() }
            return (.info("tag filter off"), [])
        }
        var found: [(file: Int, nodes: [Int])] = []
        var empty: Set<Int> = []
        for i in readers.indices {
            let nodes = readers[i].annotations.marks.nodes(taggedWith: tag)
            readers[i].fold(toShow: nodes)
            if nodes.isEmpty { empty.insert(i) } else { found.append((i, nodes)) }
        }
        guard let first = found.first(where: { $0.file == current }) ?? found.first else {
            let used = knownTags.prefix(8).joined(separator: " ")
            return (.error("no requirement carries the tag \(tag) (tags used: \(used))"), empty)
        }
        current = first.file
        reader.jump(toNode: first.nodes[0])
        let total = found.reduce(0) { $0 + $1.nodes.count }
        let files = count > 1 ? " in \(found.count) file\(found.count == 1 ? "" : "s")" : ""
        return (.info("#\(tag): \(total) requirement\(total == 1 ? "" : "s")\(files) (zt then Enter unfolds)"), empty)
    }
}
