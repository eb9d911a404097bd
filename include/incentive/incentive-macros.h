/* incentive-macros.h — export and availability markers for the public API. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib.h>

/* Symbols are hidden unless marked: the library is built with -fvisibility=hidden. */
#if defined(INCENTIVE_COMPILATION) && defined(__GNUC__)
#define INCENTIVE_API __attribute__ ((visibility ("default"))) extern
#else
#define INCENTIVE_API extern
#endif

#define INCENTIVE_AVAILABLE_IN_1_0 INCENTIVE_API
/**
 * INCENTIVE_DEPRECATED_FOR:
 * @f: the function to use instead
 *
 * Marks a public function as deprecated in favour of @f.  It takes the place of
 * `INCENTIVE_AVAILABLE_IN_*` in front of the declaration: the symbol stays exported (no
 * deprecated function is removed before the next major version), and a caller compiling
 * with it gets a `-Wdeprecated-declarations` warning naming @f.  A caller that must keep
 * the old call for a while wraps it in G_GNUC_BEGIN_IGNORE_DEPRECATIONS and
 * G_GNUC_END_IGNORE_DEPRECATIONS (`GLIB_DISABLE_DEPRECATION_WARNINGS` does not apply: it
 * is GLib's own switch).
 */
#define INCENTIVE_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) INCENTIVE_API
