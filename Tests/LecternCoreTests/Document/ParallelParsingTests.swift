import LecternTestSupport
import Testing

@testable import LecternCore

/// Recognition split across workers must give exactly what one worker gives.
@Suite struct ParallelParsingTests {
    func corpus() throws -> DecodedText {
        // The sample repeated, so chunk and group boundaries fall inside speeches and chrome.
        let sample = try Fixtures.sampleBytes()
        var bytes: [UInt8] = []
        for _ in 0..<40 { bytes += sample }
        return try TextDecoder.decode(bytes)
    }

    @Test(arguments: [2, 3, 7])
    func sameDocumentForAnyWorkerCount(workers: Int) throws {
        let text = try corpus()
        let serial = DocumentParser.parse(text, path: "x", workers: 1)
        let parallel = DocumentParser.parse(text, path: "x", workers: workers)
        #expect(parallel.lines == serial.lines)
        #expect(parallel.paragraphs == serial.paragraphs)
        #expect(parallel.droppedLines == serial.droppedLines)
        #expect(parallel.speeches == serial.speeches)
        #expect(parallel.nodes == serial.nodes)
        #expect(serial.speeches.count == 120)
        #expect(serial.nodes.count == 38 * 40)
    }

    /// Flattened pages (a whole page on one line, split where a heading or a salutation opens) and titles repeated
    /// right after themselves, among ordinary lines: the steps that now run in parts must join as one.
    @Test(arguments: [2, 3, 5])
    func flattenedLinesAndRepeatedTitlesGiveTheSameDocument(workers: Int) throws {
        var text = ""
        for n in 1...30 {
            text += "第\(n)次会议上的讲话\n第\(n)次会议上的讲话\n同志们：\n"
            let body = String(repeating: "我们要坚持问题导向，把各项工作落到实处。", count: 12)
            text += "一、统一思想 \(body) 二、狠抓落实 \(body) （一）明确责任 \(body)\n"
            text += "二、加强领导\n\(body)\n"
        }
        let decoded = try TextDecoder.decode(Array(text.utf8))
        let serial = DocumentParser.parse(decoded, path: "x", workers: 1)
        let parallel = DocumentParser.parse(decoded, path: "x", workers: workers)
        #expect(serial.droppedLines.contains { $0.rule == .repeatedTitle })
        #expect(serial.paragraphs.count > 30 * 5)
        #expect(parallel.paragraphs == serial.paragraphs)
        #expect(parallel.droppedLines == serial.droppedLines)
        #expect(parallel.speeches == serial.speeches)
        #expect(parallel.nodes == serial.nodes)
    }

    @Test func moreWorkersThanParagraphsIsFine() throws {
        let text = try TextDecoder.decode(Array("一、唯一的标题".utf8))
        let document = DocumentParser.parse(text, path: "x", workers: 4)
        #expect(document.nodes.count == 1)
    }

    /// Each part writes its own range of the result: the same as one thread's map for any count and parts, with
    /// values that own memory (so a slot initialized twice or never would show).
    @Test(arguments: [0, 1, 2, 7, 1_000])
    func mapEachIsAMapWhateverTheParts(count: Int) {
        let expected = (0..<count).map { "item \($0) " + String(repeating: "长", count: $0 % 40) }
        for parts in 1...5 {
            #expect(ParallelWork.mapEach(count, parts: parts) { expected[$0] } == expected)
        }
    }

    /// Groups of speeches for the builders: consecutive, none empty, every speech in one, at most as many as asked,
    /// and none heavier than its share by more than its heaviest speech.
    @Test func balancedRangesShareTheWeight() {
        var random = SeededRandom(defaultSeed: 5)
        for _ in 0..<500 {
            let weights = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                Bool.random(using: &random)
                    ? Int.random(in: 0...5, using: &random) : Int.random(in: 0...400, using: &random)
            }
            let parts = Int.random(in: 1...12, using: &random)
            let ranges = ParallelWork.balancedRanges(weights, parts: parts)
            #expect(ranges.flatMap { Array($0) } == Array(weights.indices), "\(random.replay)")
            #expect(ranges.allSatisfy { !$0.isEmpty } && ranges.count <= parts, "\(random.replay)")
            let share = weights.reduce(0, +) / max(1, min(parts, weights.count))
            for range in ranges {
                let weight = weights[range].reduce(0, +)
                #expect(weight <= share + 2 * (weights[range].max() ?? 0) + 1, "\(range) \(random.replay)")
            }
            if weights.count >= parts, weights.allSatisfy({ $0 > 0 }) {
                #expect(ranges.count == parts, "\(random.replay)")
            }
        }
    }

    /// Parts filled side by side into one array give what appending them in order gives.
    @Test func concatenatedPartsKeepTheirOrder() {
        var random = SeededRandom(defaultSeed: 6)
        for _ in 0..<200 {
            let parts = (0..<Int.random(in: 0...9, using: &random)).map { k in
                (0..<Int.random(in: 0...300, using: &random)).map { "\(k).\($0)" }
            }
            let joined: [String] = ParallelWork.concatenated(parts.map(\.count)) { k, place in
                _ = place.initialize(from: parts[k])
            }
            #expect(joined == Array(parts.joined()), "\(random.replay)")
        }
    }

    @Test func lineAlignedRangesCoverTheTextAndEndAfterLineFeeds() {
        let bytes = Array("ab\ncd\nef\ngh".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let ranges = ParallelWork.lineAlignedRanges(buffer, parts: 3)
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == bytes.count)
            for (a, b) in zip(ranges, ranges.dropFirst()) {
                #expect(a.upperBound == b.lowerBound)
                #expect(bytes[a.upperBound - 1] == 0x0A)
            }
        }
    }
}
