import Foundation

/// Turns libpq's multi-line connection failure into one line that says what to fix, without
/// repeating a password.
enum ConnectionFailure {
    /// One line: libpq's reason (as GDAL passed it on), then the part of the connection string to change.
    static func explain(_ message: String) -> String {
        var text = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        for noise in ["PQconnectdb failed.", "Is the server running locally and accepting connections on that socket?"]
        {
            text = text.replacingOccurrences(of: noise, with: "")
        }
        text = text.trimmingCharacters(in: .whitespaces)
        let reason = redacted(text.isEmpty ? "the server refused the connection" : clean(text))
        return "\(reason) — \(hint(for: reason))"
    }

    /// The part of the connection string to change, by libpq's wording.
    static func hint(for reason: String) -> String {
        let r = reason.lowercased()
        if r.contains("database") && r.contains("does not exist") {
            return "fix the database name (dbname=…, or the path after the host in a postgresql:// URI) or create it"
        }
        if r.contains("password") || (r.contains("role") && r.contains("does not exist"))
            || r.contains("authentication")
        {
            return "fix the user or password (user=…, password=…, or ~/.pgpass)"
        }
        if r.contains("no such file or directory") || r.contains("connection refused")
            || r.contains("could not translate host name")
            || r.contains("timeout") || r.contains("timed out") || r.contains("network is unreachable")
            || r.contains("no route to host")
        {
            return "fix the host, port or socket directory (host=…, port=…), or start the server"
        }
        if r.contains("invalid") || r.contains("missing") || r.contains("unterminated") || r.contains("end of string")
            || r.contains("unexpected") || r.contains("uri")
        {
            return
                "fix the connection string's syntax: postgresql://user@host:port/dbname or 'host=… port=… dbname=… user=…'"
        }
        return "check the connection string (host, port, dbname, user)"
    }

    /// Drops libpq's severity prefix and the parameter GDAL appends to URIs.
    private static func clean(_ line: String) -> String {
        var text = line.replacingOccurrences(of: "FATAL:  ", with: "").replacingOccurrences(of: "FATAL: ", with: "")
        for suffix in ["?application_name=GDAL", "&application_name=GDAL"] {  // GDAL adds it to URIs
            while let range = text.range(of: suffix) {
                let tail = text[range.upperBound...]
                let stop = tail.firstIndex { $0 == "\"" || $0 == "&" || $0 == " " } ?? tail.endIndex
                text.removeSubrange(range.lowerBound..<stop)
            }
        }
        return text
    }

    /// Masks passwords: `password=…` pairs and the `user:secret@` part of a URI.
    static func redacted(_ text: String) -> String {
        var out = text.replacing(#/(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&"]+)/#) { "\($0.1)***" }
        out = out.replacing(#/(postgres(?:ql)?://[^:/@\s"]*):[^@\s"]*@/#) { "\($0.1):***@" }
        return out
    }
}
