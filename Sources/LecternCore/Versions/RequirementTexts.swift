/// What each numbered requirement of a document says, in the form the comparison reads: its own text after the
/// marker and the unnumbered paragraphs it leads (up to its first child), as Unicode scalar values with white
/// space left out (a re-wrapped or re-spaced paragraph says the same), with its character bigrams.
struct RequirementTexts {
    let document: Document
    /// Per node: the text compared.
    let scalars: [[UInt32]]
    /// Per node: its distinct character bigrams, sorted (for similarity by shared bigrams).
    let bigrams: [[UInt64]]
    /// Per node: its top-level ancestor's index.
    let sections: [Int]
    /// The text outside every requirement (introductions before the first heading, closing words), compared whole.
    let outside: [UInt32]
    /// Each requirement's siblings and place among them.
    let siblingOrder: SiblingOrder

    init(_ document: Document) {
        self.document = document
        let geometry = NodeGeometry(document)
        let positions = DocumentPositions(document, geometry: geometry)
        let text = AnchorText(document.text).decodedScalars()
        let nodes = document.nodes
        var scalars = [[UInt32]](repeating: [], count: nodes.count)
        var outside: [UInt32] = []
        for node in nodes {
            let range = positions.range(of: node)
            let markerLength = node.marker.unicodeScalars.count
            Self.appendVisible(
                text[min(range.upperBound, range.lowerBound + markerLength)..<range.upperBound],
                to: &scalars[node.index])
        }
        for (p, range) in positions.paragraphRanges.enumerated() where geometry.leadingNode[p] < 0 {
            // A paragraph with no leading marker belongs to the deepest requirement holding it, up to its first
            // inline item (which has its own text).
            let lead = geometry.inlineNodes[p]?.first.map { nodes[$0].codePointOffset } ?? range.upperBound
            let body = text[range.lowerBound..<max(range.lowerBound, min(lead, range.upperBound))]
            if let owner = geometry.enclosingNode(ofParagraph: p) {
                Self.appendVisible(body, to: &scalars[owner])
            } else {
                Self.appendVisible(body, to: &outside)
            }
        }
        var sections = [Int](repeating: 0, count: nodes.count)
        for node in nodes { sections[node.index] = node.parent.map { sections[$0] } ?? node.index }
        self.scalars = scalars
        self.bigrams = scalars.map(Self.bigrams)
        self.sections = sections
        self.outside = outside
        self.siblingOrder = SiblingOrder(document)
    }

    var count: Int { scalars.count }

    /// Scalars that are not white space (ASCII, no-break and ideographic spaces, line ends).
    static func appendVisible(_ text: ArraySlice<UInt32>, to out: inout [UInt32]) {
        for value in text where !(value == 0x20 || (0x09...0x0D).contains(value) || value == 0xA0 || value == 0x3000) {
            out.append(value)
        }
    }

    static func bigrams(_ text: [UInt32]) -> [UInt64] {
        guard text.count > 1 else { return text.map { UInt64($0) } }
        var grams = [UInt64]()
        grams.reserveCapacity(text.count - 1)
        for k in 1..<text.count { grams.append(UInt64(text[k - 1]) << 32 | UInt64(text[k])) }
        grams.sort()
        var unique = 0
        for k in grams.indices where k == 0 || grams[k] != grams[k - 1] {
            grams[unique] = grams[k]
            unique += 1
        }
        return Array(grams[..<unique])
    }

    /// Bigrams two sorted sets share.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    /// Dice similarity of two bigram sets: 2 × shared / (|a| + |b|).
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return Double(2 * shared(a, b)) / Double(a.count + b.count)
    }

    /// How much of `part` lies in `whole`: shared bigrams / bigrams of `part`.
    static func containment(_ part: [UInt64], in whole: [UInt64]) -> Double {
        part.isEmpty ? 0 : Double(shared(part, whole)) / Double(part.count)
    }
}
