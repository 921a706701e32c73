/// The component the keys go to, drawn over the panes: help, the old text, the annotations panel and the note
/// editor over the whole screen, a prompt over the status line (with `error`, the message it leaves, beside it).
extension ReaderMode {
    func draw(into screen: inout ScreenBuffer, library: Library, error: String?, layout: PaneLayout) {
        let whole = Rect(screen)
        switch self {
        case .help(let help): help.draw(into: &screen, area: whole)
        case .oldText(let overlay): overlay.draw(into: &screen, area: whole)
        case .panel(let panel):
            panel.draw(
                into: &screen, area: whole, rows: AnnotationPanel.rows(library.readers, filter: panel.filter),
                fileNames: library.readers.map(\.document.fileName))
        case .note(let editor):
            let requirement = library.readers[editor.file].annotations.annotation(editor.id)?.target.requirement
            editor.draw(into: &screen, area: whole, requirement: requirement)
        case .prompt(let prompt): prompt.draw(into: &screen, area: layout.statusArea, error: error)
        case .normal: break
        }
    }
}
