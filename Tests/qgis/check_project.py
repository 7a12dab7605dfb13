#!/usr/bin/python3
"""Opens a Frontline QGIS project in real QGIS (PyQGIS, headless) and checks what a user would see.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 check_project.py MAPS_DIR [--crs EPSG:32637]
           [--frames OUT_DIR] [--frame-days 2012-12-18,2012-12-21,...]

MAPS_DIR holds `<slug>.qgs`, `styles/*.qml`, the timeline files, `events.geojson` and `days/*.geojson`.
Checks, each printed as it passes; any failure makes the exit status 1:
  1. the project loads; every layer is valid, reads its file by relative path, and has as many
     features as the file; layers are in WGS84 and the map CRS is the projected one asked for;
  2. `start`/`end` (timeline layers) and `date` (events) are Date-typed fields;
  3. renderers: towns and territory categorized by `side` with a category for every side in the
     data, fronts and events styled, town labels on; each `.qml` loads onto its layer;
  4. the project's time range is the article's period (first day file to the day after the last)
     in one-day steps, and stepping the temporal controller through every day shows exactly the
     towns, territories, fronts and events of that day's file (same sides, same geometry);
  5. PNG frames of three days render and show coloured territory;
  6. when the run wrote `context/`: a "Context" group under the temporal layers holds the borders,
     governorate names and towns (valid, no time settings, as many features as the files, towns sized
     by population), OpenStreetMap's XYZ tiles are offered switched off, and a frame shows pixels of
     the governorate border's grey that a frame without the context does not.
Run it with the network cut (`unshare -rn`) to prove the project opens and plays offline.
Must run under the system Python that has the `qgis` module, not a virtualenv's.
"""
import argparse
import glob
import json
import math
import os
import sys
import tempfile

from qgis.core import (Qgis, QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsInterval, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsProject, QgsRectangle, QgsSymbolLayer, QgsTemporalNavigationObject, QgsUnitTypes,
                       QgsVectorLayer, QgsVectorLayerTemporalContext, QgsCoordinateTransform)
from qgis.PyQt.QtCore import QDate, QSize, QVariant, Qt
from qgis.PyQt.QtGui import QColor

LAYER_FILES = {
    "territory": "timeline-territory.geojson",
    "fronts": "timeline-fronts.geojson",
    "places": "timeline-places.geojson",
    "events": "events.geojson",
}

CONTEXT_FILES = {
    "context_towns": "context/towns.geojson",
    "context_areas": "context/areas.geojson",
    "context_borders": "context/borders.geojson",
}
OSM_ID = "frontline_osm_tiles"
# The governorate border's grey (`SVGMap.borderStyle(.governorate)`, #8C8C8C).
BORDER_GREY = (140, 140, 140)

failures = []


def check(ok, message):
    print(("ok    " if ok else "FAIL  ") + message)
    if not ok:
        failures.append(message)
    return ok


def strict_json(path):
    """Parses a file, refusing NaN and Infinity, which RFC 8259 does not allow."""
    def bad_constant(name):
        raise ValueError(f"{path}: {name} is not JSON")
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_constant=bad_constant)


def sides_key(value):
    """A front's sides as one text, whatever form OGR gives the array (list or JSON text)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = value.split("|")
    return "|".join(sorted(str(v) for v in (value or [])))


def measure(kind, geometry_size):
    """How much of a thing a day shows: towns and events count once, land by area, fronts by length."""
    return 1.0 if kind in ("place", "event") else geometry_size


def summary(items):
    """(key, amount) pairs summed per key, amounts rounded so file and QGIS sums compare exactly."""
    totals = {}
    for key, amount in items:
        totals[key] = totals.get(key, 0.0) + amount
    return {k: float(f"{v:.7g}") for k, v in sorted(totals.items())}


def file_items(kind, features):
    """(key, amount) for the features of one kind in a parsed day file."""
    from osgeo import ogr
    out = []
    for f in features:
        props = f["properties"]
        if props.get("kind") != kind:
            continue
        size = 0.0
        if kind in ("territory", "front") and f.get("geometry"):
            g = ogr.CreateGeometryFromJson(json.dumps(f["geometry"]))
            size = g.GetArea() if kind == "territory" else g.Length()
        out.append((item_key(kind, props), measure(kind, size)))
    return out


def item_key(kind, props):
    if kind == "place":
        return f"{props.get('place_id')}={props.get('side')}"
    if kind == "territory":
        return str(props.get("side"))
    if kind == "front":
        return sides_key(props.get("sides"))
    return str(props.get("event_id") or props.get("event_type"))


def border_pixels(image):
    """Pixels within a few levels of the governorate border's grey."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - BORDER_GREY[0]) <= 6 and abs(c.green() - BORDER_GREY[1]) <= 6 and abs(c.blue() - BORDER_GREY[2]) <= 6:
                count += 1
    return count


