#!/bin/sh
# check-headers.sh — the public umbrella header compiles on its own, warning-free and
# pedantic, as C11 and as C++11; a sub-header included directly is refused.
. "$(dirname "$0")/lib.sh"

: "${CC:=cc}"
: "${CPPFLAGS:=-I$top_builddir/include -I$top_srcdir/include}"
if [ -z "${GLIB_CFLAGS:-}" ]; then
  GLIB_CFLAGS=$(pkg-config --cflags glib-2.0 gobject-2.0 gio-2.0 2>/dev/null)
fi
t_mktemp
cd "$t_scratch" || exit 99

cat >umbrella.c <<'SRC'
#include <incentive/incentive.h>

/* Uses a type and a function so the declarations are really parsed. */
int probe (void);
int
probe (void)
{
  IncentivePlan *plan = NULL;
  return plan == NULL && INCENTIVE_TYPE_PLAN != 0;
}
SRC
if $CC -std=c11 -Wall -Wextra -pedantic -Werror $CPPFLAGS $GLIB_CFLAGS -c umbrella.c -o umbrella.o 2>c.err; then
  t_pass "incentive.h compiles alone as C11 with -Wall -Wextra -pedantic -Werror"
else
  t_fail "incentive.h compiles alone as C11 with -Wall -Wextra -pedantic -Werror" "$(head -20 c.err)"
fi

if command -v g++ >/dev/null 2>&1; then
  cp umbrella.c umbrella.cc
  if g++ -std=c++11 -Wall -Wextra -pedantic -Werror $CPPFLAGS $GLIB_CFLAGS -c umbrella.cc -o umbrella-cc.o 2>cc.err; then
    t_pass "incentive.h compiles as C++11"
  else
    t_fail "incentive.h compiles as C++11" "$(head -20 cc.err)"
  fi
else
  echo "SKIP: no g++, the C++ check is not run"
fi

# Every installed sub-header refuses direct inclusion with a message naming the umbrella.
# The generated ones (version, enum types) live in the build tree.
for h in "$top_srcdir"/include/incentive/incentive-*.h "$top_builddir"/include/incentive/incentive-*.h; do
  [ -f "$h" ] || continue
  base=$(basename "$h")
  printf '#include <incentive/%s>\nint x;\n' "$base" >direct.c
  if $CC -std=c11 $CPPFLAGS $GLIB_CFLAGS -c direct.c -o direct.o 2>direct.err; then
    t_fail "#include <incentive/$base> alone is refused" "it compiled"
  elif grep -q 'incentive/incentive.h' direct.err; then
    t_pass "#include <incentive/$base> alone is refused"
  else
    t_fail "#include <incentive/$base> alone is refused" "failed, but not with the umbrella message:" "$(head -5 direct.err)"
  fi
done

t_finish
