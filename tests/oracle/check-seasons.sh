#!/bin/sh
# check-seasons.sh — make check's bounded differential test of Part 2: SEASON_SEEDS random
# seasons (default 20, from SEASON_FIRST, default 1) closed month by month by the program
# and by the independent reference in tests/oracle, every report compared field by field.
# Hundreds of seeds: SEASON_SEEDS=500 tests/oracle/check-seasons.sh
. "$(dirname "$0")/../lib.sh"
t_require_incentive
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: no python3 for the reference"
  exit 77
fi
# The reference lives in the source tree, which may be read-only (distcheck).
PYTHONDONTWRITEBYTECODE=1 exec python3 "$top_srcdir/tests/oracle/check-seasons.py" \
  --first "${SEASON_FIRST:-1}" --seeds "${SEASON_SEEDS:-20}"
