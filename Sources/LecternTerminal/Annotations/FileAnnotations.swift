import Foundation
import LecternCore

/// One open file's annotations: its `AnnotationLayer` (opened at start when the sidecar exists, otherwise at the
/// first edit, so a large file without annotations opens as fast as before), whether they can be edited, and the
/// last save's error.
///
/// Every edit is saved at once. A failed save keeps the edit in memory (the layer never loses it) and is
/// remembered, so the status line can say so and `:w` can retry. A sidecar that cannot be read is never written:
/// the file's annotations are then read-only.
struct FileAnnotations {
    let index: DocumentIndex
    let fileSystem: any AnnotationFileSystem
    private(set) var layer: AnnotationLayer?
    /// Why the sidecar could not be read; the file's annotations are read-only.
    private(set) var unreadable: AnnotationError?
    /// The last save's failure, cleared by a save that works.
    private(set) var saveError: AnnotationError?
    /// What the display needs, rebuilt after every change.
    private(set) var marks: AnnotationMarks

    var document: Document { index.document }

    init(index: DocumentIndex, fileSystem: any AnnotationFileSystem) {
        self.index = index
        let document = index.document
        self.fileSystem = fileSystem
        if fileSystem.size(AnnotationFile.sidecarPath(forSource: document.path)) != nil {
            do { layer = try AnnotationLayer.open(document, geometry: index.geometry, fileSystem: fileSystem) } catch {
                unreadable = error
            }
        }
        marks = AnnotationMarks(annotations: layer?.annotations ?? [], index: index)
    }

    var annotations: [Annotation] { layer?.annotations ?? [] }
    var sidecarPath: String { AnnotationFile.sidecarPath(forSource: document.path) }

    func annotation(_ id: String) -> Annotation? { annotations.first { $0.id == id } }

    /// What opening the layer had to say: an unreadable sidecar, a changed source, leftover temp files.
    var openingNotice: String? {
        if let unreadable {
            // The file's name, not its whole path, so the reason fits on the status line.
            let name = PathText.fileName(unreadable.path)
            return "annotations read-only: "
                + unreadable.description.replacingOccurrences(of: unreadable.path, with: name)
        }
        guard let layer else { return nil }
        let unanchored = layer.annotations.filter { !$0.anchor.isAnchored }.count
        if layer.sourceChanged {
            return "\(layer.document.path) changed since it was annotated: annotations re-anchored"
                + (unanchored > 0 ? ", \(unanchored) orphaned or ambiguous (A lists them)" : "")
        }
        return layer.notices.first
    }

    /// Targets for new annotations; nil while the annotations are read-only.
    mutating func targeting() throws(AnnotationError) -> AnnotationTargeting {
        try openLayer().targeting
    }

    /// Applies `change` to the layer in memory (opening it if need be); `save()` writes it. Throws when the
    /// annotations are read-only or the sidecar cannot be read, and then nothing changes.
    mutating func apply<T>(_ change: (inout AnnotationLayer) -> T) throws(AnnotationError) -> T {
        var layer = try openLayer()
        let result = change(&layer)
        self.layer = layer
        marks = AnnotationMarks(annotations: layer.annotations, index: index)
        return result
    }

    /// Saves the layer (again); the edits stay in memory whatever happens.
    @discardableResult
    mutating func save() throws(AnnotationError) -> AnnotationLayer.SaveReport? {
        guard var layer else { return nil }
        do {
            let report = try layer.save()
            self.layer = layer
            saveError = nil
            marks = AnnotationMarks(annotations: layer.annotations, index: index)
            return report
        } catch {
            saveError = error
            throw error
        }
    }

    /// Writes the annotations held in memory to a new file elsewhere; the sidecar's own state is unchanged.
    func saveCopy(to path: String) throws(AnnotationError) {
        guard let layer else { throw AnnotationError(path: path, kind: .invalid("no annotations to write")) }
        try layer.saveCopy(to: path)
    }

    private mutating func openLayer() throws(AnnotationError) -> AnnotationLayer {
        if let unreadable { throw unreadable }
        if let layer { return layer }
        let opened = try AnnotationLayer.open(document, geometry: index.geometry, fileSystem: fileSystem)
        layer = opened
        return opened
    }
}
