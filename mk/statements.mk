# Statements, `incentive explain`, report.html.
incentive_public_headers += include/incentive/incentive-statement.h

libincentive_libincentive_internal_la_SOURCES += \
	libincentive/statement-private.h libincentive/statement-parts.c libincentive/statement.c \
	libincentive/statement-accessors.c libincentive/statement-files.c \
	libincentive/writer-statement-text.c libincentive/writer-statement-json.c \
	libincentive/writer-html.c

examples_incentive_SOURCES += examples/command-explain.c

# Every statement of every golden case adds up, to the minor unit; rewards; file names.
statement_tests = tests/test-statements
check_PROGRAMS += $(statement_tests)
TESTS += $(statement_tests) tests/test-html.sh
unit_tests += $(statement_tests)
tests_test_statements_SOURCES = tests/test-statements.c tests/cunit-helpers.h
tests_test_statements_CFLAGS = $(TEST_CFLAGS)
tests_test_statements_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/test-html.sh tests/fixtures/statements
