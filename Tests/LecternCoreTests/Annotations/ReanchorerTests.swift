import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Re-anchoring annotations made on one revision in an edited revision.
@Suite struct ReanchorerTests {
    let original = Fixtures.document(paragraphs: Speech.paragraphs)

    func edited(_ change: (inout [String]) -> Void) -> Document {
        var paragraphs = Speech.paragraphs
        change(&paragraphs)
        return Fixtures.document(paragraphs: paragraphs)
    }

    func quoteTarget(_ quote: String, occurrence: Int = 1, in document: Document? = nil) throws -> AnnotationTarget {
        try Revisions.targeting(document ?? original).quote(quote, occurrence: occurrence)
    }

    @Test func unchangedTextIsExact() throws {
        let target = try quoteTarget("扩大考核工作民主")
        let anchor = Revisions.anchor(target, in: original)
        #expect(anchor.status == .exact)
        #expect(anchor.start == target.position.start)
    }

    @Test func insertionBeforeMovesTheAnchor() throws {
        let target = try quoteTarget("扩大考核工作民主")
        let revised = edited { $0.insert("会议首先传达了上级有关文件精神，大家要认真学习领会。", at: 2) }
        let anchor = Revisions.anchor(target, in: revised)
        #expect(anchor.status == .moved)
        #expect(Revisions.text(of: anchor, in: revised) == "扩大考核工作民主")
        #expect(anchor.start == target.position.start + "会议首先传达了上级有关文件精神，大家要认真学习领会。".unicodeScalars.count + 2)
    }

    @Test func deletedPassageIsOrphanedNotMatchedElsewhere() throws {
        let target = try Revisions.targeting(original).line(11)  // 一是要坚持严格标准…
        #expect(target.quote.exact.hasPrefix("一是要坚持严格标准"))
        let revised = edited { $0.remove(at: 5) }
        #expect(Revisions.anchor(target, in: revised).status == .orphaned)
    }

    @Test func typoInsideGivesAFuzzyMatchOnTheEditedPassage() throws {
        let sentence = "干部考核是干部管理的基础性工作，直接关系到干部队伍建设的质量。"
        let target = try quoteTarget(sentence)
        let revised = edited {
            $0[3] = $0[3].replacingOccurrences(of: "基础性工作", with: "基础工作").replacingOccurrences(of: "质量", with: "成效")
        }
        let anchor = Revisions.anchor(target, in: revised)
        #expect(anchor.status == .fuzzy)
        #expect(Revisions.text(of: anchor, in: revised) == "干部考核是干部管理的基础工作，直接关系到干部队伍建设的成效。")
        #expect((anchor.similarity ?? 0) >= 0.8)
    }

    @Test func movedParagraphIsFoundWithItsText() throws {
        let target = try Revisions.targeting(original).line(13)  // 二是要坚持群众公认…
        let revised = edited { $0.append($0.remove(at: 6)) }
        let anchor = Revisions.anchor(target, in: revised)
        #expect(anchor.status == .moved)
        #expect(Revisions.text(of: anchor, in: revised) == Speech.paragraphs[6])
    }

    @Test func heavilyRewrittenPassageOrphansRatherThanMatchingWrongly() throws {
        let target = try quoteTarget("各级党委要高度重视，把考核工作摆上重要议事日程。")
        let revised = edited { $0[3] = "干部考核是干部管理的基础性工作。党委书记要亲自抓，分管领导要具体抓，层层落实责任。" }
        #expect(Revisions.anchor(target, in: revised).status == .orphaned)
    }

    @Test func lookAlikeParagraphElsewhereDoesNotCaptureADeletedOne() throws {
        // 二 has the annotated item; 三 ends with a look-alike (two characters differ, similarity 0.89).
        let lookAlike = "一是要坚持严格标准，突出业务素质考察。"
        let base = edited { $0.insert(lookAlike, at: 8) }
        let target = try quoteTarget("一是要坚持严格标准，突出政治素质考察。", in: base)
        #expect(Revisions.anchor(target, in: base).status == .exact)
        var paragraphs = Speech.paragraphs
        paragraphs.insert(lookAlike, at: 8)
        paragraphs.remove(at: 5)
        let revised = Fixtures.document(paragraphs: paragraphs)
        #expect(Revisions.anchor(target, in: revised).status == .orphaned)
    }

