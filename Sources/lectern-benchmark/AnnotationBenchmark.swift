import Foundation
import LecternCore

/// `--annotations`: N annotations on a generated document of M MB — create and save, load (unchanged source: the
/// fast path), then edit the source (a paragraph inserted at the top, characters changed in 200 places) and load
/// again (every annotation re-anchored), and save.
func runAnnotationBenchmark(megabytes: Int, count: Int, runs: Int) throws {
    var generator = CorpusGenerator()
    let bytes = generator.corpus(bytes: megabytes * 1_000_000)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "lectern-annotation-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("corpus.txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))

    var layer: AnnotationLayer!
    var document: Document!
    let open = try seconds {
        document = try DocumentLoader.load(path: path)
        layer = try AnnotationLayer.open(document)
    }
    let text = layer.targeting.text
    // Spread annotations over the text: lengths 12–120 code points, every tenth one a whole requirement.
    var random = Xorshift(state: 0x2545_F491_4F6C_DD1D)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let create = try seconds {
        for i in 0..<count {
            let target: AnnotationTarget
            if i % 10 == 0, !document.nodes.isEmpty {
                target = try layer.targeting.requirement(document.nodes[next(document.nodes.count)].id)
            } else {
                let start = next(text.count - 200)
                target = try layer.targeting.range(start, start + 12 + next(108))
            }
            layer.add(
                target, tags: ["标签\(i % 37)"], note: i % 3 == 0 ? "批注 \(i)" : nil, status: i % 5 == 0 ? .todo : nil)
        }
    }
    let firstSave = try seconds { try layer.save() }
    let sidecarSize = (try? FileManager.default.attributesOfItem(atPath: layer.sidecarPath)[.size] as? Int) ?? 0
    // The loads are timed in two parts: reading and recognizing the document (the same with or without
    // annotations), then the annotation layer (sidecar, hash, anchors). What was open before is let go first:
    // freeing its 10,000 annotations and text tables is not part of opening (it took 0.01–0.04 s inside the
    // timing before).
    layer = nil
    document = nil
    let fastDocument = try seconds { document = try DocumentLoader.load(path: path) }
    let fastLayer = try seconds { layer = try AnnotationLayer.open(document) }
    precondition(!layer.sourceChanged && layer.annotations.count == count)
    // The unchanged open again, `runs` times in this process: one run is at the mercy of a shared machine.
    var repeatedOpens: [Double] = []
    for _ in 0..<runs {
        layer = nil
        repeatedOpens.append(try seconds { layer = try AnnotationLayer.open(document) })
    }

    // Edit: a paragraph at the top, and 200 single-character changes spread through the text.
    var scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    for k in 0..<200 {
        let at = (k + 1) * scalars.count / 201
        if scalars[at].value >= 0x4E00 { scalars[at] = "改" }
    }
    let inserted = "会议开始前，先传达上级文件精神。\n\n"
    let edited = inserted + String(String.UnicodeScalarView(scalars))
    let before = layer.annotations
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
    layer = nil
    document = nil
    let editedDocument = try seconds { document = try DocumentLoader.load(path: path) }
    let editedLayer = try seconds { layer = try AnnotationLayer.open(document) }
    // The re-anchoring alone (what the edited load spends beyond reading the document and the sidecar), done as
    // AnnotationLayer does it: in position order, each annotation told how far the one before it moved.
    let positions = DocumentPositions(document)
    let anchorText = AnchorText(document.text)
    let anchorOnly = seconds {
        var reanchorer = Reanchorer(positions: positions, text: anchorText)
        var shift = 0
        for annotation in before.sorted(by: { $0.target.position.start < $1.target.position.start }) {
            let anchor = reanchorer.anchor(annotation.target, shift: shift)
            if let start = anchor.start { shift = start - annotation.target.position.start }
        }
    }
    // A hostile sidecar's single huge quote: 100,000 code points of the old text, edited in about ten places.
    let hugeQuote = AnnotationTarget(
        kind: .range, requirement: nil, position: TextPosition(start: 0, end: 100_000),
        quote: text.quote(0..<100_000))
    var hugeAnchor = Anchor(status: .orphaned)
    let huge = seconds {
        var reanchorer = Reanchorer(positions: positions, text: anchorText)
        hugeAnchor = reanchorer.anchor(hugeQuote)
    }
    var statuses: [Anchor.Status: Int] = [:]
    for annotation in layer.annotations { statuses[annotation.anchor.status, default: 0] += 1 }
    // Every passage moved by the inserted paragraph's length; one found elsewhere is a wrong match.
    let shift = inserted.unicodeScalars.count
    let elsewhere = zip(before, layer.annotations).filter { old, new in
        new.anchor.start.map { abs($0 - (old.target.position.start + shift)) > 2 } ?? false
    }.count
    let secondSave = try seconds { try layer.save() }

    print(
        String(
            format: "annotations: %d on %.1f MB (%d code points, %d nodes); sidecar %.1f MB", count,
            Double(bytes.count) / 1e6, text.count, document.nodes.count, Double(sidecarSize) / 1e6))
    print(String(format: "load document + empty layer %6.3f s", open))
    print(String(format: "create %d annotations     %6.3f s", count, create))
    print(String(format: "save (new sidecar)          %6.3f s", firstSave))
    print(
        String(
            format: "load, source unchanged      %6.3f s  (document + sidecar, hash fast path)",
            fastDocument + fastLayer))
    print(
        String(
            format: "  without the document     %6.3f s  (AnnotationLayer.open: sidecar, hash, stored anchors)",
            fastLayer))
    if !repeatedOpens.isEmpty {
        let sorted = repeatedOpens.sorted()
        print(
            String(
                format: "  again, %d times           %6.3f–%.3f s, median %.3f s", sorted.count, sorted[0],
                sorted[sorted.count - 1], sorted[sorted.count / 2]))
    }
    print(
        String(
            format: "load, source edited         %6.3f s  (document + sidecar + re-anchoring every annotation)",
            editedDocument + editedLayer))
    print(
        String(
            format: "  without the document     %6.3f s  (AnnotationLayer.open: sidecar, hash, re-anchoring)",
            editedLayer))
    print(
        String(
            format: "  of which re-anchoring     %6.3f s  (trigram index + every annotation, measured again alone)",
            anchorOnly))
    print(String(format: "save after re-anchoring     %6.3f s", secondSave))
    print(
        String(
            format: "one 100,000-code-point quote %5.3f s  (edited in ~10 places: %@)", huge,
            "\(hugeAnchor.status.rawValue)\(hugeAnchor.similarity.map { String(format: " %.3f", $0) } ?? "")"))
    print(
        "anchors after the edit: "
            + Anchor.Status.allCases.map { "\($0.rawValue) \(statuses[$0, default: 0])" }.joined(separator: ", ")
            + "; found at a wrong place: \(elsewhere)")
}
