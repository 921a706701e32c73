/// The tree pane's moving keys: with the tree in focus, j k, the page keys, g and G move its selection.
extension TreePane {
    /// The row `action` moves the selection to (`page` rows a page), or nil when it is not a moving key.
    func row(after action: Action, count: Int, page: Int, rowCount: @autoclosure () -> Int) -> Int? {
        switch action {
        case .lineDown: return selection + count
        case .lineUp: return selection - count
        case .pageDown: return selection + page * count
        case .pageUp: return selection - page * count
        case .halfPageDown: return selection + page / 2 * count
        case .halfPageUp: return selection - page / 2 * count
        case .top: return 0
        case .bottom: return rowCount() - 1
        default: return nil
        }
    }
}
