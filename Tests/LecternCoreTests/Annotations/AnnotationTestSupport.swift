import Foundation
import LecternCore
import LecternTestSupport

/// Paragraphs of a small speech used by the annotation tests, and helpers to edit and load it.
enum Speech {
    static let paragraphs = [
        "关于干部考核工作的讲话",
        "同志们：",
        "一、提高思想认识，切实增强做好干部工作的责任感",
        "干部考核是干部管理的基础性工作，直接关系到干部队伍建设的质量。各级党委要高度重视，把考核工作摆上重要议事日程。",
        "二、突出工作重点，扎实推进考核评价体系建设",
        "一是要坚持严格标准，突出政治素质考察。对政治上不合格的干部，实行一票否决。",
        "二是要坚持群众公认，扩大考核工作民主。考核过程中要广泛听取群众意见，接受群众监督。",
        "三、加强组织领导，确保各项任务落到实处",
        "各级组织部门要加强统筹协调，认真抓好贯彻落实，及时研究解决工作中遇到的新情况新问题。",
    ]

    static func text(_ paragraphs: [String]) -> String { paragraphs.joined(separator: "\n\n") + "\n" }
}

/// A source file in a fresh temporary directory.
struct TempSource {
    let directory: URL
    let path: String

    init(_ text: String, name: String = "speech.txt") throws {
        directory = try CommandRunner.temporaryDirectory()
        path = directory.appendingPathComponent(name).path
        try write(text)
    }

    func write(_ text: String) throws { try write(bytes: Array(text.utf8)) }

    func write(bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

    var sidecar: String { AnnotationFile.sidecarPath(forSource: path) }

    func write(sidecar bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: sidecar)) }

    func document() throws -> Document { try DocumentLoader.load(path: path) }

    func layer(_ fileSystem: any AnnotationFileSystem = PosixFileSystem()) throws -> AnnotationLayer {
        try AnnotationLayer.open(try document(), fileSystem: fileSystem)
    }

    func sidecarBytes() throws -> [UInt8]? {
        FileManager.default.fileExists(atPath: sidecar)
            ? [UInt8](try Data(contentsOf: URL(fileURLWithPath: sidecar))) : nil
    }

    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() }
}

/// Anchoring helpers: a target made on one revision, anchored in another.
enum Revisions {
    static func targeting(_ document: Document) -> AnnotationTargeting {
        AnnotationTargeting(positions: DocumentPositions(document), text: AnchorText(document.text))
    }

    static func anchor(_ target: AnnotationTarget, in document: Document) -> Anchor {
        var reanchorer = Reanchorer(positions: DocumentPositions(document))
        return reanchorer.anchor(target)
    }

    static func text(of anchor: Anchor, in document: Document) -> String? {
        guard let start = anchor.start, let end = anchor.end else { return nil }
        return AnchorText(document.text).string(start..<end)
    }
}
