import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Loading, re-anchoring and saving a sidecar beside a real file.
@Suite struct AnnotationLayerTests {
    let text = Speech.text(Speech.paragraphs)

    @Test func saveAndReopenRoundTrips() throws {
        let source = try TempSource(text)
        var layer = try source.layer()
        #expect(layer.annotations.isEmpty)
        let a = layer.add(
            try layer.targeting.requirement("1.2.1"), tags: ["纪律", "考核"], note: "第一行\n第二行", status: .todo)
        let b = layer.add(try layer.targeting.quote("扩大考核工作民主"), tags: ["整改"], color: "yellow")
        try layer.save()
        #expect(try source.files() == ["speech.txt", "speech.txt.annotations.json"])
        let reopened = try source.layer()
        #expect(!reopened.sourceChanged)
        #expect(reopened.annotations.map(\.id) == [a.id, b.id])
        #expect(reopened.annotations[0].tags == ["纪律", "考核"])
        #expect(reopened.annotations[0].note == "第一行\n第二行")
        #expect(reopened.annotations[0].status == .todo)
        #expect(reopened.annotations[0].target.requirement == "1.2.1")
        #expect(reopened.annotations[1].target.requirement == "1.2.2")
        #expect(reopened.annotations.allSatisfy { $0.anchor.status == .exact })
        let file = try AnnotationCodec.decode(try #require(try source.sidecarBytes()), path: source.sidecar)
        #expect(file.source?.sha256 == SHA256.hex(Array(text.utf8)))
        #expect(file.source?.bytes == text.utf8.count)
        #expect(file.source?.name == "speech.txt")
        // Saving again without changes writes the same bytes.
        let before = try source.sidecarBytes()
        var again = reopened
        try again.save()
        #expect(try source.sidecarBytes() == before)
    }

    @Test func editedSourceIsReanchoredAndSavedAtItsNewPlace() throws {
        let source = try TempSource(text)
        var layer = try source.layer()
        let moved = layer.add(try layer.targeting.quote("扩大考核工作民主"), tags: ["民主"])
        let typo = layer.add(try layer.targeting.quote("直接关系到干部队伍建设的质量"), tags: ["质量"])
        let gone = layer.add(try layer.targeting.line(11), tags: ["标准"])
        try layer.save()
        var paragraphs = Speech.paragraphs
        paragraphs.insert("会议首先传达了上级文件精神。", at: 2)
        paragraphs[4] = paragraphs[4].replacingOccurrences(of: "直接关系到", with: "直接关乎")
        paragraphs.remove(at: 6)
        try source.write(Speech.text(paragraphs))
        var reopened = try source.layer()
        #expect(reopened.sourceChanged)
        let status = Dictionary(uniqueKeysWithValues: reopened.annotations.map { ($0.id, $0.anchor.status) })
        #expect(status == [moved.id: .moved, typo.id: .fuzzy, gone.id: .orphaned])
        try reopened.save()
        // The orphan is kept with its quote; the moved one is exact at its new position next time.
        let third = try source.layer()
        #expect(!third.sourceChanged)
        #expect(third.annotations.count == 3)
        let orphan = try #require(third.annotations.first { $0.id == gone.id })
        #expect(orphan.anchor.status == .orphaned)
        #expect(orphan.target.quote.exact.hasPrefix("一是要坚持严格标准"))
        let found = try #require(third.annotations.first { $0.id == moved.id })
        let start = try #require(found.anchor.start)
        #expect(third.targeting.text.string(start..<(start + 8)) == "扩大考核工作民主")
        #expect(found.target.requirement == "1.2.2")  // ids follow the document's own ordinals: 二是 stays 2
    }

    @Test func reencodedAndCRLFCopiesKeepAnchorsExact() throws {
        let source = try TempSource("𠮷" + text)
        var layer = try source.layer()
        let a = layer.add(try layer.targeting.quote("扩大考核工作民主"), tags: ["民主"])
        try layer.save()
        let expectedStart = try #require(a.anchor.start)
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        for bytes in [
            Array(("𠮷" + text).replacingOccurrences(of: "\n", with: "\r\n").utf8),
            [UInt8](("𠮷" + text).data(using: gb18030)!),
            [UInt8](("𠮷" + text).replacingOccurrences(of: "\n", with: "\r\n").data(using: gb18030)!),
        ] {
            try source.write(bytes: bytes)
            let reopened = try source.layer()
            #expect(!reopened.sourceChanged)
            #expect(
                reopened.annotations[0].anchor == Anchor(status: .exact, start: expectedStart, end: expectedStart + 8))
            #expect(reopened.targeting.text.string(expectedStart..<(expectedStart + 8)) == "扩大考核工作民主")
        }
    }

