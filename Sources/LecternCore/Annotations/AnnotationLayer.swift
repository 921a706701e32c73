import Foundation

/// The annotations of one source document, as loaded from its sidecar, re-anchored to the current text, edited
/// in memory and saved back without losing anyone's work.
///
/// Nothing here changes the sidecar except `save()` (and `backUpUnreadableSidecar`, which only renames). A failed
/// save leaves the in-memory annotations as they were, so the caller can retry.
public struct AnnotationLayer: Sendable {
    public let sidecarPath: String
    /// What a sidecar may hold, when it is read and when it is saved.
    public let limits: SidecarLimits
    public private(set) var annotations: [Annotation]
    /// The current source's identity, written into the sidecar on save.
    public let fingerprint: SourceFingerprint
    /// True when the sidecar was recorded against different text and every annotation was re-anchored.
    public private(set) var sourceChanged: Bool
    /// Things worth telling the user (stale locks broken, leftover temp files).
    public private(set) var notices: [String] = []
    /// Conflicts from the last save.
    public private(set) var conflicts: [AnnotationConflict] = []

    package let targeting: AnnotationTargeting
    private var reanchorer: Reanchorer
    private let fileSystem: any AnnotationFileSystem
    /// What the sidecar held when last read or written (nil: no file), and its annotations.
    private var baseBytes: [UInt8]?
    private var base: [Annotation]
    private var fileUnknownFields: UnknownFields

    public var document: Document { targeting.positions.document }

    /// Loads the sidecar beside `document.path`, re-anchoring if the source text changed since it was written.
    /// A corrupt, invalid, newer or over-limit sidecar throws and is not touched.
    public static func open(
        _ document: Document, fileSystem: any AnnotationFileSystem = PosixFileSystem(),
        limits: SidecarLimits = .standard
    ) throws(AnnotationError) -> AnnotationLayer {
        try open(document, geometry: nil, fileSystem: fileSystem, limits: limits)
    }

    /// The same, with the document's node geometry when the caller has it already (the reader's index does), so
    /// it is not worked out twice.
    package static func open(
        _ document: Document, geometry: NodeGeometry?, fileSystem: any AnnotationFileSystem = PosixFileSystem(),
        limits: SidecarLimits = .standard
    ) throws(AnnotationError) -> AnnotationLayer {
        let sidecar = AnnotationFile.sidecarPath(forSource: document.path)
        // Reading the sidecar and preparing the text (its code-point tables and SHA-256) need nothing of each other:
        // on a document of some size they run on two cores, and the shorter one (the text's) costs no time.
        let (read, prepared) = ParallelWork.both(
            { () -> Result<([UInt8]?, AnnotationFile?), AnnotationError> in
                Result { () throws(AnnotationError) in
                    let bytes = try readSidecar(sidecar, fileSystem: fileSystem, limits: limits)
                    let file = try bytes.map { bytes throws(AnnotationError) in
                        try AnnotationCodec.decode(bytes, path: sidecar, limits: limits)
                    }
                    return (bytes, file)
                }
            },
            { PreparedText(document, geometry: geometry, fileSystem: fileSystem) },
            concurrently: document.text.utf8.count >= ParallelWork.bytesPerWorker)
        let (bytes, file) = try read.get()
        // A mapped document written over meanwhile was hashed and measured as it is now, not as it was parsed.
        if document.text.utf8.isChangedOnDisk { throw AnnotationError(path: document.path, kind: .sourceChanged) }
        return AnnotationLayer(
            prepared: prepared, sidecar: sidecar, bytes: bytes, file: file, fileSystem: fileSystem, limits: limits)
    }

    /// What the layer needs of the current text, whatever the sidecar holds.
    private struct PreparedText {
        let positions: DocumentPositions
        let text: AnchorText
        let fingerprint: SourceFingerprint

        init(_ document: Document, geometry: NodeGeometry?, fileSystem: any AnnotationFileSystem) {
            positions = DocumentPositions(document, geometry: geometry ?? NodeGeometry(document))
            text = AnchorText(document.text)
            fingerprint = SourceFingerprint(
                document: document, fileSize: fileSystem.size(document.path) ?? document.text.utf8.count,
                codePoints: text.count)
        }
    }

