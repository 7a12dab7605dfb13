#!/usr/bin/env python3
"""Rebuild the committed gazetteer (places.tsv, boundaries.geojson) from the shared raw sources.

    python3 gazetteer/build.py [--sources DIR] [--out DIR]

Reads, by default, ../shared/gazetteer-sources/ relative to the repository root (the folder holding
`gazetteer/`), i.e. the Who's On First Syria archive, its flattened TSV and GeoNames cities500 for Syria
(see that folder's SOURCES.md), and writes gazetteer/places.tsv and gazetteer/boundaries.geojson.
Standard library only. The same sources give byte-identical outputs.

Nothing here computes a coordinate of a town: every latitude/longitude written is copied, as a string,
from one source record whose ids are kept on the row, and the row says which field it came from
(`coord_source`). The only derived geometry is the boundary outlines, simplified with the
Douglas-Peucker algorithm at a documented tolerance (SIMPLIFY_TOLERANCE_DEG); their vertices are a
subset of the source vertices, never new points.

Extra spellings that the sources lack are not written here: they live, by hand and with evidence, in
gazetteer/spellings.tsv. This script only checks that every record id named there exists.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tarfile
import urllib.parse
from collections import Counter, defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCES = os.path.normpath(os.path.join(REPO, "..", "shared", "gazetteer-sources"))
WOF_TSV = "whosonfirst-admin-sy-places.tsv"
WOF_ARCHIVE = "whosonfirst-data-admin-sy-2db0f03.tar.gz"
CITIES500 = "geonames-cities500-SY.json"

# GeoNames admin1 (FIPS) codes for Syria and their English names, as listed in SOURCES.md
# (geonames.org admin1CodesASCII.txt, SY.*). These are names of areas, not coordinates.
ADMIN1_NAMES = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqah", "05": "As-Suwayda",
    "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama", "11": "Homs",
    "12": "Idlib", "13": "Damascus", "14": "Tartus",
}

# Outline simplification tolerance in degrees (about 55 m north-south, 45 m east-west at 35°N): far below
# the spacing of villages, so clipping territories to governorates is unaffected, and it keeps the file small.
SIMPLIFY_TOLERANCE_DEG = 0.0005

PLACES_COLUMNS = [
    "id", "geonameid", "wof_id", "name", "lat", "lon", "coord_source", "governorate", "district",
    "feature_class", "feature_code", "population", "wikipedia", "names",
]

LATIN_OR_ARABIC = re.compile(
    r"^[\u0020-\u007E\u00A0-\u024F\u02B0-\u02FF\u0300-\u036F\u1E00-\u1EFF\u2018\u2019\u201C\u201D\u2010-\u2015"
    r"\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]+$"
)


def read_wof_rows(path: str) -> list[dict]:
    """The flattened WOF TSV as dictionaries (no quoting: values never hold tabs)."""
    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def usable_name(name: str) -> bool:
    """Names in Latin or Arabic script only: the scripts articles about Syria are written in."""
    name = name.strip()
    return bool(name) and bool(LATIN_OR_ARABIC.match(name)) and any(ch.isalpha() for ch in name)


def clean(value: str) -> str:
    """A field value safe for a tab-separated, `|`-joined row."""
    return " ".join(value.replace("|", " ").split())


def region_admin1_codes(rows: list[dict]) -> dict[str, str]:
    """WOF region id -> GeoNames admin1 code, by majority vote of the localities that carry both."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if r["placetype"] == "locality" and r["region_id"] and r["gn_admin1_code"] not in ("", "00"):
            votes[r["region_id"]][r["gn_admin1_code"]] += 1
    return {rid: c.most_common(1)[0][0] for rid, c in votes.items()}


def wikipedia_title(page: str) -> str:
    """`Murak%2C_Syria` -> `Murak, Syria` (WOF stores the URL form)."""
    return clean(urllib.parse.unquote(page).replace("_", " "))


