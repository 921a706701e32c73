import Testing

@testable import LecternCore

/// Paths are taken apart and joined as typed.
@Suite struct PathTextTests {
    @Test func partsOfAPath() {
        #expect(PathText.directory("a/b/c.txt") == "a/b")
        #expect(PathText.directory("/c.txt") == "/")
        #expect(PathText.directory("c.txt") == ".")
        #expect(PathText.fileName("a/b/讲话.TXT") == "讲话.TXT")
        #expect(PathText.lowercasedExtension("a/b/讲话.TXT") == "txt")
        #expect(PathText.lowercasedExtension("a.d/.profile") == "")
        #expect(PathText.join("/", "x") == "/x")
        #expect(PathText.join("dir", "x") == "dir/x")
        #expect(PathText.join("dir/", "x") == "dir/x")
    }
}
