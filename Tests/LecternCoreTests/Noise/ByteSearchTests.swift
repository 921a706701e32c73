import Testing

@testable import LecternCore

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("《讲话》由会员分享,可在线阅读", "由会员分享", true), ("由会员分享", "由会员分享", true), ("由会员分", "由会员分享", false),
        ("会员分享由", "由会员分享", false), ("abc", "c", true), ("abc", "", true), ("", "a", false), ("aab", "ab", true),
        ("中文中文中", "文中", true), ("中中中", "文", false),
    ])
    func findsExactByteSequences(haystack: String, needle: String, expected: Bool) {
        #expect(haystack.containsBytes(needle) == expected)
    }
}
