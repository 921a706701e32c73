import LecternCore

/// One change to an annotation, for undo: what it was before (nil: it was added) and after (nil: deleted).
struct AnnotationChange: Equatable {
    let file: Int
    let before: Annotation?
    let after: Annotation?
}
