import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The git merge driver's rules (`SidecarMerge`, over `AnnotationMerge` with `.laterModified`).
@Suite struct SidecarMergeTests {
    static let early = "2026-11-01T08:00:00.000Z"
    static let later = "2026-11-02T08:00:00.000Z"
    static let latest = "2026-11-03T08:00:00.000Z"

    static func annotation(
        _ id: String, tags: [String] = [], note: String? = nil, status: RequirementStatus? = nil,
        modified: String = early
    ) -> Annotation {
        let target = AnnotationTarget(
            kind: .range, requirement: "1.1", position: TextPosition(start: 10, end: 14),
            quote: TextQuote(exact: "干部考核", prefix: "", suffix: ""))
        return Annotation(
            id: id, target: target, tags: tags, note: note, status: status, created: early, modified: modified)
    }

    static func file(_ annotations: [Annotation], sha: String = "aa") -> AnnotationFile {
        let source = SourceFingerprint(
            name: "speech.txt", bytes: 100, codePoints: 40, sha256: sha, encoding: "UTF-8", lineEnding: "LF")
        return AnnotationFile(source: source, annotations: annotations)
    }

    func merged(_ base: [Annotation], _ ours: [Annotation], _ theirs: [Annotation]) -> SidecarMerge.Result {
        SidecarMerge.merge(base: Self.file(base), ours: Self.file(ours), theirs: Self.file(theirs))
    }

    @Test func bothSidesAdditionsAreKeptOursFirstInEachSidesOrder() {
        let a = Self.annotation("a")
        let result = merged(
            [a], [a, Self.annotation("o1"), Self.annotation("o2")], [Self.annotation("t1"), a, Self.annotation("t2")])
        #expect(result.file.annotations.map(\.id) == ["a", "o1", "o2", "t1", "t2"])
        #expect(result.conflicts.isEmpty)
    }

    @Test func oneSidesEditOfAFieldIsTaken() {
        let a = Self.annotation("a", tags: ["甲"], note: "原来")
        let ours = Self.annotation("a", tags: ["甲", "乙"], note: "原来", modified: Self.later)
        let theirs = Self.annotation("a", tags: ["甲"], note: "改过", status: .done, modified: Self.latest)
        let result = merged([a], [ours], [theirs])
        let only = result.file.annotations[0]
        #expect(only.note == "改过")
        #expect(only.status == .done)
        #expect(only.tags == ["甲", "乙"])
        #expect(only.modified == Self.latest)
        #expect(only.history.isEmpty)
        #expect(result.conflicts.isEmpty)
    }

