import Foundation

/// A corpus split into a folder of files, for timing the reader on a folder as `lectern DIR` opens it.
enum CorpusFolder {
    /// Writes `bytes` as `files` files of about equal size, each cut after a line feed, named 0001.txt, 0002.txt…
    /// so they sort in the corpus's order.
    static func write(_ bytes: [UInt8], files: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let digits = String(files).count
        var start = 0
        for file in 0..<files where start < bytes.count {
            var end = file == files - 1 ? bytes.count : min(bytes.count, bytes.count * (file + 1) / files)
            while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
            let name = String(repeating: "0", count: max(0, digits - String(file + 1).count)) + "\(file + 1).txt"
            try Data(bytes[start..<end]).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
            start = end
        }
    }
}
