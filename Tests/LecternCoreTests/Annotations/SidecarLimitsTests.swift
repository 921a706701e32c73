import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// A hostile or runaway sidecar (from a colleague, a shared folder, git): past a limit it is refused in one line
/// naming the file and the limit, never overwritten; and Lectern never saves a sidecar it would refuse.
@Suite struct SidecarLimitsTests {
    let text = Speech.text(Speech.paragraphs)

    /// A sidecar holding `count` annotations on the speech's first line, with notes of `noteLength` code points.
    func sidecar(annotations count: Int, noteLength: Int = 2) -> [UInt8] {
        let target = AnnotationTarget(
            kind: .range, requirement: nil, position: TextPosition(start: 0, end: 2),
            quote: TextQuote(exact: "关于", prefix: "", suffix: "干部"))
        let annotations = (0..<count).map { n in
            Annotation(
                id: "id-\(n)", target: target, note: String(repeating: "注", count: noteLength),
                created: "2026-01-01T00:00:00.000Z")
        }
        return AnnotationCodec.encode(AnnotationFile(source: nil, annotations: annotations))
    }

    /// The refusal of opening `source`'s sidecar with `limits`; the sidecar must be left as it was.
    func refusal(_ source: TempSource, _ limits: SidecarLimits = .standard) throws -> String {
        let before = try source.sidecarBytes()
        let error = try #require(throws: AnnotationError.self) {
            try AnnotationLayer.open(try source.document(), limits: limits)
        }
        #expect(error.isUnreadableFile)
        #expect(try source.sidecarBytes() == before)
        return error.description
    }

    @Test func deepNestingIsAClearErrorNotAStackOverflow() throws {
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
        let error = try #require(throws: AnnotationError.self) { try AnnotationCodec.decode(deep, path: "s.json") }
        #expect(
            error.description
                == "s.json: arrays and objects nested deeper than 64 levels at line 1, column 65; the file was left unchanged"
        )
        // Sixty-four levels are read (in a field another tool added); sixty-five are not.
        func nested(_ depth: Int) -> [UInt8] {
            Array(#"{"version": 1, "annotations": [], "other": "#.utf8)
                + Array(repeating: UInt8(ascii: "["), count: depth - 1)
                + Array(repeating: UInt8(ascii: "]"), count: depth - 1) + [UInt8(ascii: "}")]
        }
        #expect(try AnnotationCodec.decode(nested(64), path: "s.json").annotations.isEmpty)
        #expect(throws: AnnotationError.self) { try AnnotationCodec.decode(nested(65), path: "s.json") }
        // On a thread with a small stack, too (the reader loads documents and sidecars off the main thread; its
        // loading thread has 8 MB). 1 MB holds 64 levels even in a sanitizer build, whose unoptimized frames take
        // about 3.7 kB a level under TSan (256 kB overflowed there), while 100,000 levels without the limit would
        // need far more than 1 MB in any build.
        let outcome = OnThread(stackSize: 1 << 20) {
            do {
                _ = try AnnotationCodec.decode(deep, path: "s.json")
                return "read"
            } catch { return "\(error)" }
        }
        #expect(outcome.result(within: .seconds(30))?.contains("nested deeper than 64 levels") == true)
    }

    @Test func anOversizedSidecarIsRefusedWithoutBeingRead() throws {
        let source = try TempSource(text)
        try source.write(sidecar: sidecar(annotations: 20))
        let limits = SidecarLimits(maxFileBytes: 4 << 10)
        #expect(
            try refusal(source, limits)
                == "\(source.sidecar): larger than 4 KB, the most a sidecar may be; the file was left unchanged")
        #expect(try AnnotationLayer.open(try source.document()).annotations.count == 20)
    }

    @Test func tooManyAnnotationsOrTooLongANoteAreRefused() throws {
        let source = try TempSource(text)
        try source.write(sidecar: sidecar(annotations: 4))
        #expect(
            try refusal(source, SidecarLimits(maxAnnotations: 3))
                == "\(source.sidecar): 4 annotations, more than the 3 a sidecar may hold; the file was left unchanged")
        try source.write(sidecar: sidecar(annotations: 2, noteLength: 11))
        #expect(
            try refusal(source, SidecarLimits(maxNoteLength: 10))
                == "\(source.sidecar): annotation 1 has a note of 11 code points, more than the 10 a note may have; "
                + "the file was left unchanged")
    }

    @Test func aSaveThatWouldPassALimitFailsAndKeepsEverything() throws {
        let source = try TempSource(text)
        var layer = try AnnotationLayer.open(
            try source.document(), limits: SidecarLimits(maxAnnotations: 2, maxNoteLength: 10))
        layer.add(try layer.targeting.line(1))
        layer.add(try layer.targeting.line(3))
        try layer.save()
        let saved = try source.sidecarBytes()
        let third = layer.add(try layer.targeting.line(5))
        let tooMany = try #require(throws: AnnotationError.self) { try layer.save() }
        #expect(
            tooMany.description == "\(source.sidecar): cannot save: 3 annotations, more than the 2 a sidecar may "
                + "hold; the file was left unchanged")
        #expect(try source.sidecarBytes() == saved)
        #expect(layer.annotations.count == 3)
        layer.delete(third.id)
        layer.update(layer.annotations[0].id) { $0.note = String(repeating: "长", count: 11) }
        #expect(throws: AnnotationError.self) { try layer.save() }
        #expect(try source.sidecarBytes() == saved)
        layer.update(layer.annotations[0].id) { $0.note = "短" }
        try layer.save()
        #expect(try source.layer().annotations.map(\.note) == ["短", nil])
    }
}

/// Runs `body` on a new thread with the given stack size and hands back what it returned.
final class OnThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: String?

    init(stackSize: Int, _ body: @escaping @Sendable () -> String) {
        let thread = Thread { [self] in
            value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
    }

    /// The body's result, or nil when it has not finished in time.
    func result(within timeout: Duration) -> String? {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        return done.wait(timeout: .now() + seconds) == .success ? value : nil
    }
}
