import Testing

@testable import LecternCore

/// The shortcut of `DocumentPositions.node(id:)`: an id it takes as already normalized must be one
/// `NodeID.normalized` returns unchanged.
@Suite struct DocumentPositionsTests {
    @Test(arguments: [
        "2.4.3", "0", "1.0", "10.20.30", "123456789012345678", "01", "1.05", "", "1..2", ".1", "1.",
        "2.04.B3", "1.2.b1", "A1", "1.a1", "１.２", "1234567890123456789", "99999999999999999999", "1.2 ",
    ])
    func plainDottedNumbersAreTheirOwnNormalForm(id: String) {
        if DocumentPositions.isPlainDottedNumber(id) {
            #expect(NodeID.normalized(id) == id)
        } else {
            #expect(
                [
                    "01", "1.05", "", "1..2", ".1", "1.", "2.04.B3", "1.2.b1", "A1", "1.a1", "１.２",
                    "1234567890123456789",
                    "99999999999999999999", "1.2 ",
                ].contains(id))
        }
    }
}