    @Test func repeatedQuoteIsResolvedByContext() throws {
        // 考核 + 工作 appears in several places; the annotated copy keeps its own context.
        let target = try quoteTarget("考核工作", occurrence: 3)
        #expect(target.quote.prefix.hasSuffix("扩大"))
        let revised = edited { $0.insert("会议开始前，请大家把手机调成静音。", at: 1) }
        let anchor = Revisions.anchor(target, in: revised)
        #expect(anchor.status == .moved)
        let start = try #require(anchor.start)
        #expect(AnchorText(revised.text).string((start - 2)..<(start + 6)) == "扩大考核工作民主")
    }

    @Test func identicalCopiesWithIdenticalContextAreAmbiguous() throws {
        let line = "重要的事情说三遍：加强学习，提高本领。"
        // Copies 2, 3 and 4 of six have the same 32 code points on each side; 1 and 5 differ in context.
        let copies = [String](repeating: line, count: 6)
        let base = Fixtures.document(paragraphs: ["开头。"] + copies + ["结尾。"])
        let target = try Revisions.targeting(base).quote("加强学习，提高本领", occurrence: 3)
        let revised = Fixtures.document(paragraphs: ["新增一段文字。", "开头。"] + copies + ["结尾。"])
        let anchor = Revisions.anchor(target, in: revised)
        #expect(anchor.status == .ambiguous)
        #expect(anchor.candidates == 3)
        #expect(anchor.start == nil)
        // Copy 2 of four differs from copy 3 in its suffix (copy 3 is followed by 结尾): context picks it.
        let four = Fixtures.document(paragraphs: ["开头。", line, line, line, line, "结尾。"])
        let second = try Revisions.targeting(four).quote("加强学习，提高本领", occurrence: 2)
        let shifted = Fixtures.document(paragraphs: ["新增一段文字。", "开头。", line, line, line, line, "结尾。"])
        let resolved = Revisions.anchor(second, in: shifted)
        #expect(resolved.status == .moved)
        #expect(resolved.start == second.position.start + 9)
    }

    /// A preface before the first title becomes a part of its own, so every speech number (and every requirement
    /// id) moves up by one; the requirement hint then names another speech's section. Among identical copies the one
    /// where the passage's neighbours moved to wins, not the one the shifted id names.
    @Test func aPrefaceThatShiftsTheIdsLeavesRepeatedPassagesWhereTheyMoved() throws {
        let body = [
            "同志们：", "一、统一思想",
            "各级党组织要把思想和行动统一到上级决策部署上来，切实增强做好工作的责任感和使命感，确保各项任务落到实处。",
        ]
        let base = Fixtures.document(paragraphs: ["在第一次工作会议上的讲话"] + body + ["在第二次工作会议上的讲话"] + body)
        let quote = "切实增强做好工作的责任感和使命感"
        let target = try Revisions.targeting(base).quote(quote, occurrence: 2)
        #expect(target.requirement == "2.1")
        let preface = "会议开始前，先传达上级文件精神。"
        let revised = Fixtures.document(paragraphs: [preface, "在第一次工作会议上的讲话"] + body + ["在第二次工作会议上的讲话"] + body)
        #expect(revised.speeches.count == 3)  // the preface is part 1: the second speech is now 3, and 2.1 is the first's
        let shift = preface.unicodeScalars.count + 2
        var reanchorer = Reanchorer(positions: DocumentPositions(revised))
        let anchor = reanchorer.anchor(target, shift: shift)
        #expect(anchor.status == .moved)
        #expect(anchor.start == target.position.start + shift)
    }

    @Test func editedCopyNearAnUntouchedTwinIsAmbiguousNotMovedToTheTwin() throws {
        // The same passage twice with the same 32 code points around it; the annotated second copy gets a typo.
        let before = "会议认为，过去一年各项工作取得了新的进展，成绩来之不易，值得充分肯定和认真总结。"
        let passage = "各考评部门要切实提高对考评工作重要性的认识，认真负责地做好考评工作。"
        let after = "下一步，要在巩固已有成果的基础上，继续深化改革，推动各项工作再上新台阶。"
        let base = Fixtures.document(paragraphs: [before, passage, after, "中间段落。", before, passage, after])
        let target = try Revisions.targeting(base).quote(passage, occurrence: 2)
        let typo = passage.replacingOccurrences(of: "重要性", with: "重要意义")
        let inserted = "新增一段开场白。"
        let revised = Fixtures.document(paragraphs: [inserted, before, passage, after, "中间段落。", before, typo, after])
        var reanchorer = Reanchorer(positions: DocumentPositions(revised))
        let anchor = reanchorer.anchor(target, shift: inserted.unicodeScalars.count + 2)
        #expect(anchor.status == .ambiguous)
        #expect(anchor.candidates == 2)
        // Without the twin, the edited copy is found as fuzzy.
        let alone = Fixtures.document(paragraphs: [inserted, before, "另一段话。", after, "中间段落。", before, typo, after])
        var single = Reanchorer(positions: DocumentPositions(alone))
        let found = single.anchor(target, shift: inserted.unicodeScalars.count + 2)
        #expect(found.status == .fuzzy)
        #expect(Revisions.text(of: found, in: alone) == typo)
    }

