import Foundation

/// Carries one version's annotations to another: each found again in the new version through the requirement it
/// was on (matched by the comparison), then the quote search every re-anchoring uses, with a record of where it
/// came from. The old version's annotations are only read.
public struct AnnotationCarry: Sendable {
    public struct Result: Sendable {
        /// The annotations to add to the new version's sidecar, in the old sidecar's order.
        public var carried: [Annotation]
        /// Ids (in the old sidecar) of annotations the new version already holds a carried copy of.
        public var alreadyCarried: [String]
    }

    let oldPositions: DocumentPositions
    let targeting: AnnotationTargeting
    let comparison: DocumentComparison

    /// `targeting` is the new version's (an `AnnotationLayer`'s); `comparison` compares the old with the new.
    package init(from old: Document, into targeting: AnnotationTargeting, comparison: DocumentComparison) {
        oldPositions = DocumentPositions(old)
        self.targeting = targeting
        self.comparison = comparison
    }

    /// The copies of `annotations` (the old version's) to add beside `existing` (the new version's): none for an
    /// annotation already carried (its carried id present, or a `carriedFrom` naming it), so carrying twice adds
    /// nothing twice (nor does an annotation the new sidecar already holds under its own id, as a copied sidecar would).
    public func carry(_ annotations: [Annotation], existing: [Annotation], now: Date = Date()) -> Result {
        let existingIDs = Set(existing.map(\.id))
        let carriedSources = Set(existing.compactMap { $0.carriedFrom?.id })
        var reanchorer = Reanchorer(positions: targeting.positions, text: targeting.text)
        var result = Result(carried: [], alreadyCarried: [])
        let source = oldPositions.document.fileName
        let stamp = Timestamp.iso8601(now)
        for annotation in annotations {
            let id = Self.carriedID(of: annotation.id)
            if existingIDs.contains(id) || existingIDs.contains(annotation.id) || carriedSources.contains(annotation.id)
            {
                result.alreadyCarried.append(annotation.id)
                continue
            }
            let oldNode = requirement(of: annotation)
            var copy = annotation
            copy.id = id
            copy.target = mappedTarget(
                annotation.target, from: oldNode, positionIsCurrent: annotation.anchor.start != nil)
            let anchor = wholeRequirement(copy.target, from: oldNode) ?? reanchorer.anchor(copy.target)
            copy = copy.placed(at: anchor, targeting: targeting)
            copy.carriedFrom = CarriedFrom(
                source: source, id: annotation.id, requirement: oldNode?.id ?? annotation.target.requirement,
                carried: stamp)
            result.carried.append(copy)
        }
        return result
    }

    /// The old requirement an annotation is on: the one starting at it (a requirement annotation) or holding it,
    /// else its recorded hint.
    private func requirement(of annotation: Annotation) -> NumberedNode? {
        if let start = annotation.anchor.start {
            let node =
                annotation.target.kind == .requirement
                ? oldPositions.node(startingAt: start) : oldPositions.enclosingRequirement(at: start)
            if let node { return node }
        }
        return annotation.target.requirement.flatMap { oldPositions.node(id: $0) }
    }

    /// A whole requirement whose text is unchanged (renumbered or moved only) is where its match is, exactly: its
    /// quote, which holds the old marker, is refreshed there.
    private func wholeRequirement(_ target: AnnotationTarget, from oldNode: NumberedNode?) -> Anchor? {
        guard target.kind == .requirement, let oldNode, let change = comparison.change(forOld: oldNode.index),
            !change.aspects.contains(.reworded), change.kind != .split, change.kind != .merged,
            let n = change.new?.index
        else { return nil }
        let range = targeting.positions.range(of: targeting.positions.document.nodes[n])
        return Anchor(status: .exact, start: range.lowerBound, end: range.upperBound)
    }

    /// The target moved by as much as its requirement moved, hinting at the matched requirement; with no match,
    /// no hint, so the quote is sought everywhere. A position the old version did not find again (an orphan known
    /// only by its requirement hint) says nothing of where the passage is, so it is not moved; a moved one is kept
    /// within the new text.
    private func mappedTarget(_ target: AnnotationTarget, from oldNode: NumberedNode?, positionIsCurrent: Bool)
        -> AnnotationTarget
    {
        var target = target
        guard let oldNode, let n = comparison.newIndex(matchingOld: oldNode.index) else {
            target.requirement = nil
            return target
        }
        let newNode = targeting.positions.document.nodes[n]
        if positionIsCurrent {
            let shift = targeting.positions.range(of: newNode).lowerBound - oldPositions.range(of: oldNode).lowerBound
            let length = targeting.text.count
            func moved(_ offset: Int) -> Int { min(max(0, offset.addingReportingOverflow(shift).partialValue), length) }
            let start = moved(target.position.start)
            target.position = TextPosition(start: start, end: max(start, moved(target.position.end)))
        }
        target.requirement = newNode.id
        return target
    }

    /// The id a carried copy gets: derived from the original's, so the same annotation carried again is known.
    /// A UUID in form (version 8: made by a name-based rule), from a SHA-256 of the original id.
    public static func carriedID(of id: String) -> String {
        var bytes = Array(SHA256.digest(Array("lectern carried \(id)".utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x80
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = SHA256.hex(bytes)
        let cuts = [8, 4, 4, 4, 12]
        var parts: [Substring] = []
        var rest = hex[...]
        for length in cuts {
            parts.append(rest.prefix(length))
            rest = rest.dropFirst(length)
        }
        return parts.joined(separator: "-")
    }
}