    @Test func corruptSidecarIsLeftUntouchedAndCanBeBackedUp() throws {
        let source = try TempSource(text)
        let broken = Array("{\"version\": 1, \"annotations\": [ {\"id\": \"x\",\n oops } ]}".utf8)
        try Data(broken).write(to: URL(fileURLWithPath: source.sidecar))
        let error = try #require(throws: AnnotationError.self) { try source.layer() }
        #expect(error.description.hasPrefix("\(source.sidecar): not valid JSON at line 2, column 2"))
        #expect(try source.sidecarBytes() == broken)
        let backup = try AnnotationLayer.backUpUnreadableSidecar(of: try source.document())
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: backup))) == broken)
        var fresh = try source.layer()
        fresh.add(try fresh.targeting.line(5))
        try fresh.save()
        #expect(try source.layer().annotations.count == 1)
    }

    @Test func sidecarBrokenByAnotherProcessBeforeSaveIsNotOverwritten() throws {
        let source = try TempSource(text)
        var layer = try source.layer()
        layer.add(try layer.targeting.line(5))
        try layer.save()
        let broken = Array("{ not json".utf8)
        try Data(broken).write(to: URL(fileURLWithPath: source.sidecar))
        layer.add(try layer.targeting.line(7))
        #expect(throws: AnnotationError.self) { try layer.save() }
        #expect(try source.sidecarBytes() == broken)
        #expect(layer.annotations.count == 2)
    }

    @Test func newerSidecarIsRefusedAndKept() throws {
        let source = try TempSource(text)
        let newer = Array(#"{"format": "lectern-annotations", "version": 7, "annotations": [], "shiny": 1}"#.utf8)
        try Data(newer).write(to: URL(fileURLWithPath: source.sidecar))
        let error = try #require(throws: AnnotationError.self) { try source.layer() }
        #expect(error.description.contains("version 7 is newer"))
        #expect(try source.sidecarBytes() == newer)
    }

    @Test(arguments: [
        ("create", EROFS, "Read-only file system"), ("write", ENOSPC, "No space left on device"),
        ("rename", EACCES, "Permission denied"),
    ])
    func failedSaveKeepsTheAnnotationsInMemory(operation: String, code: Int32, reason: String) throws {
        let source = try TempSource(text)
        let fileSystem = FaultyFileSystem()
        var layer = try source.layer(fileSystem)
        layer.add(try layer.targeting.line(5), tags: ["first"])
        try layer.save()
        let saved = try source.sidecarBytes()
        fileSystem.failure = (operation, code)
        let note = "一段正在输入的长批注\n第二行"
        let added = layer.add(try layer.targeting.quote("扩大考核工作民主"), note: note)
        let error = try #require(throws: AnnotationError.self) { try layer.save() }
        #expect(error.description.contains(reason))
        #expect(error.description.hasPrefix(source.sidecar))
        #expect(layer.annotations.map(\.id).contains(added.id))
        #expect(layer.annotations.first { $0.id == added.id }?.note == note)
        #expect(try source.sidecarBytes() == saved)
        #expect(try source.files() == ["speech.txt", "speech.txt.annotations.json"])  // no temp file, no lock left
        fileSystem.failure = nil
        try layer.save()
        #expect(try source.layer().annotations.count == 2)
    }

    @Test(.enabled(if: ReadOnlyDirectory.isPossible, "cannot make a directory read-only here"))
    func readOnlyDirectoryGivesAnErrorAndKeepsData() throws {
        let source = try TempSource(text)
        var layer = try source.layer()
        layer.add(try layer.targeting.line(5))
        let readOnly = try #require(ReadOnlyDirectory(source.directory.path))
        defer { readOnly.restore() }
        #expect(throws: AnnotationError.self) { try layer.save() }
        #expect(layer.annotations.count == 1)
        #expect(try source.sidecarBytes() == nil)
    }

    @Test func twoWritersMergeByIDAndLoseNothing() throws {
        let source = try TempSource(text)
        var first = try source.layer()
        var second = try source.layer()
        let a = first.add(try first.targeting.line(5), tags: ["甲"])
        let b = second.add(try second.targeting.line(7), tags: ["乙"])
        try first.save()
        let report = try second.save()
        #expect(report.merged)
        #expect(report.conflicts.isEmpty)
        #expect(Set(try source.layer().annotations.map(\.id)) == [a.id, b.id])
        // Each side edits different fields of a; tags merge as sets.
        try first.save()  // first learns about b
        first.update(a.id) {
            $0.tags.append("丙")
            $0.note = "甲的批注"
        }
        second.update(a.id) {
            $0.tags.removeAll { $0 == "甲" }
            $0.tags.append("丁")
            $0.status = .done
        }
        try first.save()
        #expect(try second.save().conflicts.isEmpty)
        let merged = try #require(try source.layer().annotations.first { $0.id == a.id })
        #expect(merged.tags == ["丙", "丁"])
        #expect(merged.note == "甲的批注")
        #expect(merged.status == .done)
    }

    @Test func conflictingNotesAreReportedNotOverwritten() throws {
        let source = try TempSource(text)
        var first = try source.layer()
        let a = first.add(try first.targeting.line(5))
        try first.save()
        var second = try source.layer()
        first.update(a.id) { $0.note = "我的版本" }
        second.update(a.id) { $0.note = "他的版本" }
        try second.save()
        let report = try first.save()
        #expect(report.conflicts.count == 1)
        #expect(report.conflicts.first?.fields == ["note"])
        #expect(report.conflicts.first?.mine?.note == "我的版本")
        #expect(try source.layer().annotations.first?.note == "他的版本")
        // Deleted on one side, edited on the other: the edit is kept and reported.
        second = try source.layer()
        second.delete(a.id)
        first.update(a.id) { $0.status = .doing }
        try first.save()
        let deletion = try second.save()
        #expect(deletion.conflicts.first?.fields == ["deleted here, edited elsewhere"])
        #expect(try source.layer().annotations.first?.status == .doing)
        // An unconflicted delete stands.
        var third = try source.layer()
        third.delete(a.id)
        try third.save()
        #expect(try source.layer().annotations.isEmpty)
    }

    @Test func concurrentWritersInThreadsLoseNothing() throws {
        let source = try TempSource(text)
        let document = try source.document()
        let ids = IDs()
        // All four load the (empty) layer first, so each must merge what the others saved meanwhile.
        let layers = Layers(try (0..<4).map { _ in try AnnotationLayer.open(document) })
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            var layer = layers.take(worker)
            for n in 0..<10 {
                let added = layer.add(try! layer.targeting.line([5, 7, 9, 11][worker]), tags: ["w\(worker)", "n\(n)"])
                ids.insert(added.id)
                try! layer.save()
            }
        }
        let saved = try source.layer().annotations
        #expect(saved.count == 40)
        #expect(Set(saved.map(\.id)) == ids.all)
        #expect(try source.files() == ["speech.txt", "speech.txt.annotations.json"])
    }

    @Test func leftoverTempFilesAndStaleLocksAreCleanedOnSave() throws {
        let source = try TempSource(text)
        let directory = source.directory.path
        try Data("half a file".utf8).write(
            to: URL(fileURLWithPath: directory + "/.speech.txt.annotations.json.tmp-99999-1"))
        // A lock left by a process that no longer exists.
        try Data("2147483000\n".utf8).write(to: URL(fileURLWithPath: source.sidecar + ".lock"))
        var layer = try source.layer()
        #expect(layer.notices.contains { $0.contains("leftover temp file") })
        layer.add(try layer.targeting.line(5))
        let report = try layer.save()
        #expect(report.notices.contains { $0.contains("stale lock") })
        #expect(report.notices.contains { $0.contains("removed a leftover temp file") })
        #expect(try source.files() == ["speech.txt", "speech.txt.annotations.json"])
    }

    @Test func liveLockMakesTheSaveWaitThenFail() throws {
        let source = try TempSource(text)
        // Another holder: the lock file open on its own descriptor, flocked, naming its process.
        let path = source.sidecar + ".lock"
        try Data("\(getpid())\n".utf8).write(to: URL(fileURLWithPath: path))
        let holder = open(path, O_RDWR)
        let locked: Int32 = flock(holder, LOCK_EX | LOCK_NB)
        #expect(locked == 0)
        defer { close(holder) }
        let error = try #require(throws: AnnotationError.self) {
            try SidecarLock.acquire(for: source.sidecar, fileSystem: PosixFileSystem(), timeoutMilliseconds: 200)
        }
        #expect(error.kind == .locked(holder: getpid()))
    }
}

