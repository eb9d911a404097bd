# Differential testing of Part 2 against an independent reference written from the
# contract (tests/oracle/season_oracle.py): seeded random seasons, closed month by month.
oracle_script_tests = tests/oracle/check-seasons.sh
TESTS += $(oracle_script_tests)
EXTRA_DIST += $(oracle_script_tests) tests/oracle/check-seasons.py \
	tests/oracle/random_season.py tests/oracle/season_oracle.py
