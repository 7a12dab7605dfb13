// GDAL's C API as Swift sees it, with one addition: `frontline_gdal_load`.
//
// The executable does not link libgdal. Loading it and its hundred dependencies costs 100-200 ms of
// dynamic linking and constructors on every start, which every command would pay, including those
// that never write a GIS format. Instead `loader.c` defines each GDAL function this package calls as a
// jump through a pointer that `frontline_gdal_load` fills from `dlopen`, so the cost is paid only by a
// run that asks for GDAL, and can be paid on a background thread while the pipeline works.
#ifndef FRONTLINE_CGDAL_H
#define FRONTLINE_CGDAL_H

#include <stddef.h>
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>
#include <gdal/cpl_error.h>
#include <gdal/cpl_conv.h>
#include <gdal/cpl_string.h>

/// Loads libgdal and points every GDAL function of this package at it. Safe to call once; not
/// thread-safe (the Swift side calls it from one lazily initialised global).
/// Returns 1 on success; 0 with a one-line reason in `message` (NUL-terminated, at most `capacity`
/// bytes) when no libgdal can be loaded or it lacks a function.
int frontline_gdal_load(char *message, size_t capacity);

#endif
