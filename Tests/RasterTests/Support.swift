import Foundation

@testable import Raster

/// A command-line tool run to completion: exit status and both streams, as bytes.
struct ToolRun {
    let status: Int32
    let output: Data
    let errors: String

    var text: String { String(decoding: output, as: UTF8.self) }
}

enum Tool {
    /// The absolute path of `name` on PATH, or `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs `name` with `arguments`; the caller has checked that it exists.
    static func run(_ name: String, _ arguments: [String]) throws -> ToolRun {
        guard let path = find(name) else { throw ToolMissing(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // stderr is drained on another thread while stdout is read here, so neither pipe can fill up.
        let errors = ErrorBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.set(err.fileHandleForReading.readDataToEndOfFile()) }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, output: outData, errors: errors.text)
    }

    static let hasFFmpeg = find("ffmpeg") != nil
    static let hasFFprobe = find("ffprobe") != nil && find("ffmpeg") != nil
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
}

struct ToolMissing: Error {
    let name: String
}

/// A fresh temporary folder, removed by `remove()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("raster-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// An executable shell script named `name` that stands in for ffmpeg.
    func script(_ name: String, _ body: String) throws -> URL {
        let url = file(name)
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}

/// Ten clearly different colours, far apart in every channel pair, that survive 4:2:0 encoding.
let testColours: [RGBColour] = [
    RGBColour(red: 220, green: 30, blue: 30), RGBColour(red: 30, green: 200, blue: 40),
    RGBColour(red: 30, green: 60, blue: 220),
    RGBColour(red: 240, green: 220, blue: 40), RGBColour(red: 200, green: 40, blue: 200),
    RGBColour(red: 40, green: 200, blue: 210),
    RGBColour(red: 250, green: 250, blue: 250), RGBColour(red: 20, green: 20, blue: 20),
    RGBColour(red: 240, green: 140, blue: 20),
    RGBColour(red: 120, green: 120, blue: 120),
]
