"""`make bench`: every benchmark, the table on the console, docs/PERFORMANCE.md rewritten.

python -m bench [--quick] [--output docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import (
    autosave,
    batch_speed,
    fixtures,
    growth,
    libreoffice,
    limits_speed,
    machine,
    notice_speed,
    profiling,
    search_speed,
    session_exports,
    startup,
    summary_speed,
)
from bench.report import Breakdown, Report
from bench.results import Result, console_table, megabytes, seconds
from bench.screen import virtual_screen
from bench.timing import PYTHON, ROOT, child_env, main_py

RATIO_TARGET = 4.0


@dataclass(frozen=True)
class Runs:
    startup: int = 7
    process: int = 7
    short_in_process: int = 20
    long_in_process: int = 5
    libreoffice: int = 5
    excel: int = 5
    search: int = 10


QUICK = Runs(2, 2, 3, 2, 2, 2, 3)


def _step(name: str) -> None:
    print(f"… {name}", flush=True)


def _libreoffice(
    db: Path, cases: dict[str, int], docx: dict[str, Path], folder: Path, env: dict, runs: int
) -> list[Result]:
    """Each case's `tocongtac notice` → PDF and LibreOffice's conversion of its DOCX, in turn."""
    results = []
    for name, path in docx.items():
        out = folder / f"duel-{path.stem}.pdf"
        ours = main_py("--db", db, "notice", cases[name], "-o", out)
        theirs = libreoffice.conversion([path], folder / f"lo-profile-{path.stem}", folder / "lo")
        duel = libreoffice.duel(ours, theirs, env, runs, lambda o=out: o.unlink(missing_ok=True))
        if duel is None:
            results.append(Result("LibreOffice", f"{name} DOCX → PDF", "not installed"))
            continue
        results += [
            Result("LibreOffice", f"soffice --headless --convert-to pdf, {name}",
                   seconds(duel.theirs_s),
                   note=f"peak {megabytes(duel.theirs_peak_mb)}; warm, {runs} runs in turn with "
                   f"ours; first run with a new profile {seconds(duel.first_theirs.seconds)}"),
            Result("LibreOffice", f"tocongtac notice → PDF vs LibreOffice, {name}",
                   f"{duel.ratio:.1f}× faster", f"≥ {RATIO_TARGET:.0f}×",
                   duel.ratio >= RATIO_TARGET,
                   f"{seconds(duel.ours_s)} vs {seconds(duel.theirs_s)}, run in turn"),
        ]  # fmt: skip
    return results


def _notice_breakdowns(fx: fixtures.Fixtures, env: dict, runs: int, folder: Path) -> list:
    out = folder / "stages.pdf"
    command = [PYTHON, "-m", "bench.notice_stages", str(fx.notice_db), str(fx.short_id), str(out)]
    stages, whole = profiling.stage_medians(command, env, runs)
    start = profiling.interpreter_start(env, runs)
    parts = {"interpreter start (python -c pass)": start, **stages}
    parts["interpreter exit (final garbage collection, teardown)"] = max(
        0.0, whole - sum(parts.values())
    )
    cli = main_py("--db", fx.notice_db, "notice", fx.short_id, "-o", folder / "imports.pdf")
    imports = profiling.grouped_import_times(profiling.importtime(cli, env))
    gui = [PYTHON, "-m", "bench.startup_child", str(fx.demo_db)]
    home = {
        "XDG_CONFIG_HOME": str(folder / "imports-home"),
        "XDG_DATA_HOME": str(folder / "imports-home"),
    }
    gui_imports = profiling.grouped_import_times(profiling.importtime(gui, {**env, **home}))
    traced = "Self time per package under `-X importtime` (tracing inflates it by about a third)."
    return [
        Breakdown("`tocongtac notice` (3 pages → PDF), stage by stage", parts, whole),
        Breakdown("Imports of `tocongtac notice` by package", imports, note=traced),
        Breakdown("Imports of the window's cold start by package", gui_imports, note=traced),
    ]


def _profiles(fx: fixtures.Fixtures, folder: Path) -> dict[str, str]:
    from app.database import open_database
    from app.datafile import read_data_file, write_data_stream
    from app.exporters.inspection_tables import write_inspection_tables
    from app.exporters.notice_pdf import write_notice_pdf
    from app.notice.builder import build_notice
    from app.services.bundle import Services

    profiles = {}
    services = Services(open_database(fx.notice_db))
    doc = build_notice(services.inspections.get(fx.long_id), services.profile.get())
    services.db.close()
    profiles["30-page notice → PDF, in-process"] = profiling.cprofile_top(
        lambda: write_notice_pdf(doc, io.BytesIO())
    )
    services = Services(open_database(fx.large_db))
    data, profile = services.inspections.get(fx.large_id), services.profile.get()
    profiles["tables of the largest inspection, in-process (write only)"] = profiling.cprofile_top(
        lambda: write_inspection_tables(data, profile, folder / "profiled.xlsx")
    )
    services.db.close()
    services = Services(open_database(fx.year_db))
    profiles["InspectionService.list_rows, 300 inspections (the window's list)"] = (
        profiling.cprofile_top(services.inspections.list_rows)
    )
    ids = [r.id for r in services.inspections.list_rows()]
    exported = folder / "profiled-export.json"

    def export() -> None:
        with services.transfer.exporting(ids) as stream:
            write_data_stream(exported, stream.organizations, stream.inspections)

    profiles["export-json --all, 300 inspections, in-process"] = profiling.cprofile_top(export)
    services.db.close()
    services = Services(open_database(folder / "profiled-import.sqlite"))

    def import_all() -> None:
        content = read_data_file(exported)
        services.transfer.import_inspections(content.organizations, content.inspections)

    profiles["import, 300 inspections into a new database, in-process"] = profiling.cprofile_top(
        import_all, count=12
    )
    services.db.close()
    return profiles


def run(runs: Runs, folder: Path) -> Report:
    load_before, started = machine.load_average(), time.perf_counter()
    _step("machine")
    report = Report(machine.describe(), [])
    _step("databases (demo, 300 inspections, 500 entries, 30-page notice; 30 and 3 000)")
    fx = fixtures.build(folder)
    sizes, took = growth.databases(folder, {fixtures.YEAR_INSPECTIONS: fx.year_db})
    env = child_env(folder)
    results = report.results
    results += [
        Result("Databases", f"generate {size:,} inspections × {growth.TASKS} tasks × "
               f"{growth.ENTRIES} entries through the services", seconds(took[size]),
               note="bench.synthetic.generate, once per run")
        for size in took
    ]  # fmt: skip
    with virtual_screen() as screen:
        _step("cold start")
        cold, breakdowns = startup.measure(
            fx.demo_db, "demo database", folder, runs.startup, screen
        )
        results += cold
        for name, stages in breakdowns.items():
            title = f"Cold start ({name}), stage by stage"
            report.breakdowns.append(Breakdown(title, stages, sum(stages.values())))
        _step("growth: 30, 300 and 3 000 inspections")
        report.growth = growth.measure(sizes, env, screen, folder, runs.process)
    _step("notice in-process")
    cases = {"3 pages": fx.short_id, "30 pages": fx.long_id}
    in_runs = {"3 pages": runs.short_in_process, "30 pages": runs.long_in_process}
    results += notice_speed.in_process(fx.notice_db, cases, in_runs, folder)
    results += session_exports.measure(
        env, fx.notice_db, fx.short_id, folder, runs.short_in_process
    )
    _step("notice as a process")
    process, _medians, docx = notice_speed.processes(env, fx.notice_db, cases, runs.process, folder)
    results += process
    _step("LibreOffice, in turn with ours")
    results += _libreoffice(fx.notice_db, cases, docx, folder, env, runs.libreoffice)
    _step("thirty notices at once")
    year_ids = sorted(r.id for r in _rows(fx.year_db))
    results += batch_speed.measure(fx.year_db, year_ids, env, folder, runs.libreoffice)
    _step("where the notice process spends its time")
    report.breakdowns += _notice_breakdowns(fx, env, runs.process, folder)
    _step("Excel")
    results += summary_speed.tables(env, fx.large_db, fx.large_id, runs.excel, folder)
    results += summary_speed.summary(env, fx.year_db, fixtures.YEAR, runs.excel, folder)
    _step("autosave and the editor")
    results += autosave.service_path(fx.large_db, fx.large_id, runs.process)
    results += autosave.editor_path(fx.large_db, fx.large_id, folder)
    _step("search")
    results += search_speed.measure(runs.search, folder, fx.large_db, fx.large_id)
    _step("the largest inputs the limits let through")
    results += limits_speed.measure(folder)
    _step("cProfile")
    report.profiles = _profiles(fx, folder)
    report.load = (load_before, machine.load_average())
    report.minutes = (time.perf_counter() - started) / 60
    return report


def _rows(db: Path) -> list:
    from app.database import open_database
    from app.services.bundle import Services

    services = Services(open_database(db, create=False))
    try:
        return services.inspections.list_rows()
    finally:
        services.db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmarks against DESIGN §5")
    parser.add_argument("--quick", action="store_true", help="few runs, to try the suite out")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "PERFORMANCE.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tocongtac-bench-") as folder:
        report = run(QUICK if args.quick else Runs(), Path(folder))
    print()
    for key, value in report.machine.items():
        print(f"{key:22} {value}")
    print(f"{'load':22} {report.load[0]:.2f} before, {report.load[1]:.2f} after")
    print()
    print(console_table(report.results))
    print()
    print(growth.console(report.growth))
    report.write(args.output)
    print(f"\n{args.output} written ({report.minutes:.1f} min)")


if __name__ == "__main__":
    main()