    @Test func theSameFieldChangedOnBothSidesTakesTheLaterAndKeepsTheOtherInHistory() {
        let a = Self.annotation("a", note: "原来", status: .todo)
        let ours = Self.annotation("a", note: "我们的", status: .doing, modified: Self.latest)
        let theirs = Self.annotation("a", note: "他们的", status: .done, modified: Self.later)
        for (first, second) in [(ours, theirs), (theirs, ours)] {
            let only = merged([a], [first], [second]).file.annotations[0]
            #expect(only.note == "我们的")
            #expect(only.status == .doing)
            #expect(
                only.history == [
                    FieldChange(field: "note", value: "他们的", modified: Self.later, replacedAt: Self.latest),
                    FieldChange(field: "status", value: "done", modified: Self.later, replacedAt: Self.latest),
                ])
        }
        #expect(merged([a], [ours], [theirs]).conflicts.map(\.fields) == [["note", "status"]])
    }

    @Test func aTieInModifiedTimeKeepsOurs() {
        let a = Self.annotation("a", note: "原来")
        let result = merged(
            [a], [Self.annotation("a", note: "我们的", modified: Self.later)],
            [Self.annotation("a", note: "他们的", modified: Self.later)])
        #expect(result.file.annotations[0].note == "我们的")
        #expect(result.file.annotations[0].history.map(\.value) == ["他们的"])
    }

    @Test func aDeletionAgainstAnEditKeepsTheEdit() {
        let a = Self.annotation("a", note: "原来")
        let edited = Self.annotation("a", note: "改过", modified: Self.later)
        let theirsDeleted = merged([a], [edited], [])
        #expect(theirsDeleted.file.annotations == [edited])
        #expect(
            SidecarMerge.describe(theirsDeleted.conflicts[0]).contains("edited on this branch, deleted on the other"))
        let oursDeleted = merged([a], [], [edited])
        #expect(oursDeleted.file.annotations == [edited])
        #expect(SidecarMerge.describe(oursDeleted.conflicts[0]).contains("deleted on this branch, edited on the other"))
        // An unchanged annotation's deletion stands.
        #expect(merged([a], [a], []).file.annotations.isEmpty)
        #expect(merged([a], [], [a]).file.annotations.isEmpty)
    }

    @Test func theSameIDAddedOnBothSidesMergesByTheSameFieldRule() {
        let ours = Self.annotation("a", tags: ["甲"], note: "我们的", modified: Self.later)
        let theirs = Self.annotation("a", tags: ["乙"], note: "他们的", modified: Self.latest)
        let result = SidecarMerge.merge(base: nil, ours: Self.file([ours]), theirs: Self.file([theirs]))
        let only = result.file.annotations[0]
        #expect(only.note == "他们的")
        #expect(Set(only.tags) == ["甲", "乙"])
        #expect(only.history.map(\.value) == ["我们的"])
    }

    @Test func aTargetChangedOnBothSidesTakesTheLaterAndOursOnATie() {
        let a = Self.annotation("a")
        func moved(to start: Int, modified: String) -> Annotation {
            var annotation = Self.annotation("a", modified: modified)
            annotation.target.position = TextPosition(start: start, end: start + 4)
            return annotation
        }
        let later = merged([a], [moved(to: 20, modified: Self.later)], [moved(to: 30, modified: Self.latest)])
        #expect(later.file.annotations[0].target.position.start == 30)
        let tie = merged([a], [moved(to: 20, modified: Self.later)], [moved(to: 30, modified: Self.later)])
        #expect(tie.file.annotations[0].target.position.start == 20)
    }

    @Test func historiesOfBothSidesAreJoinedAndMergingAgainAddsNothing() {
        let old = FieldChange(field: "note", value: "最早", modified: Self.early, replacedAt: Self.early)
        var a = Self.annotation("a", note: "原来")
        a.history = [old]
        var ours = Self.annotation("a", note: "我们的", modified: Self.latest)
        ours.history = [old]
        let theirs = Self.annotation("a", note: "他们的", modified: Self.later)
        let once = merged([a], [ours], [theirs]).file
        #expect(once.annotations[0].history.map(\.value) == ["最早", "他们的"])
        let twice = SidecarMerge.merge(base: Self.file([a]), ours: once, theirs: Self.file([theirs])).file
        #expect(twice == once)
    }

    @Test func unknownMembersAddedOnBothSidesAreAllKept() {
        var ours = Self.file([])
        ours.unknownFields = UnknownFields([("team", .string("组织部"))])
        var theirs = Self.file([])
        theirs.unknownFields = UnknownFields([("reviewer", .string("王"))])
        let file = SidecarMerge.merge(base: Self.file([]), ours: ours, theirs: theirs).file
        #expect(file.unknownFields == UnknownFields([("team", .string("组织部")), ("reviewer", .string("王"))]))
    }

    @Test func theSourceIsKeptOnlyWhenBothSidesAnchoredToTheSameText() {
        let a = Self.annotation("a")
        let b = Self.annotation("b")
        let same = SidecarMerge.merge(base: nil, ours: Self.file([a]), theirs: Self.file([b]))
        #expect(same.file.source?.sha256 == "aa")
        let differing = SidecarMerge.merge(base: nil, ours: Self.file([a]), theirs: Self.file([b], sha: "bb"))
        #expect(differing.file.source == nil)
        let oneSideEmpty = SidecarMerge.merge(base: nil, ours: Self.file([]), theirs: Self.file([b], sha: "bb"))
        #expect(oneSideEmpty.file.source?.sha256 == "bb")
    }

    @Test func historyIsWrittenAndReadBackAndLeftOutWhenEmpty() throws {
        var a = Self.annotation("a", note: "现在")
        let plain = AnnotationCodec.encode(Self.file([a]))
        #expect(!String(decoding: plain, as: UTF8.self).contains("history"))
        a.history = [FieldChange(field: "note", value: nil, modified: Self.early, replacedAt: Self.later)]
        let bytes = AnnotationCodec.encode(Self.file([a]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"history\": [\n        {\n          \"field\": \"note\",\n          \"value\": null,"))
        #expect(try AnnotationCodec.decode(bytes, path: "x").annotations == [a])
        let broken = text.replacingOccurrences(of: "\"replacedAt\"", with: "\"replaced\"")
        #expect(throws: AnnotationError.self) { try AnnotationCodec.decode(Array(broken.utf8), path: "x") }
    }

    // MARK: Files

    @Test func mergeFilesWritesOursAndTreatsAnEmptyBaseAsNone() throws {
        let directory = try CommandRunner.temporaryDirectory()
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        try Data().write(to: URL(fileURLWithPath: path("base")))
        try Data(AnnotationCodec.encode(Self.file([Self.annotation("o")]))).write(
            to: URL(fileURLWithPath: path("ours")))
        try Data(AnnotationCodec.encode(Self.file([Self.annotation("t")]))).write(
            to: URL(fileURLWithPath: path("theirs")))
        let conflicts = try SidecarMerge.mergeFiles(base: path("base"), ours: path("ours"), theirs: path("theirs"))
        #expect(conflicts.isEmpty)
        let written = try AnnotationCodec.decode(
            [UInt8](Data(contentsOf: URL(fileURLWithPath: path("ours")))), path: "")
        #expect(written.annotations.map(\.id) == ["o", "t"])
    }

    @Test func anUnreadableSideThrowsNamingItAndLeavesOursUntouched() throws {
        let directory = try CommandRunner.temporaryDirectory()
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let ours = AnnotationCodec.encode(Self.file([Self.annotation("o")]))
        try Data(ours).write(to: URL(fileURLWithPath: path("ours")))
        try Data("{\"version\": 1, \"annotations\": [,]}".utf8).write(to: URL(fileURLWithPath: path("theirs")))
        #expect {
            try SidecarMerge.mergeFiles(base: path("none"), ours: path("ours"), theirs: path("theirs"))
        } throws: { error in
            (error as? AnnotationError)?.path == path("theirs")
        }
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path("ours")))) == ours)
    }
}
