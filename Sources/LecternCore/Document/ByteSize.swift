/// A size in bytes as a message names it: "2 GB", "256 MB", "64 KB", or "1000 bytes" when it is not a whole number
/// of a unit (limits are round, so nothing is rounded away).
package enum ByteSize {
    package static func described(_ bytes: Int) -> String {
        for (unit, shift) in [("GB", 30), ("MB", 20), ("KB", 10)] where bytes >= 1 << shift && bytes % (1 << shift) == 0
        {
            return "\(bytes >> shift) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
