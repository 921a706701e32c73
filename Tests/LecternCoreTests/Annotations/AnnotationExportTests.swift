import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Reports: rows, Markdown, CSV, JSON, W3C and tag counts; re-attaching and deleting.
@Suite struct AnnotationExportTests {
    func layer() throws -> AnnotationLayer {
        var layer = try TempSource(Speech.text(Speech.paragraphs)).layer()
        layer.add(try layer.targeting.quote("扩大考核工作民主"), tags: ["民主", "考核"], note: "要落实, \"马上\"办\n第二行", status: .doing)
        layer.add(try layer.targeting.requirement("1.2.1"), tags: ["考核"], status: .done, color: "yellow")
        layer.add(try layer.targeting.line(17), note: "=SUM(A1)")
        return layer
    }

    @Test func rowsComeInDocumentOrderWithRequirementsAndFilters() throws {
        let layer = try layer()
        let rows = AnnotationReport.rows([layer])
        #expect(rows.map(\.requirement) == ["1.2.1", "1.2.2", "1.3"])
        #expect(rows.map(\.line) == [11, 13, 17])
        #expect(rows[1].quote == "扩大考核工作民主")
        #expect(rows[0].requirementLabel == "一是要坚持严格标准，突出政治素质考察")
        #expect(AnnotationReport.rows([layer], tag: "考核").count == 2)
        #expect(AnnotationReport.rows([layer], status: .done).map(\.requirement) == ["1.2.1"])
        #expect(AnnotationReport.tagCounts([layer]).map { "\($0.tag)=\($0.count)" } == ["考核=2", "民主=1"])
    }

    @Test func markdownGroupsByRequirement() throws {
        let text = AnnotationExport.markdown(AnnotationReport.rows([try layer()]))
        #expect(
            text.contains(
                "### 1.2.2 二是要坚持群众公认，扩大考核工作民主\n\n- `民主` `考核` · **doing** · line 13\n  > 扩大考核工作民主\n\n  要落实, \"马上\"办\n  第二行\n"
            ))
        #expect(text.contains("### 1.2.1 一是要坚持严格标准，突出政治素质考察\n"))
    }

    @Test func csvQuotesAndDefusesFormulas() throws {
        let lines = AnnotationExport.csv(AnnotationReport.rows([try layer()])).components(separatedBy: "\r\n")
        #expect(lines.count == 5 && lines[4].isEmpty)
        #expect(lines[2].contains(",doing,民主; 考核,\"要落实, \"\"马上\"\"办\n第二行\",扩大考核工作民主,"))
        #expect(lines[3].contains(",'=SUM(A1),"))
    }

    /// A colleague's file name, document line, tag and note holding controls (docs/FORMAT.md, "Text safety").
    func hostileRows() throws -> [AnnotationReportRow] {
        var paragraphs = Speech.paragraphs
        paragraphs[5] = "一是要坚持严格标准" + HostileText.all + "。"
        var layer = try TempSource(Speech.text(paragraphs), name: "讲话" + HostileText.all + ".txt").layer()
        layer.add(
            try layer.targeting.requirement("1.2.1"), tags: ["标签" + HostileText.all],
            note: "注释" + HostileText.all + "\n第二行\t制表\r\n=第三行")
        return AnnotationReport.rows([layer])
    }

    @Test func markdownShowsControlsAsPlaceholdersKeepingItsLines() throws {
        let shown = HostileText.shown
        let text = AnnotationExport.markdown(try hostileRows())
        #expect(HostileText.rawControls(in: text, allowing: ["\n"]) == [])
        #expect(text.contains("\n## /"))
        #expect(text.contains("/讲话\(shown).txt\n\n### 1.2.1 一是要坚持严格标准␛"))
        #expect(text.contains("- `标签\(shown)` · line 11\n  > 一是要坚持严格标准\(shown)。\n"))
        #expect(text.contains("\n  注释\(shown)\n  第二行 制表␍\n  =第三行\n"))
    }

    @Test func csvShowsControlsAsPlaceholdersKeepingLineFeedsInFields() throws {
        let shown = HostileText.shown
        let text = AnnotationExport.csv(try hostileRows())
        let rows = text.components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows[2].isEmpty)
        #expect(HostileText.rawControls(in: rows.joined(), allowing: ["\n"]) == [])
        #expect(rows[1].contains("/讲话\(shown).txt,1.2.1,一是要坚持严格标准␛"))
        #expect(rows[1].contains(",标签\(shown),\"注释\(shown)\n第二行 制表␍\n=第三行\",一是要坚持严格标准\(shown)。,"))
    }

    @Test func w3cHasSelectorsBodiesAndStyle() throws {
        let text = AnnotationExport.w3c(AnnotationReport.rows([try layer()])).rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let items = try #require((root["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 3)
        let colored = items[0]
        #expect((colored["id"] as? String)?.hasPrefix("urn:uuid:") == true)
        #expect(colored["stylesheet"] != nil)
        let target = try #require(colored["target"] as? [String: Any])
        #expect(target["styleClass"] as? String == "lectern-highlight")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors[0]["type"] as? String == "TextPositionSelector")
        #expect(selectors[1]["exact"] as? String == Speech.paragraphs[5])
        #expect(colored["motivation"] as? [String] == ["tagging", "assessing"])
        #expect(!text.contains("\\u"))
    }

    @Test func jsonListingHasTheDocumentedKeys() throws {
        let text = AnnotationExport.json(AnnotationReport.rows([try layer()])).rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let first = try #require((root["annotations"] as? [[String: Any]])?.first)
        for key in ["id", "path", "tags", "note", "status", "requirement", "quote", "anchor"] {
            #expect(first[key] != nil, "\(key)")
        }
        let anchor = try #require(first["anchor"] as? [String: Any])
        #expect(anchor["status"] as? String == "exact")
        #expect(anchor["start"] is Int)
    }

    @Test func orphansCanBeReattachedOrDeletedOnlyExplicitly() throws {
        let source = try TempSource(Speech.text(Speech.paragraphs))
        var layer = try source.layer()
        let a = layer.add(try layer.targeting.line(11), tags: ["标准"])
        try layer.save()
        var paragraphs = Speech.paragraphs
        paragraphs.remove(at: 5)
        try source.write(Speech.text(paragraphs))
        var edited = try source.layer()
        #expect(edited.annotations.first?.anchor.status == .orphaned)
        try edited.save()
        #expect(try source.layer().annotations.first?.anchor.status == .orphaned)  // kept through saves
        #expect(edited.reattach(a.id, to: try edited.targeting.line(11)))
        #expect(edited.annotations.first?.anchor.status == .exact)
        #expect(edited.annotations.first?.tags == ["标准"])
        try edited.save()
        let reopened = try source.layer()
        #expect(reopened.annotations.first?.anchor.status == .exact)
        #expect(reopened.annotations.first?.target.quote.exact == paragraphs[5])
        let deleted = edited.delete(a.id)
        #expect(edited.annotations.isEmpty)
        edited.restore(try #require(deleted))  // undo
        #expect(edited.annotations.count == 1)
        edited.delete(a.id)
        try edited.save()
        #expect(try source.layer().annotations.isEmpty)
    }
}
