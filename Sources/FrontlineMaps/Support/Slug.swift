import Foundation

/// File names derived from text a user does not control (article titles, page names).
public enum Slug {
    /// A safe single path component: letters, digits, `-`, `_` and `.` kept (non-ASCII letters too),
    /// everything else becomes `_`; leading dots are dropped so `../../etc` cannot climb out of a
    /// folder or hide a file. Never empty.
    public static func make(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == "." {
                out.unicodeScalars.append(c)
            } else {
                out += "_"
            }
        }
        while out.hasPrefix(".") { out.removeFirst() }
        while out.contains("..") { out = out.replacingOccurrences(of: "..", with: "_") }
        if out.count > 120 { out = String(out.prefix(120)) }
        return out.isEmpty ? "article" : out
    }
}
