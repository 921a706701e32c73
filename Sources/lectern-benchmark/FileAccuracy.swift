/// Right answers out of the expected ones: speeches found, titles right, body lines kept…
struct Tally {
    var right = 0
    var expected = 0

    mutating func count(_ isRight: Bool) {
        expected += 1
        if isRight { right += 1 }
    }

    static func + (a: Tally, b: Tally) -> Tally {
        Tally(right: a.right + b.right, expected: a.expected + b.expected)
    }
}

/// Something the recognizer got wrong (or an expected document it could not load), for `--verbose`.
struct AccuracyMiss {
    enum Kind: String {
        case unreadable = "unreadable"
        case speechNotFound = "speech not found"
        case extraSpeech = "extra speech"
        case title = "title"
        case section = "section"
        case extraSection = "extra section"
        case children = "children"
        case duplicateId = "duplicate id"
        case warning = "check warning"
        case chromeKept = "chrome kept"
        case bodyDropped = "body dropped"
    }

    let kind: Kind
    /// 1-based source line the miss is about, when there is one.
    let line: Int?
    let detail: String
}

/// How well one document was recognized, against its expectation; summed over documents for the TOTAL row.
struct FileAccuracy {
    let file: String
    var speeches = Tally()
    /// Recognized speeches that match no expected one: a document split where it should not be.
    var extraSpeeches = 0
    var titles = Tally()
    var sections = Tally()
    /// Counted top-level nodes past the expected sections of a found speech.
    var extraSections = 0
    var children = Tally()
    /// Surplus nodes sharing an id with an earlier node: an id must name one requirement.
    var duplicateIds = 0
    var warnings = 0
    var chrome = Tally()
    var body = Tally()
    var misses: [AccuracyMiss] = []

    init(file: String) {
        self.file = file
    }

    /// The figures of several documents together (the misses stay with their documents).
    static func total(_ files: [FileAccuracy]) -> FileAccuracy {
        var sum = FileAccuracy(file: "TOTAL")
        for file in files {
            sum.speeches = sum.speeches + file.speeches
            sum.extraSpeeches += file.extraSpeeches
            sum.titles = sum.titles + file.titles
            sum.sections = sum.sections + file.sections
            sum.extraSections += file.extraSections
            sum.children = sum.children + file.children
            sum.duplicateIds += file.duplicateIds
            sum.warnings += file.warnings
            sum.chrome = sum.chrome + file.chrome
            sum.body = sum.body + file.body
        }
        return sum
    }
}
