# Robustness: fuzz targets, their replay under make check, `make fuzz`, the public
# datasets.  See fuzz/README.md.

# ---------------------------------------------------------------------------------------
# The fuzz targets replayed over fuzz/corpus/ (the seeds and every crash ever found) by a
# plain driver, so make check needs no fuzzer.  They link the shared library: they only
# use the public API.
fuzz_replays = fuzz/replay-sales-export fuzz/replay-plan
check_PROGRAMS += $(fuzz_replays)
TESTS += $(fuzz_replays)
FUZZ_COMMON = fuzz/fuzz-common.h fuzz/fuzz-common.c fuzz/replay.c
fuzz_replay_sales_export_SOURCES = fuzz/fuzz-sales-export.c $(FUZZ_COMMON)
fuzz_replay_sales_export_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_CORPUS=\"$(abs_top_srcdir)/fuzz/corpus/sales-export\"
fuzz_replay_sales_export_LDADD = libincentive/libincentive-1.la $(GLIB_LIBS)
fuzz_replay_plan_SOURCES = fuzz/fuzz-plan.c $(FUZZ_COMMON)
fuzz_replay_plan_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_CORPUS=\"$(abs_top_srcdir)/fuzz/corpus/plan\"
fuzz_replay_plan_LDADD = libincentive/libincentive-1.la $(GLIB_LIBS)
EXTRA_DIST += fuzz/corpus fuzz/README.md

# `make fuzz` (not part of make check): libFuzzer with ASan and UBSan, clang only.  The
# library is compiled again, instrumented, straight into each target.  Each target runs
# FUZZ_SECONDS; new inputs go to fuzz-work/TARGET in the build tree (seeded from
# fuzz/corpus/TARGET), crashes to fuzz-work/TARGET-crash-*.
FUZZ_CLANG = clang
FUZZ_SECONDS = 60
FUZZ_SANITIZE = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_ARGS = -timeout=10 -rss_limit_mb=2048 -max_len=4096
fuzz_lib_sources = $(filter %.c,$(libincentive_libincentive_internal_la_SOURCES))
fuzz_build_flags = -g -O1 $(FUZZ_SANITIZE) -DINCENTIVE_COMPILATION -DG_LOG_DOMAIN=\"libincentive\" \
	-I$(top_builddir) $(AM_CPPFLAGS) $(GLIB_CFLAGS) $(JSON_GLIB_CFLAGS) $(SQLITE_CFLAGS)
fuzz_build_libs = $(GLIB_LIBS) $(JSON_GLIB_LIBS) $(SQLITE_LIBS) $(CSV_LIBS)

fuzz-work/fuzz-%: fuzz/fuzz-%.c fuzz/fuzz-common.c fuzz/fuzz-common.h $(fuzz_lib_sources) libincentive/incentive-enum-types.c include/incentive/incentive-enum-types.h
	@command -v $(FUZZ_CLANG) >/dev/null || { echo "make fuzz needs clang (apt-get install clang)"; exit 1; }
	$(AM_V_CCLD)$(MKDIR_P) fuzz-work && $(FUZZ_CLANG) $(fuzz_build_flags) -o $@ \
	  $(srcdir)/fuzz/fuzz-$*.c $(srcdir)/fuzz/fuzz-common.c \
	  $(addprefix $(srcdir)/,$(fuzz_lib_sources)) libincentive/incentive-enum-types.c $(fuzz_build_libs)

fuzz_targets = sales-export plan
fuzz: $(addprefix fuzz-work/fuzz-,$(fuzz_targets))
	@for t in $(fuzz_targets); do \
	  $(MKDIR_P) fuzz-work/$$t; \
	  echo "fuzz $$t for $(FUZZ_SECONDS) s (log: fuzz-work/$$t.log)"; \
	  ./fuzz-work/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=fuzz-work/$$t- \
	    $(FUZZ_ARGS) fuzz-work/$$t $(srcdir)/fuzz/corpus/$$t >fuzz-work/$$t.log 2>&1; \
	  status=$$?; tail -n 25 fuzz-work/$$t.log; \
	  test $$status -eq 0 || exit 1; \
	done
.PHONY: fuzz
CLEANFILES += $(addprefix fuzz-work/fuzz-,$(fuzz_targets))

# ---------------------------------------------------------------------------------------
# The public datasets (../shared/datasets beside the source tree, or $DATASETS): read,
# never copied.  Both tests skip (77) when the datasets are not there.
dataset_tests = tests/test-csv-conformance
check_PROGRAMS += $(dataset_tests)
TESTS += $(dataset_tests) tests/test-datasets.sh
tests_test_csv_conformance_SOURCES = tests/test-csv-conformance.c tests/cunit-helpers.h
tests_test_csv_conformance_CFLAGS = $(TEST_CFLAGS)
tests_test_csv_conformance_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/test-datasets.sh
