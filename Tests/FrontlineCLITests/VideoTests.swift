import Foundation
import Testing

/// `frontline map --video`, on the built binaries (`frontline` and its `frontline-video` helper beside
/// it) with the real ffmpeg and ffprobe: the video says what the maps say, and a failure leaves
/// nothing behind.
@Suite("frontline map --video, the built binaries", .serialized)
struct VideoTests {
    static let helper = CLI.binary.deletingLastPathComponent().appendingPathComponent("frontline-video")
    static func onPath(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }
    static let ready =
        FileManager.default.isExecutableFile(atPath: helper.path) && onPath("ffmpeg") && onPath("ffprobe")
    static let skip =
        "needs ffmpeg and ffprobe (apt-get install ffmpeg) and the helper (swift build --product frontline-video)"

    /// Runs `tool` with `arguments` and an optional `PATH`.
    static func run(_ tool: URL, _ arguments: [String], path: String? = nil) throws -> CLI.Output {
        try CLI.run(tool: tool, arguments, environment: path.map { ["PATH": $0] } ?? [:])
    }

    /// ffmpeg and ffprobe are run through `env`, found on `PATH` as a user's shell would.
    static let env = URL(fileURLWithPath: "/usr/bin/env")

    /// ffmpeg's fill of a territory: the side's colour at 55 % over the map's paper (#F4F1EA).
    static func blended(_ r: Int, _ g: Int, _ b: Int) -> (Int, Int, Int) {
        func mix(_ c: Int, _ paper: Int) -> Int { Int((0.55 * Double(c) + 0.45 * Double(paper)).rounded()) }
        return (mix(r, 0xF4), mix(g, 0xF1), mix(b, 0xEA))
    }

    @Test(
        "an MP4 with one frame per day at the chosen rate; a frame shows both sides' land",
        .enabled(if: ready, "\(skip)"))
    func mp4() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let video = folder.appendingPathComponent("hama.mp4"), out = folder.appendingPathComponent("out")
        let r = try CLI.run([
            "map", CLI.seed.path, "--out", out.path, "--video", video.path, "--video-fps", "5", "--video-width", "640",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let days = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("days").path).count
        let probe = try Self.run(
            Self.env,
            [
                "ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=nb_read_frames,r_frame_rate,width,height", "-of", "csv=p=0", video.path,
            ])
        let fields = probe.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",")
        #expect(
            fields.count == 4 && fields[0] == "640" && fields[2] == "5/1" && fields[3] == "\(days)",
            "ffprobe says \(fields)")
        let height = Int(fields.count == 4 ? fields[1] : "0") ?? 0
        // Day 6 (2012-12-21): both sides hold land.
        let raw = try Self.run(
            Self.env,
            [
                "ffmpeg", "-v", "error", "-i", video.path, "-vf", "select=eq(n\\,5)", "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
            ]
        ).stdoutData
        #expect(raw.count == 640 * height * 3)
        for (name, fill) in [
            ("combatant1 #D55E00", Self.blended(0xD5, 0x5E, 0x00)),
            ("combatant2 #0072B2", Self.blended(0x00, 0x72, 0xB2)),
        ] {
            var near = 0
            for i in stride(from: 0, to: raw.count - 2, by: 3) {
                let d = abs(Int(raw[i]) - fill.0) + abs(Int(raw[i + 1]) - fill.1) + abs(Int(raw[i + 2]) - fill.2)
                if d < 30 { near += 1 }
            }
            #expect(near > raw.count / 3 / 50, "\(name): only \(near) pixels of its land colour \(fill)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["hama.mp4", "out"],
            "no hidden file left beside the video")
    }

    @Test(
        "no ffmpeg: a clear error before any work, nothing written",
        .enabled(if: FileManager.default.isExecutableFile(atPath: helper.path), "needs the helper"))
    func ffmpegMissing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), video = folder.appendingPathComponent("war.mp4")
        let r = try Self.run(
            CLI.binary, ["map", CLI.seed.path, "--out", out.path, "--video", video.path], path: folder.path)
        #expect(r.status != 0)
        #expect(r.stderr.contains("ffmpeg") && r.stderr.contains("apt-get install ffmpeg"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")
    }

    @Test(
        "ffmpeg failing mid-way leaves the output folder and the old video as they were", .enabled(if: ready, "\(skip)")
    )
    func encoderFails() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), video = folder.appendingPathComponent("war.mp4")
        #expect(try CLI.run(["map", CLI.seed.path, "--out", out.path, "--radius", "9000"]).status == 0)
        try Data("old video".utf8).write(to: video)
        let before = CLI.tree(folder)
        // An ffmpeg that reads a little and dies.
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fake = bin.appendingPathComponent("ffmpeg")
        try Data("#!/bin/sh\nhead -c 100000 >/dev/null\necho 'fake ffmpeg: disk on fire' >&2\nexit 1\n".utf8).write(
            to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let r = try Self.run(
            CLI.binary, ["map", CLI.seed.path, "--out", out.path, "--video", video.path],
            path: bin.path + ":/usr/bin:/bin")
        #expect(r.status != 0)
        #expect(r.stderr.contains("disk on fire"), "the encoder's reason is shown: \(r.stderr)")
        var after = CLI.tree(folder)
        after["bin/ffmpeg"] = nil
        #expect(after == before, "changed: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
    }
}
