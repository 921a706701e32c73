import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// What a user keeps: the sidecar saved after an edited source was re-anchored is byte for byte the one the
/// reference algorithm (ReferenceReanchorer.swift) leads to, and an unchanged source's sidecar loads as stored and
/// saves back unchanged — on generated documents with every kind of edit ReanchorerEquivalenceTests makes.
@Suite struct ReanchoredSidecarEquivalenceTests {
    /// The annotations re-anchored by the reference algorithm, each updated as AnnotationLayer updates a found
    /// target (position; quote and context refreshed for exact and moved; the requirement id).
    static func referenceReanchored(_ list: [Annotation], in document: Document) -> [Annotation] {
        let positions = DocumentPositions(document)
        let text = AnchorText(document.text)
        var reanchorer = ReferenceReanchorer(positions: positions, text: text)
        var result = list
        var shift = 0
        for i in list.indices.sorted(by: { list[$0].target.position.start < list[$1].target.position.start }) {
            var annotation = list[i]
            let anchor = reanchorer.anchor(annotation.target, shift: shift)
            annotation.anchor = anchor
            if let start = anchor.start, let end = anchor.end {
                annotation.target.position = TextPosition(start: start, end: end)
                if anchor.status == .exact || anchor.status == .moved {
                    annotation.target.quote = text.quote(start..<end)
                }
                if annotation.target.kind == .requirement, let node = positions.node(startingAt: start) {
                    annotation.target.requirement = node.id
                } else if annotation.target.kind != .requirement
                    || annotation.target.requirement.flatMap({ positions.node(id: $0) }) == nil
                {
                    annotation.target.requirement = positions.enclosingRequirement(at: start)?.id
                }
                shift = start - list[i].target.position.start
            }
            result[i] = annotation
        }
        return result
    }

    static func text(_ paragraphs: [String]) -> String { paragraphs.joined(separator: "\n\n") + "\n" }

    @Test(arguments: 0..<4)
    func savedSidecarAfterAnEditIsTheReferenceOne(seed: Int) throws {
        var random = ReanchorerEquivalenceTests.Random(state: 0x5DEE_CE66_D1CE_4E5B &+ UInt64(seed) &* 0x9E37_79B9)
        let phrases = seed % 2 == 0 ? ReanchorerEquivalenceTests.phrases : ReanchorerEquivalenceTests.chinesePhrases
        let original = ReanchorerEquivalenceTests.paragraphs(&random, count: 36 + seed * 6, phrases: phrases)
        let source = try TempSource(Self.text(original))
        var layer = try source.layer()
        let targets = try ReanchorerEquivalenceTests.targets(layer.document, &random, count: 70)
        for (n, target) in targets.enumerated() {
            layer.add(
                target, tags: ["标签\(n % 4)"], note: n % 3 == 0 ? "批注\n第\(n)条" : nil, status: n % 5 == 0 ? .todo : nil)
        }
        try layer.save()
        let saved = try #require(try source.sidecarBytes())
        let stored = try AnnotationCodec.decode(saved, path: source.sidecar)

        // Unchanged source: the stored anchors as they are, and a save that writes nothing new.
        var unchanged = try source.layer()
        #expect(!unchanged.sourceChanged)
        #expect(unchanged.annotations == stored.annotations)
        try unchanged.save()
        #expect(try source.sidecarBytes() == saved)

        for kind in 0..<9 {
            try source.write(sidecar: saved)
            try source.write(Self.text(ReanchorerEquivalenceTests.edit(original, &random, kind: kind)))
            var edited = try source.layer()
            #expect(edited.sourceChanged)
            let expected = Self.referenceReanchored(stored.annotations, in: edited.document)
            #expect(edited.annotations == expected, "seed \(seed), edit \(kind)")
            try edited.save()
            let reference = AnnotationCodec.encode(
                AnnotationFile(
                    source: edited.fingerprint, annotations: expected,
                    unknownFields: stored.unknownFields))
            #expect(try source.sidecarBytes() == reference, "seed \(seed), edit \(kind)")
        }
    }
}