/// Layers handed to threads.
final class Layers: @unchecked Sendable {
    private let lock = NSLock()
    private var layers: [AnnotationLayer]
    init(_ layers: [AnnotationLayer]) { self.layers = layers }
    func take(_ i: Int) -> AnnotationLayer {
        lock.lock()
        defer { lock.unlock() }
        return layers[i]
    }
}

/// Ids collected from several threads.
final class IDs: @unchecked Sendable {
    private let lock = NSLock()
    private var ids = Set<String>()
    func insert(_ id: String) {
        lock.lock()
        ids.insert(id)
        lock.unlock()
    }
    var all: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return ids
    }
}

/// Makes a directory unwritable for the tests, also for root (who ignores permission bits): chmod 555 for other
/// users, the immutable attribute (chattr +i, ext4 and similar) for root.
struct ReadOnlyDirectory {
    let path: String

    init?(_ path: String) {
        self.path = path
        if geteuid() != 0 {
            guard chmod(path, 0o555) == 0 else { return nil }
        } else {
            guard Self.chattr("+i", path) else { return nil }
        }
    }

    func restore() {
        if geteuid() != 0 { chmod(path, 0o755) } else { _ = Self.chattr("-i", path) }
    }

    static var isPossible: Bool {
        guard geteuid() == 0 else { return true }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-ro-probe-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer {
            _ = chattr("-i", probe)
            try? FileManager.default.removeItem(atPath: probe)
        }
        guard chattr("+i", probe) else { return false }
        return !FileManager.default.createFile(atPath: probe + "/x", contents: Data())
    }

    private static func chattr(_ flag: String, _ path: String) -> Bool {
        let tool = ["/usr/bin/chattr", "/bin/chattr"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tool else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
