import Foundation

/// Git's merge of a sidecar (`lectern merge-annotations BASE OURS THEIRS`): the two branches' files against their
/// common ancestor, by annotation id, with no one there to answer questions — so nothing may be lost and nothing
/// may be left to a conflict marker. The rules are `AnnotationMerge`'s, with `.laterModified` (docs/ANNOTATIONS.md).
public enum SidecarMerge {
    public struct Result: Sendable {
        public var file: AnnotationFile
        /// What was resolved by a rule the user may want to know about (both changed a field; edit against delete).
        public var conflicts: [AnnotationConflict]
    }

    /// Ours keeps its order and wins ties; the annotations only theirs has follow, in their order.
    public static func merge(base: AnnotationFile?, ours: AnnotationFile, theirs: AnnotationFile) -> Result {
        // AnnotationMerge's `theirs` is the version already in place, which in a git merge is ours.
        let merged = AnnotationMerge.merge(
            base: base?.annotations ?? [], mine: theirs.annotations, theirs: ours.annotations,
            resolution: .laterModified)
        let unknown = UnknownFields.merged(
            base: base?.unknownFields, mine: theirs.unknownFields, theirs: ours.unknownFields, preferMine: false)
        let file = AnnotationFile(
            source: source(ours: ours, theirs: theirs), annotations: merged.annotations, unknownFields: unknown)
        return Result(file: file, conflicts: merged.conflicts)
    }

    /// The source the merged positions were recorded against: a side with no annotations says nothing; two sides
    /// anchored to the same text keep ours; otherwise none (`null`), so the next open re-anchors every annotation
    /// against the current text instead of trusting positions recorded against another.
    static func source(ours: AnnotationFile, theirs: AnnotationFile) -> SourceFingerprint? {
        if theirs.annotations.isEmpty { return ours.source }
        if ours.annotations.isEmpty { return theirs.source }
        guard let mine = ours.source, let other = theirs.source, mine.sameText(as: other) else { return nil }
        return mine
    }

    /// One line about a conflict, in a git merge's terms (`AnnotationMerge`'s mine is theirs here).
    public static func describe(_ conflict: AnnotationConflict) -> String {
        if conflict.theirs == nil {
            return "annotation \(conflict.id): deleted on this branch, edited on the other; the edit is kept"
        }
        if conflict.mine == nil {
            return "annotation \(conflict.id): edited on this branch, deleted on the other; the edit is kept"
        }
        return "annotation \(conflict.id): \(conflict.fields.joined(separator: ", ")) changed on both branches; "
            + "the later change is kept, the other is in its history"
    }

    /// Reads the three sidecars, merges them and writes the result over `ours`, as git expects of a merge driver.
    /// An empty or missing `base` (a file added on both branches) and an empty side hold no annotations. Any side
    /// that cannot be read throws, naming the file and why, with `ours` untouched: git then reports a conflict.
    public static func mergeFiles(
        base: String, ours: String, theirs: String, fileSystem: any AnnotationFileSystem = PosixFileSystem(),
        limits: SidecarLimits = .standard
    ) throws(AnnotationError) -> [AnnotationConflict] {
        func read(_ path: String, missingIsEmpty: Bool) throws(AnnotationError) -> ([UInt8], AnnotationFile) {
            guard let bytes = try AnnotationLayer.readSidecar(path, fileSystem: fileSystem, limits: limits) else {
                guard missingIsEmpty else {
                    let reason = String(cString: strerror(ENOENT))
                    throw AnnotationError(path: path, kind: .io(operation: "reading", reason: reason, code: ENOENT))
                }
                return ([], AnnotationFile(source: nil, annotations: []))
            }
            if bytes.isEmpty { return (bytes, AnnotationFile(source: nil, annotations: [])) }
            return (bytes, try AnnotationCodec.decode(bytes, path: path, limits: limits))
        }
        let baseFile = try read(base, missingIsEmpty: true).1
        let (oursBytes, oursFile) = try read(ours, missingIsEmpty: false)
        let theirsFile = try read(theirs, missingIsEmpty: false).1
        let result = merge(base: baseFile, ours: oursFile, theirs: theirsFile)
        let bytes = try limits.encoded(result.file, path: ours)
        if bytes != oursBytes { try AtomicWriter(fileSystem: fileSystem).replace(ours, with: bytes) }
        return result.conflicts
    }
}
