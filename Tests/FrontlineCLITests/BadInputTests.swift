import Foundation
import Testing

/// The README's table of bad inputs: each gets a clear message naming file:line:col (or a warning),
/// no crash, and nothing half-written. Every row here is a row of that table.
@Suite("Bad input, row by row", .serialized)
struct BadInputTests {
    /// A small valid article, so each row changes one thing.
    static let header = """
        ---
        title: Test war
        infoboxes:
          - date:
              text: March 2013
            place:
              text: Hama Governorate, Syria
            combatant1:
              text: Free Syrian Army
            combatant2:
              text: Syrian Government
        ---

        """

    enum Expect {
        /// Exit 1, stderr has `file:line:col: error:` and these words; the output folder is not created.
        case error(line: Int, column: Int, words: String)
        /// Exit 0 with this warning (located) on stderr.
        case warning(line: Int, words: String)
        /// Exit 0, quietly.
        case success
        /// Exit 1, stderr has `error:` and these words (an option's fault: no file position); no output folder.
        case failure(words: String)
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var bytes: @Sendable () -> Data
        var arguments: @Sendable (_ file: String) -> [String]
        var expect: Expect
        var testDescription: String { name }
    }

    static func article(_ body: String) -> Data { Data((header + body).utf8) }
    static func map(_ file: String) -> [String] { ["map", CLI.seed.path, "--ledger", file] }
    static let ledgerHeader =
        "event_id,event_date,date_precision,date_earliest,date_latest,event_type,sub_event_type,side,actor,place_name,place_id,latitude,longitude,geo_precision,fatalities_low,fatalities_best,fatalities_high,certainty,source_sentence,source_section,source_offset\n"
    static func ledgerRow(_ id: String, _ date: String, _ type: String, _ side: String, actor: String = "rebels")
        -> String
    {
        "\(id),\(date),day,\(date),\(date),\(type),,\(side),\(actor),Kafr Zita,168536,35.373,36.601,locality,,,,stated,x,s,0\n"
    }

