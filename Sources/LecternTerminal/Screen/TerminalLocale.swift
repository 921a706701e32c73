import CNcursesw

/// Makes the C library's character classification UTF-8, so `wcwidth` (and ncurses, which uses it) knows that
/// 中 takes two columns. The environment's locale is used when it is UTF-8; otherwise LC_CTYPE falls back to
/// C.UTF-8, the UTF-8 locale every glibc system has.
public enum TerminalLocale {
    /// True once the C library measures CJK as two columns. Set up on first use, once per process.
    public static let isUTF8: Bool = setUp()

    private static func setUp() -> Bool {
        setlocale(LC_ALL, "")
        if measuresWide() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if measuresWide() { return true }
        }
        return false
    }

    private static func measuresWide() -> Bool { wcwidth(0x4E2D) == 2 }
}
