#!/usr/bin/env python3
"""check-seasons.py — differential test of Part 2: random seasons, closed month by month with
the program and with the independent reference (season_oracle.py), every report compared.

    check-seasons.py [--first S] [--seeds N] [--keep DIR] [-v]

INCENTIVE names the command (default: examples/incentive under top_builddir).  For each seed
the season is written to a scratch folder, each month is closed with
`incentive close --format json`, then the final month is run with `incentive run`.  Prints one
line per failing seed with its first differences, then "N passed, M failed"; exit 1 when any
seed failed.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import random_season  # noqa: E402
import season_oracle  # noqa: E402


def incentive_command():
    if os.environ.get("INCENTIVE"):
        return os.environ["INCENTIVE"]
    return os.path.join(os.environ.get("top_builddir", "."), "examples", "incentive")


def check_seed(seed, command, scratch, verbose=False):
    """[] when the program and the reference agree on the whole season, else the problems."""
    folder = os.path.join(scratch, "season-%d" % seed)
    os.makedirs(folder)
    season = random_season.generate(seed, folder)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        try:
            ref = season_oracle.Season("plan.ini")
        except season_oracle.Refused as e:
            return ["reference refuses the plan: %s" % e]
        steps = [("close", p, files, reopen) for p, files, reopen in season["closes"]]
        steps.append(("run", season["run"][0], season["run"][1], False))
        if "rerun" in season:
            steps.append(("run", season["rerun"][0], season["rerun"][1], False))
        for verb, period, files, reopen in steps:
            proc = subprocess.run([command, verb, "--plan", "plan.ini", "--period", period,
                                   "--format", "json"] + (["--reopen"] if reopen else []) + files,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            try:
                expected = ref.compute(period, files)
                refused = None
            except season_oracle.Refused as e:
                refused = str(e)
            if refused is not None or proc.returncode != 0:
                if refused is not None and proc.returncode == 1:
                    if verbose:
                        print("  seed %d %s %s: both refuse (%s)" % (seed, verb, period, refused))
                    return []      # both refuse: the season ends here
                return ["%s %s: reference %s, program exit %d: %s" % (
                    verb, period, "refuses (%s)" % refused if refused else "accepts",
                    proc.returncode, proc.stderr.decode(errors="replace").strip()[:300])]
            got = json.loads(proc.stdout)
            problems = []
            season_oracle.compare(season_oracle.public(expected), got, "%s %s" % (verb, period), problems)
            if problems:
                return problems
            if verbose:
                print("  seed %d %s %s%s agrees" % (seed, verb, period, " --reopen" if reopen else ""))
            if verb == "close":
                ref.close(expected, reopen)
        return []
    finally:
        os.chdir(cwd)


def main(argv):
    first, count, keep, verbose = 1, 15, None, False
    it = iter(argv)
    for a in it:
        if a == "--first":
            first = int(next(it))
        elif a == "--seeds":
            count = int(next(it))
        elif a == "--keep":
            keep = next(it)
        elif a == "-v":
            verbose = True
        else:
            sys.exit(__doc__)
    command = incentive_command()
    if not os.access(command, os.X_OK):
        print("SKIP: no built command at %s" % command)
        return 77
    scratch = keep or tempfile.mkdtemp(prefix="check-seasons.")
    os.makedirs(scratch, exist_ok=True)
    passed = failed = 0
    try:
        for seed in range(first, first + count):
            problems = check_seed(seed, command, scratch, verbose)
            if problems:
                failed += 1
                print("FAIL: seed %d (%d differences)" % (seed, len(problems)))
                for p in problems[:8]:
                    print("  " + p)
            else:
                passed += 1
                shutil.rmtree(os.path.join(scratch, "season-%d" % seed), ignore_errors=True)
    finally:
        if keep is None and failed == 0:
            shutil.rmtree(scratch, ignore_errors=True)
        elif failed:
            print("seasons kept in %s" % scratch)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