    /// The sidecar's bytes (nil: no file), reading no more than one byte past the size limit, so an oversized file
    /// is refused without being held.
    static func readSidecar(
        _ path: String, fileSystem: any AnnotationFileSystem,
        limits: SidecarLimits
    ) throws(AnnotationError) -> [UInt8]? {
        let bytes: [UInt8]?
        do { bytes = try fileSystem.read(path, upTo: limits.maxFileBytes + 1) } catch {
            throw AnnotationError(path: path, kind: .io(operation: "reading", reason: error.reason, code: error.code))
        }
        if let excess = bytes.flatMap({ limits.fileSizeExcess($0.count) }) {
            throw AnnotationError(path: path, kind: .overLimit(excess))
        }
        return bytes
    }

    private init(
        prepared: PreparedText, sidecar: String, bytes: [UInt8]?, file: AnnotationFile?,
        fileSystem: any AnnotationFileSystem, limits: SidecarLimits
    ) {
        self.sidecarPath = sidecar
        self.limits = limits
        self.fileSystem = fileSystem
        self.targeting = AnnotationTargeting(positions: prepared.positions, text: prepared.text)
        self.reanchorer = Reanchorer(positions: prepared.positions, text: prepared.text)
        self.fingerprint = prepared.fingerprint
        self.baseBytes = bytes
        self.base = file?.annotations ?? []
        self.annotations = base
        self.fileUnknownFields = file?.unknownFields ?? UnknownFields()
        self.sourceChanged = false
        if let file, !annotations.isEmpty, !(file.source.map { $0.sameText(as: fingerprint) } ?? false) {
            sourceChanged = true
            annotations = reanchored(annotations)
        }
        let leftovers = AtomicWriter(fileSystem: fileSystem).leftovers(beside: sidecar)
        notices += leftovers.map { "a leftover temp file from an interrupted save: \($0) (removed on the next save)" }
    }

    // MARK: Anchoring

    /// Each annotation found again in the current text; targets that were found get their new position and context.
    /// In position order, so each annotation learns how far the passages before it moved.
    private mutating func reanchored(_ list: [Annotation]) -> [Annotation] {
        var result = list
        var shift = 0
        for i in list.indices.sorted(by: { list[$0].target.position.start < list[$1].target.position.start }) {
            result[i] = reanchor(list[i], shift: shift)
            if let start = result[i].anchor.start { shift = start - list[i].target.position.start }
        }
        // The decoded text and its index are as big as the text several times over: kept only for the batch.
        reanchorer.releaseCaches()
        return result
    }

    private mutating func reanchor(_ annotation: Annotation, shift: Int) -> Annotation {
        annotation.placed(at: reanchorer.anchor(annotation.target, shift: shift), targeting: targeting)
    }

    // MARK: Editing

    /// Adds an annotation on `target` and returns it.
    @discardableResult
    public mutating func add(
        _ target: AnnotationTarget, tags: [String] = [], note: String? = nil,
        status: RequirementStatus? = nil, color: String? = nil, now: Date = Date()
    ) -> Annotation {
        let annotation = Annotation(
            id: UUID().uuidString.lowercased(), target: target, tags: tags, note: note, status: status,
            color: color, created: Self.timestamp(now))
        annotations.append(annotation)
        return annotation
    }

    /// Changes an annotation's user fields (tags, note, status, color) and stamps it modified. False if unknown.
    @discardableResult
    public mutating func update(_ id: String, now: Date = Date(), _ change: (inout Annotation) -> Void) -> Bool {
        guard let i = annotations.firstIndex(where: { $0.id == id }) else { return false }
        var annotation = annotations[i]
        change(&annotation)
        annotation.tags = Annotation.withoutRepeats(annotation.tags)
        annotation.id = id
        if annotation != annotations[i] { annotation.modified = Self.timestamp(now) }
        annotations[i] = annotation
        return true
    }

    /// Points an annotation (typically an orphan) at a new passage.
    @discardableResult
    public mutating func reattach(_ id: String, to target: AnnotationTarget, now: Date = Date()) -> Bool {
        update(id, now: now) {
            $0.target = target
            $0.anchor = Anchor(status: .exact, start: target.position.start, end: target.position.end)
        }
    }

    /// Deletes an annotation (only ever on the user's request). Returns it, for undo.
    @discardableResult
    public mutating func delete(_ id: String) -> Annotation? {
        guard let i = annotations.firstIndex(where: { $0.id == id }) else { return nil }
        return annotations.remove(at: i)
    }

