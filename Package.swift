// swift-tools-version:6.0
// Frontline: from a written account of a war to per-day maps of who held what.
import PackageDescription

let package = Package(
    name: "Frontline",
    // Linux only (Debian 12 and Ubuntu with Swift 6): the CLI writes through Glibc, and PROJ and GEOS
    // come from apt. SwiftPM has no way to name Linux here, so no platform is listed.
    products: [
        .executable(name: "frontline", targets: ["frontline"]),
        .executable(name: "frontline-video", targets: ["frontline-video"]),
        .library(name: "FrontlineMaps", targets: ["FrontlineMaps"]),
        .library(name: "FrontlineGIS", targets: ["FrontlineGIS"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // C boundaries: one system module per library, each imported by exactly one Swift module.
        .systemLibrary(
            name: "CProj",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]
        ),
        // GDAL's headers and a loader that binds its functions on first use (see include/CGDAL.h), so
        // only runs that write a GIS format pay for loading libgdal. Needs libgdal-dev.
        .target(name: "CGDAL"),
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev", "libcairo2-dev"])]
        ),
        .target(name: "Proj", dependencies: ["CProj"]),
        .target(name: "Geos", dependencies: ["CGEOS"]),
        // GIS formats (GeoPackage, FlatGeobuf, PostGIS) through GDAL/OGR, behind a neutral typed API.
        .target(name: "Gdal", dependencies: ["CGDAL"]),
        // Frames for a shareable animation: SVG rasterised through librsvg and Cairo, then streamed into
        // an `ffmpeg` process one frame at a time.
        .target(name: "Raster", dependencies: ["CRsvg"]),

        // The fat library: one folder per pipeline stage.
        .target(
            name: "FrontlineMaps",
            dependencies: ["Proj", "Geos", .product(name: "Yams", package: "Yams")]
        ),

        // The map's layers for GIS formats through GDAL; separate so `FrontlineMaps` needs no GDAL.
        .target(name: "FrontlineGIS", dependencies: ["FrontlineMaps", "Gdal"]),

        // The thin executable: subcommands, file I/O, diagnostics, exit codes.
        .executableTarget(
            name: "frontline",
            dependencies: [
                "FrontlineMaps",
                "FrontlineGIS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `frontline map --video`'s rasteriser and encoder: a separate program so that librsvg and Cairo
        // (about 50 shared libraries, ~17 ms to load) never slow a run that writes no video.
        .executableTarget(name: "frontline-video", dependencies: ["Raster"]),
        // Benchmarks, run by `make bench` in release mode; never part of the test suite.
        .executableTarget(name: "frontline-bench", dependencies: ["FrontlineMaps", "Proj", "Geos"]),
        // The development-corpus scorer, run by `make eval` (and by CI with the floors in `.ci/`).
        .executableTarget(name: "frontline-eval", dependencies: ["FrontlineMaps"]),

        .testTarget(name: "ProjTests", dependencies: ["Proj"]),
        .testTarget(name: "GeosTests", dependencies: ["Geos"]),
        .testTarget(name: "GdalTests", dependencies: ["Gdal"]),
        .testTarget(name: "RasterTests", dependencies: ["Raster"]),
        .testTarget(
            name: "FrontlineMapsTests",
            dependencies: ["FrontlineMaps"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineMaps"]),
    ]
)
