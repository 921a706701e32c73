/// The one way Lectern takes paths apart and puts them together: as the text the user typed, split at "/", with
/// no Foundation URL or NSString round trip that could rewrite its spelling (a sidecar's path must be the
/// source's path plus a suffix, as typed). The core, the formats, the reader and the executable all use it;
/// docs/ARCHITECTURE.md ("Paths") says why it is this and not swift-system's FilePath.
package enum PathText {
    /// The directory part: "." for a bare name, "/" for a file at the root.
    package static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component: the name of the file.
    package static func fileName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    package static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The file name's extension, lowercased, without its dot ("" when it has none; a leading dot starts no
    /// extension: ".profile" has none).
    package static func lowercasedExtension(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...]
        // Most are lowercase ASCII already ("txt"): no Unicode case mapping needed, which a folder pays per file.
        guard ext.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) else { return ext.lowercased() }
        return String(ext)
    }
}