def build_places(rows: list[dict], cities: dict) -> tuple[list[list[str]], dict]:
    region_code = region_admin1_codes(rows)
    keep_types = {"country": ("A", "PCLI"), "region": ("A", "ADM1"), "county": ("A", "ADM2")}
    seen_gn: set[str] = set()
    out = []
    stats = Counter()
    # Records sharing a GeoNames id: the current, GeoNames-sourced one keeps the plain id.
    def preference(r):
        return (r["deprecated"] != "" or r["superseded_by"] != "", r["is_current"] == "0", r["src_geom"] != "geonames",
                int(r["wof_id"]))
    ordered = sorted(rows, key=preference)
    for r in ordered:
        ptype = r["placetype"]
        if r["deprecated"] or r["superseded_by"]:
            stats["skipped deprecated"] += 1
            continue
        if ptype == "region" and r["wof_id"] not in region_code:
            stats["skipped region without governorate"] += 1  # the UNDOF zone
            continue
        gn = r["geonameid"]
        city = cities.get(gn) if gn else None
        # Rule (areas): a country, governorate or district is placed at its WOF representative point
        # (`geom:latitude/longitude`, the polygon centroid), the point SOURCES.md recommends and the one
        # annotators of the development corpus use for an area; its label point is only a drawing aid.
        # A locality takes GeoNames first, then cities500, then the WOF point.
        if ptype in keep_types:
            lat, lon, src = r["lat"], r["lon"], "wof"
        elif r["gn_lat"] and r["gn_lon"]:
            lat, lon, src = r["gn_lat"], r["gn_lon"], "geonames"
        elif city is not None:
            lat, lon, src = repr(city["latitude"]), repr(city["longitude"]), "cities500"
        else:
            lat, lon, src = r["lat"], r["lon"], "wof"
        if ptype == "country":
            code = ""
        elif ptype == "region":
            code = region_code[r["wof_id"]]
        elif r["gn_admin1_code"] not in ("", "00"):
            code = r["gn_admin1_code"]
        else:
            code = region_code.get(r["region_id"], "")
        if not code and city is not None:
            code = city["admin1code"]
        governorate = ADMIN1_NAMES.get(code, "")
        district = clean(r["county_name"]) if ptype not in ("region", "country") else ""
        if ptype == "county":
            district = clean(r["name"])
        fclass, fcode = keep_types.get(ptype, (r["gn_feature_class"], r["gn_feature_code"]))
        if ptype not in keep_types and not fclass:
            fclass, fcode = ("P", "") if ptype == "locality" else ("", "")
        population = r["gn_population"] or r["wof_population"] or (str(city["population"]) if city else "") or "0"
        population = str(int(float(population)))
        ident = gn if gn and gn not in seen_gn and ptype not in keep_types else f"wof:{r['wof_id']}"
        if gn and ptype not in keep_types:
            seen_gn.add(gn)
        names = []
        # Rule (country): the country is known by its preferred English and Arabic names only. Its other
        # names hold ISO codes ("SY"), the demonym ("Syrian") and the old regional name ("Ash Shām"),
        # which English articles use for armies, people and groups ("Syrian Army", "Ahrar al-Sham").
        all_names = [] if ptype == "country" else r["all_names"].split("|")
        for n in [r["name_eng"], r["name"], r["gn_name"], r["name_ara"], *all_names]:
            n = clean(n)
            if usable_name(n) and n not in names:
                names.append(n)
        if city is not None:
            for n in [city["name"], *city["alternatenames"]]:
                n = clean(n)
                if usable_name(n) and n not in names:
                    names.append(n)
                    stats["names added from cities500"] += 1
        if ptype == "country":
            display = clean(r["name_eng"]) or clean(r["name"])
        elif ptype == "region":
            display = governorate
        elif ptype == "county":
            display = district
        else:
            display = clean(r["name_eng"]) or clean(r["gn_name"]) or clean(r["name"])
        if not usable_name(display):
            display = names[0] if names else clean(r["name"])
        out.append([ident, gn, r["wof_id"], display, lat, lon, src, governorate, district, fclass, fcode,
                    population, wikipedia_title(r["wikipedia_page"]) if r["wikipedia_page"] else "", "|".join(names)])
        stats[f"{ptype} rows"] += 1
        stats[f"coordinates from {src}"] += 1
    # cities500 records that WOF lacks: GeoNames rows in their own right.
    for gid, city in sorted(cities.items(), key=lambda kv: int(kv[0])):
        if gid in seen_gn or any(row[1] == gid for row in out):
            continue
        names = []
        for n in [city["name"], *city["alternatenames"]]:
            n = clean(n)
            if usable_name(n) and n not in names:
                names.append(n)
        out.append([gid, gid, "", clean(city["name"]), repr(city["latitude"]), repr(city["longitude"]), "cities500",
                    ADMIN1_NAMES.get(city["admin1code"], ""), "", "P", "", str(city["population"]), "", "|".join(names)])
        stats["rows from cities500 only"] += 1
    out.sort(key=lambda row: (row[9] != "A", row[10], int(row[2]) if row[2] else 0, int(row[1]) if row[1] else 0))
    return out, stats


def simplify(points: list, tol: float) -> list:
    """Douglas-Peucker on one closed ring; keeps a subset of the source vertices (at least 4)."""
    if len(points) <= 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, index = d, i
        if index >= 0 and best > tol:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    ring = [p for p, k in zip(points, keep) if k]
    if len(ring) < 4:  # a tiny ring: keep it as it was rather than collapse it
        return points
    return ring


