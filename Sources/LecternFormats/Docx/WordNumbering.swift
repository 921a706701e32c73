import Foundation

/// The list definitions of word/numbering.xml: abstract numberings with their levels, and the numbering
/// instances (w:num) paragraphs refer to, with their start overrides.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// Level whose new item restarts this one (w:lvlRestart); nil means any higher level.
        var restartAfter: Int?
    }

    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
    }

    var abstractLevels: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]

    func level(numID: String, ilvl: Int) -> Level? {
        guard let instance = instances[numID] else { return nil }
        return abstractLevels[instance.abstractID]?[ilvl]
    }
}

/// Computes the marker Word shows before each numbered paragraph: counters per numbering instance and level,
/// deeper levels restarting when a higher one advances, start overrides applied when an instance is first used.
struct WordNumberingCounter {
    let numbering: WordNumbering
    private var counters: [String: [Int: Int]] = [:]

    init(numbering: WordNumbering) {
        self.numbering = numbering
    }

    /// The marker for a paragraph numbered (numID, ilvl), or nil when it has none (numId 0 switches it off).
    mutating func marker(numID: String, ilvl: Int) -> String? {
        guard numID != "0", let instance = numbering.instances[numID],
            let levels = numbering.abstractLevels[instance.abstractID], let level = levels[ilvl]
        else { return nil }
        var values = counters[numID] ?? [:]
        let start = instance.startOverrides[ilvl] ?? level.start
        values[ilvl] = values[ilvl].map { $0 + 1 } ?? start
        for deeper in values.keys where deeper > ilvl {
            let restartAfter = levels[deeper]?.restartAfter
            if restartAfter == nil || restartAfter! > ilvl { values[deeper] = nil }
        }
        counters[numID] = values
        guard level.format != "bullet" else { return nil }
        var text = level.text
        for n in (1...9).reversed() where text.contains("%\(n)") {
            let value = values[n - 1] ?? (instance.startOverrides[n - 1] ?? levels[n - 1]?.start ?? 1)
            let format = levels[n - 1]?.format ?? "decimal"
            text = text.replacingOccurrences(of: "%\(n)", with: WordNumberFormat.format(value, as: format))
        }
        return text.isEmpty ? nil : text
    }
}
