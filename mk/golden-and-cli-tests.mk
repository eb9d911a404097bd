# Golden cases, the command's behaviour, the exported symbols, the headers.  The scripts
# read the environment AM_TESTS_ENVIRONMENT exports (INCENTIVE, LIBRARY, NM, CC, ...).
script_tests = \
	tests/run-cases.sh \
	tests/test-cli.sh \
	tests/check-exports.sh \
	tests/check-headers.sh
TESTS += $(script_tests)
EXTRA_DIST += $(script_tests) tests/lib.sh tests/cases tests/exported-symbols.txt \
	tests/oracle/oracle.py tests/oracle/make-sample-month.py
