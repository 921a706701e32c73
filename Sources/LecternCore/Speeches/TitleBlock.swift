/// The subtitle, date and speaker of a speech, read from its title block's companion lines.
struct TitleBlock {
    var subtitle: String?
    var date: String?
    var speaker: String?

    init(span: SpeechSpan, paragraphs: [Paragraph], bytes: UnsafeBufferPointer<UInt8>) {
        for p in span.companions {
            let text = SpeechSplitter.string(paragraphs[p].byteRange, bytes)
            switch HeadingLine.classify(text, hasLeadingMarker: false) {
            case .subtitle:
                if subtitle == nil { subtitle = text }
                if date == nil { date = Self.leadingDate(of: text) }
                if speaker == nil { speaker = Self.trailingSpeaker(of: text) }
            case .date:
                if date == nil { date = Self.unbracketed(text) }
            case .speaker:
                if speaker == nil { speaker = text }
            default:
                break
            }
        }
    }

    /// Title lines joined as one title: Chinese lines run on; Latin words keep a space between them.
    static func joined(_ lines: [String]) -> String {
        lines.reduce("") { title, line in
            guard let last = title.unicodeScalars.last, let first = line.unicodeScalars.first else {
                return title + line
            }
            let latin = { (s: Unicode.Scalar) in s.isASCII && s.properties.isAlphabetic }
            return title + (latin(last) && latin(first) ? " " : "") + line
        }
    }

    /// The date a subtitle opens with: ——2026年1月25日在… → 2026年1月25日.
    static func leadingDate(of subtitle: String) -> String? {
        let scalars = Array(subtitle.unicodeScalars.drop { $0 == "—" || $0 == "-" || $0 == "─" || $0 == " " })
        guard let end = HeadingLine.dateEnd(scalars, from: 0) else { return nil }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }

    /// The speaker a subtitle ends with: …第四次会议上 陕西省省长 赵刚 → 陕西省省长 赵刚.
    static func trailingSpeaker(of subtitle: String) -> String? {
        let scalars = Array(subtitle.unicodeScalars)
        guard let blank = scalars.firstIndex(where: { UTF8Text.isBlank($0.value) }) else { return nil }
        let tail = String(String.UnicodeScalarView(scalars[(blank + 1)...].drop { UTF8Text.isBlank($0.value) }))
        return HeadingLine.classify(tail, hasLeadingMarker: false) == .speaker ? tail : nil
    }

    private static func unbracketed(_ text: String) -> String {
        var body = Substring(text)
        if let first = body.first, first == "（" || first == "(" { body = body.dropFirst() }
        if let last = body.last, last == "）" || last == ")" { body = body.dropLast() }
        return String(body)
    }
}
