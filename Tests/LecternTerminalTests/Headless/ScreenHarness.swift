import LecternCore
import LecternTerminal
import LecternTestSupport

/// Runs the reader headless on the sample (or a given document) and returns the rows of the final frame.
enum ScreenHarness {
    static let sample: Document = try! Fixtures.sample()

    static func rows(_ keys: String, width: Int = 100, height: Int = 30, document: Document? = nil) throws -> [String] {
        try HeadlessRun.run(documents: [document ?? sample], width: width, height: height, keys: keys).rows
    }

    static func frame(_ keys: String, width: Int = 100, height: Int = 30, document: Document? = nil) throws
        -> ScreenBuffer
    {
        try HeadlessRun.run(documents: [document ?? sample], width: width, height: height, keys: keys)
    }

    static func status(_ keys: String, width: Int = 100, height: Int = 30, document: Document? = nil) throws -> String {
        try rows(keys, width: width, height: height, document: document).last ?? ""
    }

    /// The reading pane's text of a frame (right of the tree's border).
    static func textPane(_ rows: [String]) -> [String] {
        rows.dropLast().map { row in
            guard let border = row.firstIndex(of: "│") else { return row }
            return String(row[row.index(after: border)...]).trimmingLeadingSpace()
        }
    }
}

extension String {
    func trimmingLeadingSpace() -> String { String(drop { $0 == " " }) }
}
