// Lazy binding of GDAL: see include/CGDAL.h for why.
//
// Every function listed in GDAL_FUNCTIONS gets a symbol of its own name here: a one-instruction
// trampoline that jumps through `frontline_gdal_pointer_<name>`. The trampolines are hidden, so they
// serve only this executable's own calls; libgdal's internal calls still bind to itself. A function
// Swift calls that is missing from the list fails the link with "undefined symbol", never at run time.
#include "CGDAL.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

// Every GDAL function the Gdal module calls.
#define GDAL_FUNCTIONS(X) \
    X(CPLErrorReset) \
    X(CSLAddString) \
    X(CSLDestroy) \
    X(CPLGetConfigOption) \
    X(CPLGetErrorHandlerUserData) \
    X(CPLGetLastErrorMsg) \
    X(CPLPopErrorHandler) \
    X(CPLPushErrorHandler) \
    X(CPLPushErrorHandlerEx) \
    X(CPLQuietErrorHandler) \
    X(CPLSetConfigOption) \
    X(GDALAllRegister) \
    X(GDALClose) \
    X(GDALCreate) \
    X(GDALDatasetCommitTransaction) \
    X(GDALDatasetCreateLayer) \
    X(GDALDatasetExecuteSQL) \
    X(GDALDatasetReleaseResultSet) \
    X(GDALDatasetRollbackTransaction) \
    X(GDALDatasetStartTransaction) \
    X(GDALGetDriverByName) \
    X(GDALOpenEx) \
    X(GDALVersionInfo) \
    X(OGRGeometryTypeToName) \
    X(OGR_F_Create) \
    X(OGR_F_Destroy) \
    X(OGR_F_GetFieldAsString) \
    X(OGR_F_GetFieldCount) \
    X(OGR_F_IsFieldSetAndNotNull) \
    X(OGR_F_SetFieldDateTime) \
    X(OGR_F_SetFieldDouble) \
    X(OGR_F_SetFieldInteger64) \
    X(OGR_F_SetFieldNull) \
    X(OGR_F_SetFieldString) \
    X(OGR_F_SetGeometry) \
    X(OGR_Fld_Create) \
    X(OGR_Fld_Destroy) \
    X(OGR_Fld_SetSubType) \
    X(OGR_Fld_SetWidth) \
    X(OGR_GT_Flatten) \
    X(OGR_G_CreateFromWkb) \
    X(OGR_G_CreateFromWkt) \
    X(OGR_G_CreateGeometryFromJson) \
    X(OGR_G_DestroyGeometry) \
    X(OGR_G_ExportToWkt) \
    X(OGR_G_ForceTo) \
    X(OGR_G_GetGeometryType) \
    X(OGR_L_CreateFeature) \
    X(OGR_L_CreateField) \
    X(OGR_L_GetLayerDefn) \
    X(OGR_L_GetNextFeature) \
    X(OGR_L_ResetReading) \
    X(OSRImportFromEPSG) \
    X(OSRNewSpatialReference) \
    X(OSRRelease) \
    X(OSRSetAxisMappingStrategy) \
    X(VSIFree)

// Until the load, every pointer leads here: a call before `frontline_gdal_load` is a bug in the
// Swift wrapper, stopped with a message rather than a jump to address zero.
static void frontline_gdal_not_loaded(void) {
    fputs("internal error: a GDAL function was called before frontline_gdal_load()\n", stderr);
    abort();
}

#define FRONTLINE_POINTER(name) \
    __attribute__((visibility("hidden"), used)) void *frontline_gdal_pointer_##name = (void *)frontline_gdal_not_loaded;
GDAL_FUNCTIONS(FRONTLINE_POINTER)

#if defined(__x86_64__)
#define FRONTLINE_TRAMPOLINE(name) \
    __asm__(".pushsection .text\n.globl " #name "\n.hidden " #name "\n.type " #name ",@function\n.p2align 4\n" \
            #name ":\n\tjmp *frontline_gdal_pointer_" #name "(%rip)\n.size " #name ",.-" #name "\n.popsection\n");
#elif defined(__aarch64__)
#define FRONTLINE_TRAMPOLINE(name) \
    __asm__(".pushsection .text\n.globl " #name "\n.hidden " #name "\n.type " #name ",%function\n.p2align 2\n" \
            #name ":\n\tadrp x16, frontline_gdal_pointer_" #name "\n" \
            "\tldr x16, [x16, :lo12:frontline_gdal_pointer_" #name "]\n\tbr x16\n.size " #name ",.-" #name "\n.popsection\n");
#else
#error "CGDAL's trampolines are written for x86_64 and aarch64 only"
#endif
GDAL_FUNCTIONS(FRONTLINE_TRAMPOLINE)

// The development symlink first (what the build found), then the sonames of GDAL 3.4 to 3.9.
static const char *const frontline_gdal_libraries[] = {
    "libgdal.so", "libgdal.so.35", "libgdal.so.34", "libgdal.so.33", "libgdal.so.32", "libgdal.so.31", "libgdal.so.30",
};

int frontline_gdal_load(char *message, size_t capacity) {
    void *library = NULL;
    // The reason the first (development) name failed is the one worth showing.
    char reason[512] = "no libgdal found";
    for (size_t i = 0; i < sizeof frontline_gdal_libraries / sizeof *frontline_gdal_libraries && library == NULL; i++) {
        library = dlopen(frontline_gdal_libraries[i], RTLD_NOW | RTLD_LOCAL);
        const char *error = dlerror();
        if (library == NULL && i == 0 && error != NULL) snprintf(reason, sizeof reason, "%s", error);
    }
    if (library == NULL) {
        snprintf(message, capacity, "cannot load libgdal (%s)", reason);
        return 0;
    }
#define FRONTLINE_RESOLVE(name) \
    { \
        void *address = dlsym(library, #name); \
        if (address == NULL) { \
            snprintf(message, capacity, "libgdal has no function %s; GDAL 3.4 or later is needed", #name); \
            return 0; \
        } \
        frontline_gdal_pointer_##name = address; \
    }
    GDAL_FUNCTIONS(FRONTLINE_RESOLVE)
    return 1;
}
