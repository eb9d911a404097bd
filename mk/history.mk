# The history store, `incentive close` and `incentive history`, customer work.

incentive_public_headers += include/incentive/incentive-history.h

libincentive_libincentive_internal_la_SOURCES += \
	libincentive/history/history-store.c \
	libincentive/history/history-close.c \
	libincentive/reader/complaints-private.h libincentive/reader/complaints.c

examples_incentive_SOURCES += examples/command-close.c examples/command-history.c

history_unit_tests = tests/test-history tests/test-customers
check_PROGRAMS += $(history_unit_tests)
TESTS += $(history_unit_tests)
tests_test_history_SOURCES = tests/test-history.c tests/test-history-helpers.h tests/cunit-helpers.h
tests_test_history_CFLAGS = $(TEST_CFLAGS) $(SQLITE_CFLAGS)
tests_test_history_LDADD = $(TEST_LIBS) $(SQLITE_LIBS)
tests_test_customers_SOURCES = tests/test-customers.c tests/test-history-helpers.h tests/cunit-helpers.h
tests_test_customers_CFLAGS = $(TEST_CFLAGS) $(SQLITE_CFLAGS)
tests_test_customers_LDADD = $(TEST_LIBS) $(SQLITE_LIBS)

# The season (golden cases closed month by month) and the faults: killed and racing
# closes, foreign and newer stores.
history_script_tests = tests/history-season.sh tests/history-faults.sh
TESTS += $(history_script_tests)
EXTRA_DIST += $(history_script_tests) tests/cases-history

# A store holding millions of paid txn_ids, for `make bench-history` (not make check).
check_PROGRAMS += tests/history-bench-store
tests_history_bench_store_SOURCES = tests/history-bench-store.c
tests_history_bench_store_CFLAGS = $(TEST_CFLAGS) $(SQLITE_CFLAGS)
tests_history_bench_store_LDADD = $(TEST_LIBS) $(SQLITE_LIBS)
EXTRA_DIST += tests/history-bench.sh
bench-history: examples/incentive tests/history-bench-store
	@$(SHELL) $(srcdir)/tests/history-bench.sh '$(abs_top_builddir)' '$(abs_top_srcdir)'
.PHONY: bench-history
