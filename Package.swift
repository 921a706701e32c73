// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lectern",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lectern", targets: ["lectern"]),
        .library(name: "LecternCore", targets: ["LecternCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // Pure core: decoding, document model, noise filter, speeches, structure, diagnostics, output. Beside
        // Foundation it uses two Apple packages of plain Swift: swift-algorithms for the binary search every sorted
        // table goes through, and swift-system for the file descriptors and paths of the files it writes.
        .target(
            name: "LecternCore",
            dependencies: [
                .product(name: "Algorithms", package: "swift-algorithms"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        // Formats beyond plain text (Word .docx through zlib and XMLParser, Markdown) and folders.
        .target(name: "LecternFormats", dependencies: ["LecternCore", "CZlibInflate"]),
        // zlib's inflate, seen through a shim header; one file of LecternFormats calls it.
        .systemLibrary(name: "CZlibInflate", path: "Sources/CZlibInflate"),
        // The bundled sample document and its accessor, in the top-level Resources/ folder.
        .target(
            name: "LecternSample",
            path: "Resources",
            sources: ["BundledSample.swift"],
            resources: [.copy("cadre-review-speeches.txt")]
        ),
        // Thin executable: argument parsing and printing.
        .executableTarget(
            name: "lectern",
            dependencies: [
                "LecternCore",
                "LecternFormats",
                "LecternSample",
                "LecternTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Wide-character ncurses, seen through a shim header (the only C the reader uses).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The terminal reader: pure state, update and view into a screen buffer; one backend file talks to ncurses.
        // It opens the core's ReadingOpening, which LecternFormats stages; it needs nothing else of the formats.
        .target(
            name: "LecternTerminal",
            dependencies: ["LecternCore", "CNcursesw", .product(name: "Algorithms", package: "swift-algorithms")]),
        // Release-built benchmark: generates a corpus (and PDFs, with the test support's writer) and prints figures.
        .executableTarget(
            name: "lectern-benchmark",
            dependencies: [
                "LecternCore", "LecternFormats", "LecternTerminal", "LecternSample",
                "LecternTestSupport",
            ]),
        // Fixtures and assertion helpers shared by the test targets (ZIPFoundation writes .docx fixtures).
        .target(
            name: "LecternTestSupport",
            dependencies: [
                "LecternCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ], path: "Tests/LecternTestSupport"),
        .testTarget(name: "LecternCoreTests", dependencies: ["LecternCore", "LecternTestSupport"]),
        .testTarget(name: "LecternFormatsTests", dependencies: ["LecternFormats", "LecternTestSupport"]),
        .testTarget(
            name: "LecternTerminalTests", dependencies: ["LecternTerminal", "LecternTestSupport", "lectern"],
            exclude: ["Headless/__Snapshots__"]),
        .testTarget(name: "lecternTests", dependencies: ["lectern", "LecternTestSupport"]),
    ]
)

// libFuzzer harnesses (Fuzz/): declared only when scripts/fuzz.sh sets LECTERN_FUZZ=1, so `swift build` and
// `swift test` never see them. The script builds them with --sanitize fuzzer --sanitize address in .build-fuzz.
if Context.environment["LECTERN_FUZZ"] == "1" {
    let harness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        .target(name: "LecternFuzzSupport", dependencies: ["LecternCore", "LecternTerminal"], path: "Fuzz/Support"),
        .executableTarget(
            name: "fuzz-decode", dependencies: ["LecternFuzzSupport", "LecternCore", "LecternFormats"],
            path: "Fuzz/Targets/decode", swiftSettings: harness),
        .executableTarget(
            name: "fuzz-sidecar", dependencies: ["LecternFuzzSupport", "LecternCore"],
            path: "Fuzz/Targets/sidecar", swiftSettings: harness),
        .executableTarget(
            name: "fuzz-docx",
            dependencies: ["LecternFuzzSupport", "LecternCore", "LecternFormats", "LecternTestSupport"],
            path: "Fuzz/Targets/docx", swiftSettings: harness),
        .executableTarget(
            name: "fuzz-keys", dependencies: ["LecternFuzzSupport", "LecternCore", "LecternTerminal"],
            path: "Fuzz/Targets/keys", swiftSettings: harness),
        .executableTarget(
            name: "fuzz-search", dependencies: ["LecternFuzzSupport", "LecternCore", "LecternTerminal"],
            path: "Fuzz/Targets/search", swiftSettings: harness),
    ]
}
