import LecternTerminal
import Testing

@Suite struct KeyNotationTests {
    @Test func namedKeysAndPlainCharacters() throws {
        let keys = try KeyNotation.parse("j中<Enter><Esc><Tab><S-Tab><Space><BS><Up><PageDown><Home><F1><C-o><lt>x")
        #expect(
            keys == [
                .character("j"), .character("中"), .enter, .escape, .tab, .backTab, .character(" "), .backspace, .up,
                .pageDown, .home, .function(1), .control("o"), .character("<"), .character("x"),
            ])
    }

    @Test func resizeAndMouse() throws {
        #expect(try KeyNotation.parse("<Resize:60x20>") == [.resize(width: 60, height: 20)])
        #expect(try KeyNotation.parse("<Click:3,4>") == [.mouse(MouseEvent(.click, column: 3, row: 4))])
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Resize:60>") }
    }

    @Test func anUnknownNameIsTypedLiterally() throws {
        #expect(try KeyNotation.parse("<nope>") == "<nope>".map { .character($0) })
        #expect(try KeyNotation.parse("<") == [.character("<")])
        #expect(try KeyNotation.parse("<C-i>") == [.tab])
    }

    @Test func notationRoundTrips() throws {
        let text = "a<Enter><C-o><lt><Space><Resize:10x5><F12><S-Tab>"
        #expect(KeyNotation.notation(try KeyNotation.parse(text)) == text)
    }
}

@Suite struct KeyBindingsTests {
    @Test func everyKeyInTheTableParses() {
        for binding in KeyBindings.table {
            #expect(binding.sequences.count == binding.keys.count)
            for sequence in binding.sequences { #expect(!sequence.isEmpty, "\(binding.keys)") }
        }
    }

    /// No key sequence means two things in the same pane, and none is a prefix of another there.
    @Test func noSequenceIsBoundTwiceInAPane() {
        for scope in [KeyScope.tree, .text] {
            let sequences = KeyBindings.table.filter { $0.scope == scope || $0.scope == .anywhere }
                .flatMap { binding in binding.sequences.map { (binding.scope, $0) } }
            for (i, a) in sequences.enumerated() {
                for b in sequences[(i + 1)...] where a.0 == b.0 {
                    #expect(a.1 != b.1, "\(KeyNotation.notation(a.1)) bound twice")
                    #expect(
                        !(a.1.count < b.1.count && Array(b.1.prefix(a.1.count)) == a.1),
                        "\(KeyNotation.notation(a.1)) is a prefix of \(KeyNotation.notation(b.1))")
                }
            }
        }
    }

    @Test func everyBindingHasASectionTheHelpShows() {
        for binding in KeyBindings.table { #expect(KeyBindings.sections.contains(binding.section)) }
        let help = HelpText.lines().map(\.summary)
        for binding in KeyBindings.table { #expect(help.contains { $0.hasPrefix(binding.summary) }) }
    }
}

@Suite struct KeyDispatcherTests {
    @Test func countsSequencesAndLetters() throws {
        var dispatcher = KeyDispatcher()
        #expect(dispatcher.feed(.character("1"), scope: .text) == .pending)
        #expect(dispatcher.feed(.character("2"), scope: .text) == .pending)
        #expect(dispatcher.pendingText == "12")
        #expect(
            dispatcher.feed(.character("j"), scope: .text)
                == .action(.lineDown, count: 12, key: .character("j"), letter: nil))
        #expect(dispatcher.feed(.character("z"), scope: .text) == .pending)
        #expect(
            dispatcher.feed(.character("o"), scope: .text)
                == .action(.openFold, count: nil, key: .character("o"), letter: nil))
        #expect(dispatcher.feed(.character("m"), scope: .text) == .pending)
        #expect(
            dispatcher.feed(.character("a"), scope: .text)
                == .action(.setMark, count: nil, key: .character("m"), letter: "a"))
        #expect(dispatcher.feed(.character("z"), scope: .text) == .pending)
        #expect(dispatcher.feed(.character("x"), scope: .text) == .unbound("zx"))
    }

    @Test func digitsFoldToALevelInTheTree() {
        var dispatcher = KeyDispatcher()
        #expect(
            dispatcher.feed(.character("2"), scope: .tree)
                == .action(.foldToLevel, count: nil, key: .character("2"), letter: nil))
    }

    @Test func spaceAndEnterDependOnThePane() {
        var dispatcher = KeyDispatcher()
        #expect(
            dispatcher.feed(.character(" "), scope: .tree)
                == .action(.toggleFold, count: nil, key: .character(" "), letter: nil))
        #expect(
            dispatcher.feed(.character(" "), scope: .text)
                == .action(.pageDown, count: nil, key: .character(" "), letter: nil))
    }
}