    static let rows: [Row] = [
        Row(
            name: "empty file", file: "a.md", bytes: { Data() }, arguments: { ["map", $0] },
            expect: .error(line: 1, column: 1, words: "empty")),
        Row(
            name: "binary file", file: "a.md", bytes: { Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]) },
            arguments: { ["map", $0] },
            expect: .error(line: 1, column: 5, words: "binary")),
        Row(
            name: "invalid UTF-8", file: "a.md",
            bytes: { article("On 2 March 2013 caf") + Data([0xE9]) + Data(" x.\n".utf8) }, arguments: { ["map", $0] },
            expect: .error(line: 13, column: 20, words: "UTF-8")),
        Row(
            name: "front matter without its closing ---", file: "a.md",
            bytes: { Data("---\ntitle: x\n\nOn 2 March 2013 x.\n".utf8) },
            arguments: { ["map", $0] }, expect: .error(line: 1, column: 1, words: "never closed")),
        Row(
            name: "YAML alias bomb", file: "a.md",
            bytes: {
                var y = "---\ntitle: X\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                for i in 1...9 {
                    y += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
                }
                return Data((y + "---\nOn 2 March 2013 x.\n").utf8)
            }, arguments: { ["map", $0] }, expect: .error(line: 3, column: 16, words: "aliases")),
        Row(
            name: "50 MB article", file: "a.md",
            bytes: { article("On 2 March 2013, rebels captured Kafr Zita.\n") + Data(count: 50 * 1024 * 1024) },
            arguments: { ["map", $0] }, expect: .error(line: 1, column: 1, words: "MB")),
        Row(
            name: "1 MB sentence", file: "a.md",
            bytes: {
                article(
                    "On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita) "
                        + String(repeating: "and fought on ", count: 75_000) + "until dawn.\n")
            }, arguments: { ["map", $0] }, expect: .success),
        Row(
            name: "impossible date in the text (31 February)", file: "a.md",
            bytes: {
                article(
                    "On 31 February 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n\nOn 3 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n"
                )
            }, arguments: { ["map", $0] }, expect: .warning(line: 13, words: "no such day")),
        Row(
            name: "impossible date in a ledger (month 13)", file: "l.csv",
            bytes: { Data((ledgerHeader + ledgerRow("E1", "2013-13-02", "capture", "combatant1")).utf8) },
            arguments: map, expect: .error(line: 2, column: 4, words: "not a calendar day")),
        Row(
            name: "events out of order", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E2", "2013-03-09", "recapture", "combatant2")
                        + ledgerRow("E1", "2013-03-02", "capture", "combatant1")).utf8)
            }, arguments: map, expect: .success),
        Row(
            name: "two contradicting events on one day", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E1", "2013-03-02", "capture", "combatant1")
                        + ledgerRow("E2", "2013-03-02", "capture", "combatant2")).utf8)
            }, arguments: map, expect: .warning(line: 3, words: "contradict")),
        Row(
            name: "an unknown place", file: "a.md",
            bytes: {
                article(
                    "On 2 March 2013, rebels captured [Qaryat Zzyzx](./Qaryat_Zzyzx) and [Kafr Zita](./Kafr_Zita).\n")
            },
            arguments: { ["map", $0] }, expect: .warning(line: 13, words: "not in the gazetteer")),
        Row(
            name: "ledger with missing columns", file: "l.csv",
            bytes: { Data("event_id,event_date\nE1,2013-03-02\n".utf8) },
            arguments: map, expect: .error(line: 1, column: 1, words: "lacks column")),
        Row(
            name: "ledger with bad quoting", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + "E1,2013-03-02,day,2013-03-02,2013-03-02,capture,,combatant1,\"rebels,Kafr Zita\n")
                        .utf8)
            },
            arguments: map, expect: .error(line: 2, column: 61, words: "never closed")),
        Row(
            name: "ledger cell like =HYPERLINK(…)", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader
                        + ledgerRow(
                            "E1", "2013-03-02", "capture", "combatant1",
                            actor: "\"=HYPERLINK(\"\"http://example.invalid\"\")\"")).utf8)
            }, arguments: map, expect: .success),
        Row(
            name: "gazetteer row with latitude 200", file: "g.tsv",
            bytes: {
                Data(
                    "id\tgeonameid\twof_id\tname\tlat\tlon\tcoord_source\tgovernorate\tdistrict\tfeature_class\tfeature_code\tpopulation\twikipedia\tnames\nx1\t\t\tTestville\t200\t36.5\tgeonames\tHama\t\tP\tPPL\t0\t\tTestville\n"
                        .utf8)
            }, arguments: { ["resolve", "Testville", "--gazetteer", $0] },
            expect: .error(line: 2, column: 16, words: "latitude")),
        Row(
            name: "gazetteer row with a non-number", file: "g.tsv",
            bytes: {
                Data(
                    "id\tgeonameid\twof_id\tname\tlat\tlon\tcoord_source\tgovernorate\tdistrict\tfeature_class\tfeature_code\tpopulation\twikipedia\tnames\nx1\t\t\tTestville\t35.1\tabc\tgeonames\tHama\t\tP\tPPL\t0\t\tTestville\n"
                        .utf8)
            }, arguments: { ["resolve", "Testville", "--gazetteer", $0] },
            expect: .error(line: 2, column: 21, words: "longitude")),
        Row(
            name: "YAML nested 5,000 levels deep in the front matter", file: "a.md",
            bytes: {
                Data(
                    ("---\ntitle: X\nx: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
                        + "\n---\nOn 2 March 2013 x.\n").utf8)
            }, arguments: { ["map", $0] }, expect: .error(line: 3, column: 66, words: "nests deeper than 64 levels")),
        Row(
            name: "YAML nested 5,000 levels deep in a --lexicon file", file: "l.yaml",
            bytes: {
                Data(
                    ("verbs: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n").utf8)
            }, arguments: { ["events", CLI.seed.path, "--lexicon", $0] },
            expect: .error(line: 1, column: 70, words: "nests deeper than 64 levels")),
        Row(
            name: "a UTF-8 byte order mark", file: "a.md",
            bytes: {
                Data([0xEF, 0xBB, 0xBF]) + article("On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n")
            },
            arguments: { ["map", $0] }, expect: .success),
        Row(
            name: "an indented --- inside a YAML block scalar", file: "a.md",
            bytes: {
                Data(
                    header.replacingOccurrences(
                        of: "title: Test war\n", with: "title: Test war\ndescription: |\n  one\n  ---\n  two\n"
                    ).utf8)
                    + Data("On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n".utf8)
            }, arguments: { ["map", $0] }, expect: .success),
        Row(
            name: "a 3,000-character link", file: "a.md",
            bytes: {
                article(
                    "On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita) and ["
                        + (0..<3000).map { i in String("abcdefghij".randomElement()!) }.joined() + "](./X).\n")
            }, arguments: { ["map", $0] }, expect: .success),
        Row(
            name: "a ledger date typo (2103 for 2013) stretching the war to 90 years", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E1", "2013-03-02", "capture", "combatant1")
                        + ledgerRow("E2", "2013-03-05", "recapture", "combatant2")
                        + ledgerRow("E3", "2103-03-09", "capture", "combatant1")).utf8)
            }, arguments: map,
            expect: .error(line: 4, column: 1, words: "stretched by E3 on 2103-03-09: more than the 7305 days")),
        Row(
            name: "a ledger with one event_id on two rows", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E1", "2013-03-02", "capture", "combatant1")
                        + ledgerRow("E1", "2013-03-05", "recapture", "combatant2")).utf8)
            }, arguments: map, expect: .error(line: 3, column: 1, words: "event_id 'E1' is also on line 2")),
        Row(
            name: "a ledger row without event_id", file: "l.csv",
            bytes: { Data((ledgerHeader + ledgerRow("", "2013-03-02", "capture", "combatant1")).utf8) },
            arguments: map, expect: .error(line: 2, column: 1, words: "event_id is empty")),
        Row(
            name: "a ledger with negative fatalities", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader
                        + ledgerRow("E1", "2013-03-02", "capture", "combatant1").replacingOccurrences(
                            of: ",locality,,", with: ",locality,-5,")).utf8)
            }, arguments: map, expect: .error(line: 2, column: 108, words: "a negative count")),
        Row(
            name: "--crs EPSG:4326 (degrees)", file: "a.md",
            bytes: { article("On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n") },
            arguments: { ["map", $0, "--crs", "EPSG:4326"] },
            expect: .failure(words: "is a geographic CRS (degrees), not a projected CRS")),
        Row(
            name: "--crs EPSG:4978 (geocentric)", file: "a.md",
            bytes: { article("On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n") },
            arguments: { ["map", $0, "--crs", "EPSG:4978"] },
            expect: .failure(words: "is a geocentric CRS, not a projected CRS")),
        Row(
            name: "--crs EPSG:2227 (US survey feet)", file: "a.md",
            bytes: { article("On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n") },
            arguments: { ["map", $0, "--crs", "EPSG:2227"] },
            expect: .failure(words: "measures in US survey foot, not metres")),
        Row(
            name: "infobox combatant0 (events would write a ledger map --ledger refuses)", file: "a.md",
            bytes: {
                Data(header.replacingOccurrences(of: "combatant1:", with: "combatant0:").utf8)
                    + Data("On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).\n".utf8)
            }, arguments: { ["events", $0] }, expect: .error(line: 8, column: 5, words: "sides are numbered from 1")),
        Row(
            name: "a relative date rolling past 9999-12-31", file: "a.md",
            bytes: {
                // (An infobox of that year: events a decade from the infobox's dates are background, left out.)
                Data(
                    String(
                        decoding: article(
                            "On 31 December 9999, rebels captured [Kafr Zita](./Kafr_Zita). The next day, the army recaptured [Kafr Zita](./Kafr_Zita).\n"
                        ), as: UTF8.self
                    )
                    .replacingOccurrences(of: "text: March 2013", with: "text: December 9999").utf8)
            }, arguments: { ["events", $0] },
            expect: .error(line: 13, column: 64, words: "dates an event to 10000-01-01, outside the years 0000–9999")),
        Row(
            name: "a ledger side the infobox does not name (combatant7)", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E1", "2013-03-02", "capture", "combatant1")
                        + ledgerRow("E2", "2013-03-05", "capture", "combatant7")).utf8)
            }, arguments: map,
            expect: .error(
                line: 3, column: 50,
                words: "the article's infobox names no combatant7 (it names combatant1, combatant2)")),
        Row(
            name: "an unknown place_id without coordinates", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E1", "2013-03-02", "capture", "combatant1")
                        + ledgerRow("E2", "2013-03-05", "capture", "combatant2").replacingOccurrences(
                            of: "168536,35.373,36.601", with: "999999999,,")).utf8)
            }, arguments: map,
            expect: .warning(
                line: 3,
                words:
                    "place_id '999999999' of E2 ('Kafr Zita') is not in the gazetteer and the row has no latitude/longitude"
            )),
        Row(
            name: "a terminal escape sequence in a place name", file: "a.md",
            bytes: {
                article(
                    "On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita) and [Qaryat\u{1B}[31m Zzyzx\u{1B}]0;pwned\u{07}](./X).\n"
                )
            }, arguments: { ["map", $0] },
            expect: .warning(line: 13, words: "'Qaryat\\u{1B}[31m Zzyzx\\u{1B}]0;pwned\\u{7}' is not in the gazetteer")),
        Row(
            name: "a place whose cell PROJ cannot project (--crs EPSG:2100, a place at 0°N 170°W)", file: "l.csv",
            bytes: {
                Data(
                    (ledgerHeader + ledgerRow("E1", "2013-03-02", "capture", "combatant1")
                        + ledgerRow("E2", "2013-03-05", "capture", "combatant2").replacingOccurrences(
                            of: "168536,35.373,36.601", with: "X1,0,-170")).utf8)
            }, arguments: { map($0) + ["--crs", "EPSG:2100"] },
            expect: .failure(words: "cannot be projected to EPSG:2100")),
    ]

    @Test("each bad input gets its message, and nothing is half-written", arguments: rows)
    func row(_ row: Row) throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent(row.file)
        try row.bytes().write(to: input)
        let out = dir.appendingPathComponent("out")
        var arguments = row.arguments(input.path)
        if arguments.first == "map" { arguments += ["--out", out.path] }
        let r = try CLI.run(arguments)
        // Whatever the input held, no raw control character (an escape sequence) reaches the terminal.
        #expect(
            !r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" },
            "\(row.name): raw control character on stderr")
        #expect(r.status == 0 || r.status == 1, "\(row.name): crashed with status \(r.status): \(r.stderr.suffix(500))")
        switch row.expect {
        case let .error(line, column, words):
            #expect(r.status == 1, "\(row.name): \(r.stderr.prefix(400))")
            #expect(
                r.stderr.contains("\(input.path):\(line):\(column): error:"), "\(row.name): \(r.stderr.prefix(400))")
            #expect(r.stderr.contains(words), "\(row.name): \(r.stderr.prefix(400))")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(row.name): output written despite the error")
        case let .warning(line, words):
            #expect(r.status == 0, "\(row.name): \(r.stderr.prefix(400))")
            let warning = r.stderr.split(separator: "\n").first { $0.contains(": warning:") && $0.contains(words) }
            #expect(warning?.contains(":\(line):") == true, "\(row.name): \(r.stderr.prefix(600))")
        case let .failure(words):
            #expect(r.status == 1, "\(row.name): \(r.stderr.prefix(400))")
            #expect(r.stderr.contains("error:") && r.stderr.contains(words), "\(row.name): \(r.stderr.prefix(400))")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(row.name): output written despite the error")
        case .success:
            #expect(r.status == 0, "\(row.name): \(r.stderr.prefix(400))")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline-places.geojson").path))
        }
    }

    @Test("a broken boundaries.geojson is an error, not a map silently left unclipped")
    func brokenBoundaries() throws {
        let dir = try CLI.temporaryFolder()
        let data = dir.appendingPathComponent("gazetteer")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("gazetteer"), to: data)
        try Data("{\"type\":".utf8).write(to: data.appendingPathComponent("boundaries.geojson"))
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["map", CLI.seed.path, "--data", data.path, "--out", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("boundaries.geojson") && r.stderr.contains("make gazetteer"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a neutralised cell survives the round trip and never starts a formula in the CSV we write")
    func formulaCells() throws {
        let dir = try CLI.temporaryFolder()
        let article = dir.appendingPathComponent("a.md")
        try Self.article(
            "On 2 March 2013, =HYPERLINK rebels captured [Kafr Zita](./Kafr_Zita).\n\nOn 3 March 2013, the army shelled [Kafr Zita](./Kafr_Zita), killing +5 people.\n"
        ).write(to: article)
        let r = try CLI.run(["events", article.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        for line in r.stdout.split(separator: "\n").dropFirst() {
            for cell in line.split(separator: ",") {
                let c = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                #expect(!(c.first.map { "=+@".contains($0) } ?? false), "formula-like cell \(cell)")
            }
        }
    }
}