    @Test func shortQuotesAreMatchedExactlyOnly() throws {
        let target = try quoteTarget("一票否决")
        let revised = edited { $0[5] = $0[5].replacingOccurrences(of: "一票否决", with: "一票否定") }
        #expect(Revisions.anchor(target, in: revised).status == .orphaned)
        let moved = edited { $0.insert("补充说明。", at: 0) }
        #expect(Revisions.anchor(target, in: moved).status == .moved)
    }

    @Test func offsetsCountCodePointsOutsideTheBMP() throws {
        let base = Fixtures.document(paragraphs: ["𠮷野家的牛肉饭很好吃。", "一、加强作风建设"])
        let target = try Revisions.targeting(base).quote("牛肉饭")
        #expect(target.position.start == 4)  // 𠮷 is one code point (two UTF-16 units, four UTF-8 bytes)
        #expect(target.quote.prefix == "𠮷野家的")
        let revised = Fixtures.document(paragraphs: ["𠮷𠮷𠮷野家的牛肉饭很好吃。", "一、加强作风建设"])
        let anchor = Revisions.anchor(target, in: revised)
        #expect(anchor.status == .moved)
        #expect(anchor.start == 6)
        #expect(Revisions.text(of: anchor, in: revised) == "牛肉饭")
    }

    @Test func requirementTargetsCoverMarkerAndOwnText() throws {
        let targeting = Revisions.targeting(original)
        let target = try targeting.requirement("1.2.1")
        #expect(target.kind == .requirement)
        #expect(target.quote.exact == Speech.paragraphs[5])
        #expect(throws: AnnotationError.self) { try targeting.requirement("9.9") }
        let inner = try targeting.quote("扩大考核工作民主")
        #expect(inner.requirement == "1.2.2")
    }

    @Test func sentenceTargetStopsAtSentenceEnds() throws {
        let targeting = Revisions.targeting(original)
        let offset = try targeting.quote("把考核工作").position.start
        #expect(try targeting.sentence(at: offset).quote.exact == "各级党委要高度重视，把考核工作摆上重要议事日程。")
    }

    @Test func fuzzySearchStaysFastOnALargeDocument() throws {
        // 4,000 distinct paragraphs of 60 pseudo-random Han characters (~250k code points); 200 annotations each
        // with a changed character inside and a shifted position, so each needs the fuzzy search.
        var seed: UInt64 = 42
        func next() -> UInt32 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: seed >> 33)
        }
        let paragraphs = (0..<4000).map { _ in
            String(String.UnicodeScalarView((0..<60).map { _ in Unicode.Scalar(0x4E00 + next() % 3000)! }))
        }
        let base = Fixtures.document(paragraphs: paragraphs)
        let positions = DocumentPositions(base)
        let targeting = Revisions.targeting(base)
        let targets = try (0..<200).map { k in
            let start = positions.paragraphRanges[k * 20].lowerBound + 5
            return try targeting.range(start, start + 40)
        }
        var revisedParagraphs = paragraphs
        for k in 0..<200 {
            var scalars = Array(revisedParagraphs[k * 20].unicodeScalars)
            scalars[25] = "改"
            revisedParagraphs[k * 20] = String(String.UnicodeScalarView(scalars))
        }
        revisedParagraphs.insert("新增段落。", at: 0)
        let revised = Fixtures.document(paragraphs: revisedParagraphs)
        var reanchorer = Reanchorer(positions: DocumentPositions(revised))
        let clock = ContinuousClock()
        var statuses: [Anchor.Status: Int] = [:]
        let elapsed = clock.measure {
            for target in targets { statuses[reanchorer.anchor(target).status, default: 0] += 1 }
        }
        #expect(statuses == [.fuzzy: 200], "\(statuses)")
        // Under a sanitizer the instrumented code runs several times slower (20.2 s under ASan on a busy machine).
        #expect(
            elapsed < .seconds(20 * Sanitizers.slowdown),
            "re-anchoring took \(elapsed) (sanitizer: \(Sanitizers.active))")
    }
}
