/// Why a file in a format other than plain text could not be read; the reason part of a one-line message.
public enum DocumentFormatError: Error, Sendable {
    case unreadable(String)

    public var reason: String {
        switch self {
        case .unreadable(let reason): return reason
        }
    }
}
