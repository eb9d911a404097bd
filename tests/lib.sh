# lib.sh — what the shell tests share: counting, reporting, finding the build.
# Sourced by the tests/*.sh scripts; POSIX sh.

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${INCENTIVE:=$top_builddir/examples/incentive}"
export top_srcdir top_builddir INCENTIVE

t_passed=0
t_failed=0

t_pass () {
  t_passed=$((t_passed + 1))
  printf 'PASS: %s\n' "$1"
}

# t_fail NAME [DETAIL...]: the details go to the log so a failure explains itself.
t_fail () {
  t_failed=$((t_failed + 1))
  printf 'FAIL: %s\n' "$1"
  shift
  for d in "$@"; do
    printf '  %s\n' "$d"
  done
}

# t_check NAME COMMAND...: passes when COMMAND succeeds.
t_check () {
  name=$1
  shift
  if "$@"; then t_pass "$name"; else t_fail "$name"; fi
}

# t_skip_unless_incentive: exit 77 when the command has not been built.
t_require_incentive () {
  if [ ! -x "$INCENTIVE" ]; then
    echo "SKIP: no built command at $INCENTIVE"
    exit 77
  fi
}

# t_mktemp: a fresh scratch directory, removed when the script ends.
t_scratch=
t_mktemp () {
  t_scratch=$(mktemp -d "${TMPDIR:-/tmp}/incentive-test.XXXXXX") || exit 99
  trap 'rm -rf "$t_scratch"' EXIT
  trap 'exit 1' HUP INT TERM
}

# t_finish: the summary line the harness and people read, and the exit status.
t_finish () {
  echo "$t_passed passed, $t_failed failed"
  [ "$t_failed" -eq 0 ]
  exit $?
}
