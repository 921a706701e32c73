import Testing

@testable import LecternCore

/// The marker pass reads a paragraph only when its first character may lead a marker; no marker may start with any
/// other character.
@Suite struct MarkerLeadTests {
    static let continuations = [
        "、标题文字", "）标题文字", ")标题文字", "一）标题文字", "1）标题文字", "是标题文字", "要标题文字", "，标题文字",
        "先，标题文字", "次，标题文字", "后，标题文字", "件1 标题文字", "件 标题文字", "一、标题文字", ". 标题文字",
        "．标题文字", "条 标题文字", "一，标题文字", "标题文字",
    ]

    @Test func everyCharacterThatLeadsAMarkerMayLead() {
        var leaders = Set<UInt32>()
        for value in UInt32(0x20)...0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for continuation in Self.continuations {
                let bytes = Array((String(scalar) + continuation).utf8)
                let marker = bytes.withUnsafeBufferPointer {
                    MarkerRecognizer.leadingMarker(in: $0, 0..<$0.count)
                }
                if marker != nil { leaders.insert(value) }
            }
        }
        // The families all appear: 一 （ ① 第 1 首 附.
        for leader in "一（①第1首附(".unicodeScalars { #expect(leaders.contains(leader.value)) }
        for value in leaders {
            #expect(MarkerRecognizer.mayLead(UTF8Text.folded(value)), "U+\(String(value, radix: 16)) leads a marker")
        }
    }

    @Test func mostCharactersDoNot() {
        for text in "各在我同志们，。“a" { #expect(!MarkerRecognizer.mayLead(text.unicodeScalars.first!.value)) }
    }
}
