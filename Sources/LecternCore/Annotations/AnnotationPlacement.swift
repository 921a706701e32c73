extension Annotation {
    /// The annotation where `anchor` found it: its anchor set and, when found, its target moved there (the quote
    /// refreshed when the text there is the quote, the requirement hint set to what holds the passage now).
    /// Re-anchoring on load and carrying to another version both place an annotation this way.
    func placed(at anchor: Anchor, targeting: AnnotationTargeting) -> Annotation {
        var annotation = self
        annotation.anchor = anchor
        guard let start = anchor.start, let end = anchor.end else { return annotation }
        annotation.target.position = TextPosition(start: start, end: end)
        if anchor.status == .exact || anchor.status == .moved {
            annotation.target.quote = targeting.text.quote(start..<end)
        }
        let positions = targeting.positions
        if annotation.target.kind == .requirement, let node = positions.node(startingAt: start) {
            annotation.target.requirement = node.id
        } else if annotation.target.kind != .requirement
            || annotation.target.requirement.flatMap({ positions.node(id: $0) }) == nil
        {
            annotation.target.requirement = positions.enclosingRequirement(at: start)?.id
        }
        return annotation
    }
}
