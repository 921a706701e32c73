import Foundation

/// The sample document bundled with Lectern (Resources/cadre-review-speeches.txt): what `lectern` opens when
/// given no file.
public enum BundledSample {
    public static let fileName = "cadre-review-speeches.txt"

    public static var path: String? {
        Bundle.module.url(forResource: "cadre-review-speeches", withExtension: "txt")?.path
    }
}
