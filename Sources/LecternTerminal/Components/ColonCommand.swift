import Foundation
import LecternCore

/// A `:` command as typed on the command line, read into what it asks for (`request`); the reader carries it out
/// (ReaderApp+Requests). Reading it needs no state, so a wrong argument is known here and answered with usage.
enum ColonCommand: Equatable {
    case quit, help, clearSearches
    /// `:w` saves again every file whose last save failed; `:w PATH` writes a copy of the current file's.
    case write(path: String?)
    case tagFilter(String)
    /// nil for `:status none`.
    case status(RequirementStatus?)
    case regularExpressions(Bool)
    case foldToLevel(Int)
    case page(Int)
    /// A requirement's id, a speech number or `FILE:ID`, as typed.
    case goTo(String)
    /// The arguments were wrong: the usage to show.
    case usage(String)

    /// Nil for an empty line.
    init?(_ text: String) {
        let command = text.trimmingCharacters(in: .whitespaces)
        let words = command.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        switch first {
        case "q", "q!", "quit", "qa", "qa!": self = .quit
        case "h", "help": self = .help
        case "noh", "nohlsearch": self = .clearSearches
        case "w", "write": self = .write(path: words.count > 1 ? words.dropFirst().joined(separator: " ") : nil)
        case "tag", "tags": self = .tagFilter(words.dropFirst().joined(separator: " "))
        case "status":
            let name = words.count == 2 ? words[1] : ""
            guard name == "none" || RequirementStatus(rawValue: name) != nil else {
                self = .usage("usage: :status todo|doing|done|none")
                return
            }
            self = .status(RequirementStatus(rawValue: name))
        case "regex": self = .regularExpressions(true)
        case "literal": self = .regularExpressions(false)
        case "level", "fold":
            guard words.count == 2, let level = Int(words[1]), level >= 0 else {
                self = .usage("usage: :level N")
                return
            }
            self = .foldToLevel(level)
        default:
            self = Self.pageNumber(in: command).map { .page($0) } ?? .goTo(command)
        }
    }

    /// `p12` (or `P12`, `p 12` typed without the space): a page number; nil for anything else.
    static func pageNumber(in command: String) -> Int? {
        guard let first = command.first, first == "p" || first == "P" else { return nil }
        let digits = command.dropFirst().trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return nil }
        return number
    }

    /// 2.4.3 with full-width digits and dots read as ASCII and leading zeros dropped; nil when not an id.
    static func normalizedID(_ id: String) -> String? {
        var folded = String.UnicodeScalarView()
        for scalar in id.unicodeScalars { folded.append(Unicode.Scalar(SearchMatcher.fold(scalar.value)) ?? scalar) }
        return NodeID.normalized(String(folded))
    }
}

extension ColonCommand {
    /// What the command asks of the reader.
    var request: ReaderRequest {
        switch self {
        case .quit: return .quit
        case .help: return .help
        case .clearSearches: return .clearSearches
        case .write(let path?): return .writeCopy(path: path)
        case .write(nil): return .saveAgain
        case .tagFilter(let tag): return .tagFilter(tag)
        case .status(let status): return .annotation(.setStatusAtCursor(status), file: nil)
        case .regularExpressions(let on): return .useRegularExpressions(on)
        case .foldToLevel(let level): return .foldToLevel(level)
        case .page(let page): return .page(page)
        case .goTo(let id): return .goTo(id)
        case .usage(let usage): return .say(.error(usage))
        }
    }
}
