import LecternTestSupport
import Testing

@testable import LecternCore

@Suite struct NoiseFilterTests {
    /// Runs of titles, menu lines and sentences in random order, filtered in parts side by side: a title that
    /// repeats the line kept before it goes, wherever the parts' edges fall, as one pass in order would have it.
    @Test(arguments: [1, 2, 3, 5])
    func repeatedTitlesAreFoundAcrossPartEdges(workers: Int) {
        var random = SeededRandom(defaultSeed: 11)
        let menu = "下载 相关 举报"
        let middle = ["标题甲", "标题乙", menu, "这是一句完整的话。"]
        // Distinct sentences at both ends keep the edge rules out of the way.
        let padding = (0..<110).map { "第\($0)句正文在这里结束。" }
        for _ in 0..<20 {
            let lines =
                padding + (0..<300).map { _ in middle.randomElement(using: &random)! } + padding.map { "又" + $0 }
            let bytes = Array(lines.joined(separator: "\n").utf8)
            let (kept, dropped) = bytes.withUnsafeBufferPointer { buffer in
                let contents = LineScanner.scan(buffer, workers: 1).contents
                return NoiseFilter.filter(contents, in: buffer, workers: workers)
            }
            // One pass in order: the menu line by its rule; a title the same as the last line kept, as a repeat.
            var expectedKept: [Int] = []
            var expectedDropped: [DroppedLine] = []
            for (index, line) in lines.enumerated() {
                if line == menu {
                    expectedDropped.append(DroppedLine(line: index + 1, rule: .toolbar))
                } else if line.hasPrefix("标题"), let last = expectedKept.last, lines[last] == line {
                    expectedDropped.append(DroppedLine(line: index + 1, rule: .repeatedTitle))
                } else {
                    expectedKept.append(index)
                }
            }
            #expect(kept.map(\.lineIndex) == expectedKept, "\(random.replay)")
            #expect(dropped == expectedDropped, "\(random.replay)")
        }
    }
}
