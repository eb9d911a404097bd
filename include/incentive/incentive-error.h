/* incentive-error.h — the one error domain of libincentive. */
#pragma once

#if !defined(__INCENTIVE_INSIDE__) && !defined(INCENTIVE_COMPILATION)
#error "Only <incentive/incentive.h> can be included directly."
#endif

#include <glib.h>

#include <incentive/incentive-macros.h>

G_BEGIN_DECLS

/**
 * INCENTIVE_ERROR:
 *
 * The error domain of every #GError that libincentive reports.
 */
#define INCENTIVE_ERROR (incentive_error_quark ())

/**
 * IncentiveError:
 * @INCENTIVE_ERROR_INVALID_PLAN: the plan, its product catalogue, its employees file or
 *   another file the plan names is invalid; the message names the file, the group or
 *   line, the key and the value.
 * @INCENTIVE_ERROR_INVALID_EXPORT: a sales export cannot be read as a whole (a missing
 *   required column, an unterminated quote, bytes that are not in its encoding).
 * @INCENTIVE_ERROR_IO: a file could not be read or written.
 * @INCENTIVE_ERROR_OVERFLOW: a figure is too large to be computed exactly.
 * @INCENTIVE_ERROR_INVALID_ARGUMENT: the caller passed a value that is not allowed (a
 *   malformed period, an unsafe employee id for a file name).
 * @INCENTIVE_ERROR_REJECTED_LINES: strict mode refused a run that rejected lines.  The
 *   library itself never reports it (a rejected line is not an error of the run); it is
 *   there for a caller with a strict mode, as `incentive run --strict`.
 * @INCENTIVE_ERROR_ALREADY_CLOSED: the period is already closed in the history store.
 * @INCENTIVE_ERROR_NOT_LATEST: only the latest closed period can be reopened.
 * @INCENTIVE_ERROR_PERIOD_GAP: periods close in calendar order, without gaps.
 * @INCENTIVE_ERROR_STORE_TOO_NEW: the history store was written by a newer libincentive.
 * @INCENTIVE_ERROR_STORE_BUSY: another process holds the history store.
 * @INCENTIVE_ERROR_STORE_CORRUPT: the history store is not a libincentive store or is damaged.
 * @INCENTIVE_ERROR_NO_HISTORY: the plan names no history store.
 *
 * What went wrong, so that a payroll program can act on it.  The message always says it
 * in words a person understands.
 */
typedef enum {
  INCENTIVE_ERROR_INVALID_PLAN,
  INCENTIVE_ERROR_INVALID_EXPORT,
  INCENTIVE_ERROR_IO,
  INCENTIVE_ERROR_OVERFLOW,
  INCENTIVE_ERROR_INVALID_ARGUMENT,
  INCENTIVE_ERROR_REJECTED_LINES,
  INCENTIVE_ERROR_ALREADY_CLOSED,
  INCENTIVE_ERROR_NOT_LATEST,
  INCENTIVE_ERROR_PERIOD_GAP,
  INCENTIVE_ERROR_STORE_TOO_NEW,
  INCENTIVE_ERROR_STORE_BUSY,
  INCENTIVE_ERROR_STORE_CORRUPT,
  INCENTIVE_ERROR_NO_HISTORY,
} IncentiveError;

INCENTIVE_AVAILABLE_IN_1_0
GQuark incentive_error_quark (void);

G_END_DECLS
