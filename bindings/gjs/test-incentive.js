// GJS smoke test: the sample month through GObject Introspection, from JavaScript.
// Run by `make check` (GI_TYPELIB_PATH and LD_LIBRARY_PATH point into the build tree).
// Exits non-zero on the first failed check.

imports.gi.versions.Incentive = '1.0';
const {GLib, GIRepository, Incentive} = imports.gi;

const topSrcdir = GLib.getenv('top_srcdir') || '.';
const topBuilddir = GLib.getenv('top_builddir') || '.';
const plan = GLib.build_filenamev([topSrcdir, 'examples', 'data', 'plan.ini']);
const exports = ['sales-2026-10.csv', 'webshop-2026-10.csv'].map(
    name => GLib.build_filenamev([topSrcdir, 'examples', 'data', name]));

// The sample month's employee of the month, worked out by hand from examples/data.
const EXPECTED_BEST_ID = 'E01';

let failures = 0;
function check(what, got, want) {
    if (got === want) {
        print(`ok - ${what}`);
    } else {
        printerr(`not ok - ${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
        failures++;
    }
}

// The typelib must be this build's, never an installed one.
const typelib = GIRepository.Repository.get_default().get_typelib_path('Incentive');
check('typelib from the build tree',
    GLib.canonicalize_filename(typelib, null).startsWith(
        GLib.canonicalize_filename(topBuilddir, null) + '/'), true);

const run = Incentive.Run.new(Incentive.Plan.load(plan), null);
for (const path of exports)
    run.add_file(path, null);
const report = run.finish();

// What the command says, read from its JSON: the binding must agree with it.
const [, out, , status] = GLib.spawn_sync(null,
    [GLib.getenv('INCENTIVE'), 'run', '--plan', plan, '--format', 'json', ...exports],
    null, GLib.SpawnFlags.DEFAULT, null);
check('command exit status', status, 0);
const json = new TextDecoder().decode(out);
const expected = JSON.parse(json);

check('rows read = accepted + rejected', report.get_rows_read(),
    report.get_rows_accepted() + report.get_rows_rejected());
check('bonus total', report.get_bonus(), '5232.37');
check('bonus total, per the command', expected.totals.bonus, '5232.37');
check('same JSON as the command', report.to_json(), json);

const best = report.get_employee_of_the_month();
check('employee of the month', best.get_employee_id(), EXPECTED_BEST_ID);
check('employee of the month, per the command', expected.employee_of_the_month.employee_id,
    EXPECTED_BEST_ID);
check('employee of the month is flagged', best.is_employee_of_the_month(), true);
check('money is exact text', typeof best.get_bonus(), 'string');

// Errors arrive as GLib.Error in the library's domain.
try {
    Incentive.Run.new(Incentive.Plan.load(plan), '2026-13');
    check('bad period refused', false, true);
} catch (e) {
    check('bad period refused', e.matches(Incentive.error_quark(),
        Incentive.Error.INVALID_ARGUMENT), true);
}

if (failures > 0)
    imports.system.exit(1);