    /// Puts back a deleted annotation (undo).
    public mutating func restore(_ annotation: Annotation) {
        insert(annotation)
    }

    /// Adds an annotation made elsewhere (carried from another version), keeping its id and anchor. False, and
    /// nothing added, when an annotation here already has that id.
    @discardableResult
    public mutating func insert(_ annotation: Annotation) -> Bool {
        guard !annotations.contains(where: { $0.id == annotation.id }) else { return false }
        annotations.append(annotation)
        return true
    }

    static func timestamp(_ date: Date) -> String { Timestamp.iso8601(date) }

    // MARK: Saving

    public struct SaveReport: Sendable {
        /// True when the file on disk had changed since it was read and was merged by id.
        public var merged: Bool
        public var conflicts: [AnnotationConflict]
        public var notices: [String]
    }

    /// Under the sidecar's lock: reloads the file, merges by id if another process changed it, writes atomically.
    /// On failure nothing in memory changes.
    @discardableResult
    public mutating func save() throws(AnnotationError) -> SaveReport {
        // Positions of a document written over in place no longer hold: they are not saved against it.
        if document.text.utf8.isChangedOnDisk {
            throw AnnotationError(path: document.path, kind: .sourceChanged)
        }
        let (lock, lockNotices) = try SidecarLock.acquire(for: sidecarPath, fileSystem: fileSystem)
        defer { lock.release() }
        let writer = AtomicWriter(fileSystem: fileSystem)
        var report = SaveReport(
            merged: false, conflicts: [], notices: lockNotices + writer.removeLeftovers(beside: sidecarPath))
        let disk = try Self.readSidecar(sidecarPath, fileSystem: fileSystem, limits: limits)
        var merged = annotations
        var unknown = fileUnknownFields
        if let disk, disk != baseBytes {
            let file = try AnnotationCodec.decode(disk, path: sidecarPath, limits: limits)
            var theirs = file.annotations
            if !(file.source.map { $0.sameText(as: fingerprint) } ?? false) { theirs = reanchored(theirs) }
            let result = AnnotationMerge.merge(base: base, mine: annotations, theirs: theirs)
            merged = result.annotations
            report.conflicts = result.conflicts
            report.merged = true
            unknown = file.unknownFields
        } else if disk == nil, baseBytes != nil {
            report.notices.append("\(sidecarPath) was removed by someone else; writing all annotations held here")
        }
        let bytes = try limits.encoded(
            AnnotationFile(source: fingerprint, annotations: merged, unknownFields: unknown), path: sidecarPath)
        if bytes != disk { try writer.replace(sidecarPath, with: bytes) }
        annotations = merged
        base = merged
        baseBytes = bytes
        fileUnknownFields = unknown
        conflicts = report.conflicts
        notices += report.notices
        return report
    }

    /// Writes the annotations held here to another file (a new one: an existing file is never replaced), for when
    /// the sidecar's directory cannot be written. The sidecar itself stays unsaved; `save()` can still be retried.
    public func saveCopy(to path: String) throws(AnnotationError) {
        // Not held to the limits: this copy is how work is kept when nothing else can be saved.
        let bytes = AnnotationCodec.encode(
            AnnotationFile(
                source: fingerprint, annotations: annotations,
                unknownFields: fileUnknownFields))
        do {
            try fileSystem.createDurably(path, bytes, mode: 0o644)
            try fileSystem.syncDirectory(PathText.directory(path))
        } catch {
            throw AnnotationError(path: path, kind: .io(operation: "writing", reason: error.reason, code: error.code))
        }
    }

    /// Moves an unreadable sidecar aside (renamed, bytes untouched) so a new layer can start; returns the backup path.
    public static func backUpUnreadableSidecar(
        of document: Document, now: Date = Date(),
        fileSystem: any AnnotationFileSystem = PosixFileSystem()
    ) throws(AnnotationError) -> String {
        let sidecar = AnnotationFile.sidecarPath(forSource: document.path)
        let stamp = timestamp(now).filter { $0.isNumber }
        let backup = "\(sidecar).broken-\(stamp)"
        do {
            try fileSystem.rename(sidecar, backup)
            try fileSystem.syncDirectory(PathText.directory(sidecar))
        } catch {
            throw AnnotationError(
                path: sidecar, kind: .io(operation: "backing up to \(backup)", reason: error.reason, code: error.code))
        }
        return backup
    }
}
