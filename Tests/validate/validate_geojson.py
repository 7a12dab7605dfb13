#!/usr/bin/env python3
"""Independent RFC 7946 check of every GeoJSON file given (or found under given folders).

Strict JSON first (no NaN/Infinity, which Python's json accepts by default), then geojson-validator's
structure check (including the forbidden `crs` member) and geometry check (winding, closure, ranges,
self-intersection). Prints one line per problem and exits 1 if there is any, so a Swift test can run it.
"""
import json
import pathlib
import sys

import geojson_validator

geojson_validator.configure_logging(enabled=False)

# Problems that make a file wrong for us. "holes" is allowed (territories may have holes);
# "excessive_vertices" is a size hint, not an error.
PROBLEMATIC = ("inner_and_exterior_ring_intersect", "self_intersection", "duplicate_nodes",
               "excessive_coordinate_precision", "3d_coordinates", "outside_lat_lon_boundaries",
               "crosses_antimeridian")


def reject_constant(name):
    raise ValueError(f"non-standard JSON constant {name}")


def check(path: pathlib.Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text, parse_constant=reject_constant)
    except ValueError as e:
        return [f"{path}: not strict JSON: {e}"]
    problems = []
    structure = geojson_validator.validate_structure(data, check_crs=True)
    for kind, detail in structure.items():
        problems.append(f"{path}: structure: {kind}: {detail}")
    geometries = geojson_validator.validate_geometries(data, criteria_problematic=PROBLEMATIC)
    for group in ("invalid", "problematic"):
        for kind, positions in (geometries.get(group) or {}).items():
            problems.append(f"{path}: {group}: {kind} at features {positions[:10]}")
    return problems


def main(args: list[str]) -> int:
    files = []
    for a in args:
        p = pathlib.Path(a)
        files += sorted(p.rglob("*.geojson")) if p.is_dir() else [p]
    if not files:
        print("no GeoJSON files found", file=sys.stderr)
        return 1
    problems = [line for f in files for line in check(f)]
    for line in problems:
        print(line)
    print(f"checked {len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
