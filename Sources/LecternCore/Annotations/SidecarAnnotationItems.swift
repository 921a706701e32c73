/// The items of a sidecar's annotations array, in order: those read directly as annotations, and those left as
/// JSON for AnnotationCodec to decode (an item's annotation is then a placeholder). Kept in one array of
/// annotations so that decoding moves none of them (copying them retained and released every string of each).
struct SidecarAnnotationItems {
    var annotations: [Annotation] = []
    /// The items left as JSON, by index, in order.
    var json: [(index: Int, value: JSONValue)] = []

    /// How many items were read directly.
    var directCount: Int { annotations.count - json.count }

    mutating func appendJSON(_ value: JSONValue) {
        json.append((annotations.count, value))
        annotations.append(Self.placeholder)
    }

    private static var placeholder: Annotation {
        Annotation(
            id: "",
            target: AnnotationTarget(
                kind: .range, requirement: nil, position: TextPosition(start: 0, end: 0),
                quote: TextQuote(exact: "", prefix: "", suffix: "")),
            created: "")
    }
}
