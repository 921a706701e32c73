import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Annotations of the sample carried to its edited version, without files: where each lands, its record, and that
/// carrying again adds nothing.
@Suite struct AnnotationCarryTests {
    let old: Document
    let new: Document
    let oldTargeting: AnnotationTargeting
    let newTargeting: AnnotationTargeting

    init() throws {
        let text = try VersionPairs.sampleText()
        old = Fixtures.document(text, path: "draft3.txt")
        new = Fixtures.document(VersionPairs.allEdits(text), path: "draft4.txt")
        oldTargeting = AnnotationTargeting(positions: DocumentPositions(old), text: AnchorText(old.text))
        newTargeting = AnnotationTargeting(positions: DocumentPositions(new), text: AnchorText(new.text))
    }

    func annotation(_ id: String, _ target: AnnotationTarget) -> Annotation {
        Annotation(id: id, target: target, tags: [id], created: "2026-11-29T00:00:00.000Z")
    }

    func carry(_ annotations: [Annotation], existing: [Annotation] = []) -> AnnotationCarry.Result {
        AnnotationCarry(from: old, into: newTargeting, comparison: DocumentComparison.compare(old, new))
            .carry(annotations, existing: existing, now: Date(timeIntervalSince1970: 0))
    }

    @Test func eachAnnotationLandsOnItsMatchedRequirement() throws {
        let passage = try #require(old.node(id: "2.4.5"))
        let start = oldTargeting.positions.range(of: passage).lowerBound + 3
        let annotations = [
            annotation("renumbered", try oldTargeting.requirement("2.1.4")),
            annotation("passage", try oldTargeting.range(start, start + 4)),
            annotation("removed", try oldTargeting.requirement("1.4")),
        ]
        let result = carry(annotations)
        #expect(result.alreadyCarried.isEmpty)
        let byTag = Dictionary(uniqueKeysWithValues: result.carried.map { ($0.tags[0], $0) })
        #expect(byTag["renumbered"]?.target.requirement == "2.1.5")
        #expect(byTag["renumbered"]?.anchor.status == .exact)
        #expect(byTag["renumbered"]?.target.quote.exact.hasPrefix("五是增强了信心") == true)
        #expect(byTag["passage"]?.target.requirement == "2.5.2")
        #expect(byTag["passage"]?.anchor.status == .exact)
        #expect(byTag["passage"]?.target.quote.exact == annotations[1].target.quote.exact)
        #expect(byTag["removed"]?.anchor.status == .orphaned)
        let record = try #require(byTag["passage"]?.carriedFrom)
        #expect(
            record
                == CarriedFrom(
                    source: "draft3.txt", id: "passage", requirement: "2.4.5", carried: "1970-01-01T00:00:00.000Z"))
        #expect(byTag["passage"]?.id == AnnotationCarry.carriedID(of: "passage"))
    }

    /// An orphan of the old version is known only by its requirement hint: its recorded position, from an older
    /// text, must not be moved by that requirement's shift into a negative (unreadable) one, nor trap when absurd.
    @Test func anOrphanWithADriftedHintKeepsAUsablePosition() throws {
        // A requirement that starts earlier in the new version than in the old (a section before it was removed).
        let comparison = DocumentComparison.compare(old, new)
        let earlier = try #require(
            old.nodes.indices.first { i in
                guard let n = comparison.newIndex(matchingOld: i) else { return false }
                return newTargeting.positions.range(of: new.nodes[n]).lowerBound + 10
                    < oldTargeting.positions.range(of: old.nodes[i]).lowerBound
            })
        // Recorded at the text's start, hinting at that requirement: moved by its shift it would fall before 0.
        var stale = annotation("stale", try oldTargeting.range(0, 4))
        stale.target.requirement = old.nodes[earlier].id
        stale.target.quote = TextQuote(exact: "不在任何版本里的文字", prefix: "", suffix: "")
        stale.anchor = Anchor(status: .orphaned)
        var absurd = stale
        absurd.id = "absurd"
        absurd.target.position = TextPosition(start: Int.max - 1, end: Int.max)
        var point = stale
        point.id = "point"
        point.target.quote = TextQuote(exact: "", prefix: "前文", suffix: "后文")
        point.target.position = TextPosition(start: Int.max / 2, end: Int.max / 2)
        let carried = carry([stale, absurd, point]).carried
        #expect(carried.count == 3)
        for copy in carried {
            #expect(copy.target.position.start >= 0)
            #expect(copy.target.position.end >= copy.target.position.start)
            #expect(copy.anchor.status == .orphaned)
        }
    }

    @Test func carryingAgainAddsNothing() throws {
        let annotations = [annotation("a", try oldTargeting.requirement("2.2.3"))]
        let first = carry(annotations)
        #expect(first.carried.count == 1)
        let second = carry(annotations, existing: first.carried)
        #expect(second.carried.isEmpty)
        #expect(second.alreadyCarried == ["a"])
    }

    @Test func carriedIdsAreUUIDsDerivedFromTheOriginal() {
        let id = AnnotationCarry.carriedID(of: "0b0c5f0e-2f4e-4a55-9d2b-6f1c0a8e9d11")
        #expect(UUID(uuidString: id) != nil)
        #expect(id == AnnotationCarry.carriedID(of: "0b0c5f0e-2f4e-4a55-9d2b-6f1c0a8e9d11"))
        #expect(id != AnnotationCarry.carriedID(of: "another"))
        #expect(Array(id)[14] == "8")
    }
}
