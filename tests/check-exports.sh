#!/bin/sh
# check-exports.sh — the shared library exports exactly the symbols listed in
# tests/exported-symbols.txt, and every one of them starts with incentive_.  A change to the
# public API must show up here as a deliberate edit of that list.
#
# After adding or removing a public function, regenerate the list from a fresh build:
#   nm -D --defined-only "$LIBRARY" | awk '$2 ~ /^[A-Za-z]$/ && $2 != "A" {print $3}' | LC_ALL=C sort -u > tests/exported-symbols.txt
. "$(dirname "$0")/lib.sh"

: "${NM:=nm}"
: "${LIBRARY:=$top_builddir/libincentive/.libs/libincentive-1.so}"
if [ ! -f "$LIBRARY" ]; then
  echo "SKIP: no shared library at $LIBRARY"
  exit 77
fi
t_mktemp

# Absolute symbols (type A) are version nodes, not functions or data.
if ! $NM -D --defined-only "$LIBRARY" >"$t_scratch/nm" 2>"$t_scratch/nm.err"; then
  t_fail "nm -D $LIBRARY" "$(cat "$t_scratch/nm.err")"
  t_finish
fi
awk '$2 ~ /^[A-Za-z]$/ && $2 != "A" { print $3 }' "$t_scratch/nm" | LC_ALL=C sort -u >"$t_scratch/actual"
LC_ALL=C sort -u "$top_srcdir/tests/exported-symbols.txt" >"$t_scratch/expected"

if [ ! -s "$t_scratch/actual" ]; then
  t_fail "the library exports something" "nm found no defined dynamic symbol"
else
  t_pass "the library exports something ($(wc -l <"$t_scratch/actual") symbols)"
fi

stray=$(grep -v '^incentive_' "$t_scratch/actual")
if [ -n "$stray" ]; then
  t_fail "every exported symbol starts with incentive_" $stray
else
  t_pass "every exported symbol starts with incentive_"
fi

if cmp -s "$t_scratch/expected" "$t_scratch/actual"; then
  t_pass "exports match tests/exported-symbols.txt"
else
  t_fail "exports match tests/exported-symbols.txt" \
    "(- listed but not exported, + exported but not listed)"
  diff "$t_scratch/expected" "$t_scratch/actual" | grep '^[<>]' | sed 's/^</-/; s/^>/+/; s/^/  /'
fi

t_finish