def polygons_of(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def build_boundaries(archive: str, rows: list[dict]) -> tuple[dict, Counter]:
    region_code = region_admin1_codes(rows)
    by_id = {r["wof_id"]: r for r in rows}
    features = []
    stats = Counter()
    with tarfile.open(archive, "r:gz") as tar:
        members = sorted((m for m in tar.getmembers() if m.isfile() and m.name.endswith(".geojson")
                          and "-alt-" not in m.name), key=lambda m: m.name)
        for m in members:
            wof_id = os.path.basename(m.name)[: -len(".geojson")]
            row = by_id.get(wof_id)
            if row is None or row["placetype"] not in ("region", "county") or row["deprecated"] or row["superseded_by"]:
                continue
            if row["placetype"] == "region" and wof_id not in region_code:
                continue
            feature = json.load(tar.extractfile(m))
            polys = []
            for poly in polygons_of(feature["geometry"]):
                rings = [simplify([tuple(p[:2]) for p in ring], SIMPLIFY_TOLERANCE_DEG) for ring in poly]
                polys.append([[[round(x, 6), round(y, 6)] for x, y in ring] for ring in rings])
                stats["vertices in"] += sum(len(r) for r in poly)
                stats["vertices out"] += sum(len(r) for r in rings)
            if not polys:
                continue
            level = "governorate" if row["placetype"] == "region" else "district"
            code = region_code[wof_id] if level == "governorate" else region_code.get(row["region_id"], "")
            name = ADMIN1_NAMES[code] if level == "governorate" else clean(row["name"])
            props = {"id": f"wof:{wof_id}", "wof_id": int(wof_id), "name": name, "level": level,
                     "governorate": ADMIN1_NAMES.get(code, ""), "wof_name": clean(row["name"]),
                     "src_geom": feature["properties"].get("src:geom", "")}
            geometry = {"type": "MultiPolygon", "coordinates": polys}
            features.append({"type": "Feature", "properties": props, "geometry": geometry})
            stats[f"{level} outlines"] += 1
    features.sort(key=lambda f: (f["properties"]["level"] != "governorate", f["properties"]["wof_id"]))
    collection = {
        "type": "FeatureCollection",
        "attribution": "Place data © Who's On First (CC0), incorporating GeoNames data (geonames.org, CC BY 4.0) "
                       "and foursquare Quattroshapes (CC BY).",
        "simplification": f"Douglas-Peucker, tolerance {SIMPLIFY_TOLERANCE_DEG} degrees, source vertices only",
        "features": features,
    }
    return collection, stats


def check_spellings(path: str, ids: set[str]) -> int:
    """Every extra spelling must name an existing record and give evidence; returns the row count."""
    if not os.path.exists(path):
        return 0
    count = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or number == 1 and line.startswith("record_id"):
                continue
            fields = line.split("\t")
            if len(fields) != 3 or not all(x.strip() for x in fields):
                sys.exit(f"{path}:{number}:1: error: expected record_id<TAB>spelling<TAB>evidence")
            if fields[0] not in ids:
                sys.exit(f"{path}:{number}:1: error: no record with id {fields[0]} in places.tsv")
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", default=DEFAULT_SOURCES, help="raw sources folder (default: %(default)s)")
    ap.add_argument("--out", default=os.path.join(REPO, "gazetteer"), help="output folder (default: %(default)s)")
    args = ap.parse_args()
    rows = read_wof_rows(os.path.join(args.sources, WOF_TSV))
    with open(os.path.join(args.sources, CITIES500), encoding="utf-8") as f:
        cities = json.load(f)
    places, stats = build_places(rows, cities)
    buffer = io.StringIO()
    buffer.write("\t".join(PLACES_COLUMNS) + "\n")
    for row in places:
        assert all("\t" not in v and "\n" not in v for v in row), row
        buffer.write("\t".join(row) + "\n")
    with open(os.path.join(args.out, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buffer.getvalue())
    boundaries, bstats = build_boundaries(os.path.join(args.sources, WOF_ARCHIVE), rows)
    with open(os.path.join(args.out, "boundaries.geojson"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(boundaries, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    spellings = check_spellings(os.path.join(args.out, "spellings.tsv"), {row[0] for row in places})
    for key, value in sorted((stats + bstats).items()):
        print(f"{key}: {value}", file=sys.stderr)
    print(f"places.tsv: {len(places)} rows; boundaries.geojson: {len(boundaries['features'])} outlines; "
          f"spellings.tsv: {spellings} extra spellings checked", file=sys.stderr)


if __name__ == "__main__":
    main()
