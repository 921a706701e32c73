import ArgumentParser
import LecternCore

struct MergeAnnotations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-annotations",
        abstract: "Merge two versions of a sidecar by annotation id: git's merge driver for *.annotations.json.",
        discussion: """
            Set up once per repository: a line `*.annotations.json merge=lectern` in .gitattributes, and
            git config merge.lectern.driver "lectern merge-annotations %O %A %B" (add %P to have messages name the
            sidecar rather than git's temp files).
            Git passes the common ancestor (BASE), this branch's version (OURS) and the other branch's (THEIRS);
            the merged sidecar is written over OURS. Annotations added on either side are kept; a field changed on
            one side takes that change; a field changed on both takes the later change (by modified time) and keeps
            the other value in the annotation's history; an edit wins over a delete (see docs/ANNOTATIONS.md).
            Exit status: 0 merged; 2 a version could not be read (OURS is left as it was, so git reports a
            conflict).
            """
    )

    @Argument(
        help: ArgumentHelp("The common ancestor's sidecar (git's %O); empty or missing: none.", valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp("This branch's sidecar (git's %A), replaced by the merge.", valueName: "ours"))
    var ours: String

    @Argument(help: ArgumentHelp("The other branch's sidecar (git's %B).", valueName: "theirs"))
    var theirs: String

    @Argument(
        help: ArgumentHelp(
            "The sidecar's path in the repository (git's %P), to name it in messages instead of git's temp files.",
            valueName: "path"))
    var path: String?

    func run() throws {
        let named = path.map { "\($0): " } ?? ""
        do {
            let conflicts = try SidecarMerge.mergeFiles(base: base, ours: ours, theirs: theirs)
            for conflict in conflicts { Console.error("note: \(named)\(SidecarMerge.describe(conflict))") }
        } catch {
            Console.error(AnnotationError(path: describe(error.path), kind: error.kind).description)
            throw ExitCode(2)
        }
    }

    /// Git's temp file names say nothing: the version's role, and the repository path when given.
    private func describe(_ file: String) -> String {
        let roles = [
            (base, "the common ancestor's version"), (ours, "this branch's version"),
            (theirs, "the other branch's version"),
        ]
        guard let role = roles.first(where: { $0.0 == file })?.1 else { return file }
        return "\(path ?? file) (\(role))"
    }
}