def render(map_settings, path=None):
    job = QgsMapRendererSequentialJob(map_settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if path:
        image.save(path, "PNG")
    return image


def check_context(project, maps, layers, map_settings, navigation, days):
    """6. The context group, its layers and styles, the switched-off tiles, border pixels in a frame."""
    root = project.layerTreeRoot()
    group = root.findGroup("Context")
    if not check(group is not None, "a Context group in the layer tree"):
        return
    top = [child for child in root.children()]
    war_last = max(top.index(root.findLayer("frontline_" + name)) for name in LAYER_FILES)
    check(top.index(group) > war_last, "the Context group lies under the temporal layers")
    for layer_id, file_name in CONTEXT_FILES.items():
        layer = layers.get(layer_id)
        if not check(layer is not None and layer.isValid(), f"{layer_id}: present and valid"):
            continue
        check(group.findLayer(layer.id()) is not None and group.findLayer(layer.id()).isVisible(), f"{layer_id}: in the group, switched on")
        expected = len(strict_json(os.path.join(maps, file_name))["features"])
        check(layer.featureCount() == expected, f"{layer_id}: {layer.featureCount()} features, file has {expected}")
        check(not layer.temporalProperties().isActive(), f"{layer_id}: shown on every day (no time settings)")
    borders = layers.get("context_borders")
    if borders is not None and borders.renderer() is not None:
        values = {c.value() for c in borders.renderer().categories()} if borders.renderer().type() == "categorizedSymbol" else set()
        check({"governorate", "district"} <= values, f"context_borders: styled by level {sorted(values)}")
    towns = layers.get("context_towns")
    if towns is not None and towns.renderer() is not None and towns.renderer().type() == "singleSymbol":
        symbol = towns.renderer().symbol()
        size = symbol.symbolLayer(0).dataDefinedProperties().property(QgsSymbolLayer.PropertySize)
        check(size.isActive() and "population" in size.expressionString(), "context_towns: sized by population")
        check(towns.labelsEnabled(), "context_towns: labelled")
    osm = layers.get("osm_tiles")
    if check(osm is not None, "OpenStreetMap layer offered"):
        check(osm.providerType() == "wms" and "type=xyz" in osm.source() and "openstreetmap.org" in osm.source(),
              f"OpenStreetMap: XYZ tiles ({osm.providerType()})")
        node = root.findLayer(OSM_ID)
        check(node is not None and not node.isVisible(), "OpenStreetMap: switched off by default")
    # Border pixels: a middle frame with the context, the same frame without it.
    war = [layers[i] for i in ("events", "places", "fronts", "territory")]
    context = [layers[i] for i in ("context_towns", "context_areas", "context_borders") if i in layers]
    day = days[len(days) // 2]
    frame_range = navigation.dateTimeRangeForFrameNumber(days.index(day))
    map_settings.setTemporalRange(QgsDateTimeRange(frame_range.begin(), frame_range.end(), True, False))
    map_settings.setLayers(war + context)
    with_context = border_pixels(render(map_settings, CONTEXT_FRAME_PATH[0] if CONTEXT_FRAME_PATH else None))
    map_settings.setLayers(war)
    without = border_pixels(render(map_settings))
    check(with_context >= 300 and with_context > 5 * max(without, 1),
          f"frame {day}: {with_context} pixels of the governorate border grey with the context, {without} without")


CONTEXT_FRAME_PATH = []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("maps")
    parser.add_argument("--crs", help="the projected CRS the project must use, e.g. EPSG:32637")
    parser.add_argument("--frames", help="folder for the PNG frames (default: <tmp>/frontline-frames/<slug>)")
    parser.add_argument("--frame-days", help="comma-separated days to render (default: first, middle, last)")
    parser.add_argument("--expect", action="append", default=[], metavar="DAY:PLACE_ID=SIDE",
                        help="on DAY the temporal controller shows the town PLACE_ID with SIDE (repeatable)")
    args = parser.parse_args()
    maps = os.path.abspath(args.maps)

    projects = sorted(glob.glob(os.path.join(maps, "*.qgs")))
    if not check(len(projects) == 1, f"one project in {maps}: {[os.path.basename(p) for p in projects]}"):
        return
    project_path = projects[0]
    day_files = sorted(glob.glob(os.path.join(maps, "days", "*.geojson")))
    check(len(day_files) > 0, f"{len(day_files)} day files")
    days = [os.path.basename(p)[:-len(".geojson")] for p in day_files]
    data = {layer_id: strict_json(os.path.join(maps, name)) for layer_id, name in LAYER_FILES.items()}
    day_data = {d: strict_json(p) for d, p in zip(days, day_files)}

    project = QgsProject.instance()
    check(project.read(project_path), f"QGIS reads {os.path.basename(project_path)}")
    ids = sorted(layer.id() for layer in project.mapLayers().values())
    has_context = os.path.isdir(os.path.join(maps, "context"))
    expected_ids = ["frontline_" + name for name in LAYER_FILES]
    if has_context:
        expected_ids += ["frontline_" + name for name in CONTEXT_FILES] + [OSM_ID]
    check(ids == sorted(expected_ids), f"layer ids {ids} (stable, as written)")
    layers = {layer.id().removeprefix("frontline_"): layer for layer in project.mapLayers().values()}

    # 1. Layers, sources, counts, CRS.
    project_crs = project.crs()
    check(project_crs.isValid() and not project_crs.isGeographic(), f"project CRS {project_crs.authid()} is projected")
    if args.crs:
        check(project_crs.authid() == args.crs, f"project CRS is {args.crs}")
    for layer_id, file_name in LAYER_FILES.items():
        layer = layers.get(layer_id)
        if not check(layer is not None, f"layer {layer_id} present"):
            continue
        check(layer.isValid(), f"{layer_id}: valid")
        # The layer reads its GeoJSON file, or its table of war.gpkg (the command's default output):
        # either way it must hold the GeoJSON file's features.
        parts = layer.source().split("|")
        source = os.path.abspath(parts[0])
        if source.endswith(".gpkg"):
            check(source == os.path.join(maps, "war.gpkg") and f"layername={layer_id}" in parts[1:],
                  f"{layer_id}: reads table {layer_id} of war.gpkg ({layer.source()})")
        else:
            check(source == os.path.join(maps, file_name), f"{layer_id}: reads {file_name}")
        expected = len(data[layer_id]["features"])
        check(layer.featureCount() == expected, f"{layer_id}: {layer.featureCount()} features, file has {expected}")
        check(layer.crs().authid() == "EPSG:4326", f"{layer_id}: layer CRS {layer.crs().authid()}")
        # 2. Date-typed time fields.
        names = ["date"] if layer_id == "events" else ["start", "end"]
        for name in names:
            index = layer.fields().indexFromName(name)
            typed = index >= 0 and layer.fields().at(index).type() == QVariant.Date
            check(typed, f"{layer_id}: field {name} is Date ({layer.fields().at(index).typeName() if index >= 0 else 'missing'})")
        check(layer.temporalProperties().isActive(), f"{layer_id}: time enabled")
    with open(project_path, encoding="utf-8") as f:
        text = f.read()
    check(("./timeline-territory.geojson" in text or "./war.gpkg|layername=territory" in text) and "<Absolute type=\"bool\">false</Absolute>" in text,
          "project stores relative paths")

    # 3. Styles.
    side_values = {f["properties"]["side"] for name in ("places", "territory") for f in data[name]["features"]}
    for layer_id in ("places", "territory"):
        renderer = layers[layer_id].renderer()
        ok = renderer is not None and renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "side"
        check(ok, f"{layer_id}: categorized by side")
        if ok:
            values = {c.value() for c in renderer.categories()}
            check(side_values <= values, f"{layer_id}: a category for every side in the data {sorted(side_values)}")
    fronts = layers["fronts"].renderer()
    check(fronts is not None and fronts.symbol().width() >= 1.0, "fronts: drawn bold (≥ 1 mm)")
    events = layers["events"].renderer()
    check(events is not None and events.type() == "graduatedSymbol" and "fatalities" in events.classAttribute(),
          "events: sized by fatalities")
    if events is not None and events.type() == "graduatedSymbol":
        sizes = [r.symbol().size() for r in events.ranges()]
        check(sizes == sorted(sizes) and len(set(sizes)) == len(sizes), f"events: sizes grow with the toll {sizes}")
        # Keep every intermediate object alive: ranges() returns copies, and a symbol taken from a
        # temporary copy dangles (PyQGIS then crashes rather than failing).
        ranges = events.ranges()
        symbol = ranges[0].symbol()
        marker = symbol.symbolLayer(0)
        properties = marker.dataDefinedProperties()
        style = properties.property(QgsSymbolLayer.PropertyStrokeStyle)
        check(style.isActive() and "certainty" in style.expressionString(), "events: unconfirmed reports drawn dashed")
    places_renderer = layers["places"].renderer()
    if places_renderer is not None and places_renderer.type() == "categorizedSymbol":
        categories = places_renderer.categories()
        symbol = categories[0].symbol()
        ring = symbol.symbolLayer(0)
        properties = ring.dataDefinedProperties()
        enabled = properties.property(QgsSymbolLayer.PropertyLayerEnabled)
        check(symbol.symbolLayerCount() == 2 and enabled.isActive() and "attacked" in enabled.expressionString(),
              "places: a ring marks towns attacked, besieged or struck")
    check(layers["places"].labelsEnabled() and layers["places"].labeling() is not None, "places: labelled")
    for layer_id, file_name in LAYER_FILES.items():
        qml = os.path.join(maps, "styles", layer_id + ".qml")
        if not check(os.path.exists(qml), f"styles/{layer_id}.qml exists"):
            continue
        bare = QgsVectorLayer(os.path.join(maps, file_name), layer_id + "-bare", "ogr")
        message, loaded = bare.loadNamedStyle(qml)
        check(loaded and bare.renderer().type() == layers[layer_id].renderer().type()
              and bare.temporalProperties().isActive(), f"styles/{layer_id}.qml loads onto the bare file ({message})")
        del bare

    # 4. Time: the range and every day.
    settings = project.timeSettings()
    time_range = settings.temporalRange()
    first = QDate.fromString(days[0], Qt.ISODate)
    after_last = QDate.fromString(days[-1], Qt.ISODate).addDays(1)
    check(time_range.begin().date() == first and time_range.begin().time().hour() == 0,
          f"time range starts {time_range.begin().toString(Qt.ISODate)} (first day file {days[0]})")
    check(time_range.end().date() == after_last, f"time range ends {time_range.end().toString(Qt.ISODate)} (day after {days[-1]})")
    check(settings.timeStep() == 1 and settings.timeStepUnit() == QgsUnitTypes.TemporalDays, "time step is one day")
    mode, _ = project.readNumEntry("TemporalControllerWidget", "/NavigationMode", 0)
    check(mode == QgsTemporalNavigationObject.Animated, f"the temporal controller opens animated (mode {mode}), ready to play")
    navigation = QgsTemporalNavigationObject()
    navigation.setTemporalExtents(time_range)
    navigation.setFrameDuration(QgsInterval(settings.timeStep(), settings.timeStepUnit()))
    check(navigation.totalFrameCount() == len(days), f"{navigation.totalFrameCount()} frames for {len(days)} days")

    kinds = (("places", "place"), ("territory", "territory"), ("fronts", "front"), ("events", "event"))
    day_mismatches = 0
    for i in range(navigation.totalFrameCount()):
        frame_range = navigation.dateTimeRangeForFrameNumber(i)
        day = frame_range.begin().date().toString(Qt.ISODate)
        if day not in day_data:
            check(False, f"frame {i} ({day}) has a day file")
            continue
        for layer_id, kind in kinds:
            layer = layers[layer_id]
            context = QgsVectorLayerTemporalContext()
            context.setLayer(layer)
            expression = layer.temporalProperties().createFilterString(context, frame_range)
            names = layer.fields().names()
            shown = []
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
                props = dict(zip(names, feature.attributes()))
                g = feature.geometry()
                size = g.area() if kind == "territory" else g.length() if kind == "front" else 0.0
                shown.append((item_key(kind, props), measure(kind, size)))
            expected = file_items(kind, day_data[day]["features"])
            if kind in ("territory", "front") and any(amount <= 0 for _, amount in expected):
                check(False, f"{day} {layer_id}: a feature of the day file has no size")
            if summary(shown) != summary(expected):
                day_mismatches += 1
                check(False, f"{day} {layer_id}: QGIS shows {summary(shown)}, the day file has {summary(expected)}")
    for expectation in args.expect:
        day, rest = expectation.split(":", 1)
        place_id, side = rest.split("=", 1)
        if not check(day in days, f"expected day {day} is in the period"):
            continue
        frame_range = navigation.dateTimeRangeForFrameNumber(days.index(day))
        layer = layers["places"]
        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        request = QgsFeatureRequest().setFilterExpression(layer.temporalProperties().createFilterString(context, frame_range))
        sides = [f["side"] for f in layer.getFeatures(request) if str(f["place_id"]) == place_id]
        check(sides == [side], f"on {day} QGIS shows {place_id} as {sides} (expected {side})")
    check(day_mismatches == 0, f"every day of {len(days)}: the features QGIS shows are those of the day file")

    # 5. PNG frames.
    frames_dir = args.frames or os.path.join(tempfile.gettempdir(), "frontline-frames", os.path.basename(maps))
    os.makedirs(frames_dir, exist_ok=True)
    picks = args.frame_days.split(",") if args.frame_days else [days[0], days[len(days) // 2], days[-1]]
    ordered = [layers[i] for i in ("events", "places", "fronts", "territory")]
    map_settings = QgsMapSettings()
    map_settings.setLayers(ordered)
    map_settings.setDestinationCrs(project_crs)
    map_settings.setOutputSize(QSize(1000, 800))
    map_settings.setBackgroundColor(QColor(255, 255, 255))
    extent = project.viewSettings().defaultViewExtent()
    if extent.isEmpty():
        extent = QgsRectangle()
        for layer in ordered:
            transform = QgsCoordinateTransform(layer.crs(), project_crs, project)
            extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    map_settings.setExtent(extent)
    map_settings.setIsTemporal(True)
    CONTEXT_FRAME_PATH.append(os.path.join(frames_dir, "context.png"))
    for day in picks:
        begin = QDate.fromString(day, Qt.ISODate)
        if not check(day in day_data, f"frame day {day} is in the period"):
            continue
        frame_range = navigation.dateTimeRangeForFrameNumber(days.index(day))
        map_settings.setTemporalRange(QgsDateTimeRange(frame_range.begin(), frame_range.end(), True, False))
        job = QgsMapRendererSequentialJob(map_settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        path = os.path.join(frames_dir, f"{day}.png")
        image.save(path, "PNG")
        coloured = 0
        total = 0
        for y in range(0, image.height(), 4):
            for x in range(0, image.width(), 4):
                c = QColor(image.pixel(x, y))
                total += 1
                if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 40:
                    coloured += 1
        check(coloured > total // 20, f"frame {path}: {100 * coloured // max(total, 1)} % coloured pixels")

    if has_context:
        check_context(project, maps, layers, map_settings, navigation, days)

    del layers, ordered
    project.removeAllMapLayers()
    project.clear()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QgsApplication([], False)
    application.initQgis()
    try:
        main()
    except Exception as error:  # a crash is a failure with its reason, not a traceback into CI noise alone
        import traceback
        traceback.print_exc()
        failures.append(f"exception: {error}")
    application.exitQgis()
    print(f"{len(failures)} failure(s)" if failures else "all QGIS checks passed")
    sys.stdout.flush()
    # QGIS can crash while tearing down Qt after exitQgis; the verdict is already printed.
    os._exit(1 if failures else 0)
