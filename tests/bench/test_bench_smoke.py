"""Every benchmark still runs and gives positive numbers (small sizes; no timing limits:
how fast is for bench/run to say, on a quiet machine)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bench import __main__ as bench_main
from bench import search, startup, startup_probe, store_write, unlock
from bench.common import CHEAP_KDF, PASSPHRASE, SEED, percentile, today
from cssw_desktop.demo import demo_families
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault

# The offscreen platform warns whenever a top-level window's size limits change.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

FAMILIES = demo_families(12, today(), seed=SEED)
FIGURE_LINE = re.compile(r"^[a-z0-9_]+: -?\d+(\.\d+)?$")


def _positive(figures: dict[str, float]) -> None:
    """Every figure above zero; a CPU time read from /proc may be zero in a smoke run of a
    few records (it counts in clock ticks of 10 ms), never below."""
    assert figures
    for name, value in figures.items():
        if name.endswith("_cpu_ms"):
            assert value >= 0, name
        else:
            assert value > 0, name


def test_percentile_is_nearest_rank() -> None:
    assert percentile(list(range(1, 21)), 95) == 19
    assert percentile([5.0], 95) == 5.0


@pytest.mark.parametrize("batch", [False, True])
def test_plain_baseline_writes_what_the_store_writes(tmp_path: Path, batch: bool) -> None:
    path = tmp_path / "plain.db"
    assert store_write.plain_write_ms(FAMILIES, path, batch=batch) > 0
    conn = sqlite3.connect(path)
    try:
        counts = [
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("families", "children", "audit_log")
        ]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    children = sum(len(f.children) for f in FAMILIES)
    assert counts == [len(FAMILIES), children, len(FAMILIES)]  # add_many audits too
    assert mode == "wal"


def test_sqlcipher_baseline_runs(tmp_path: Path) -> None:
    ms = store_write.plain_write_ms(
        FAMILIES, tmp_path / "c.db", batch=False, connect=store_write.connect_sqlcipher
    )
    assert ms > 0


@pytest.mark.parametrize("batch", [False, True])
def test_store_write_saves_every_family(
    data_dir: Path, device_secrets: DeviceSecrets, batch: bool
) -> None:
    assert store_write.store_write_ms(FAMILIES, data_dir, device_secrets, batch=batch) > 0
    store = Vault(data_dir, device_secrets, kdf=CHEAP_KDF).unlock(PASSPHRASE)
    try:
        assert store.families.count() == len(FAMILIES)
    finally:
        store.close()


def test_store_write_run_gives_positive_figures() -> None:
    figures, runs = store_write.run(repetitions=1, count=5)
    assert runs == 1
    _positive(figures)


def test_search_index_times_every_keystroke() -> None:
    queries = search.keystrokes(FAMILIES)
    assert "" in queries
    assert "o" in queries
    times = search.index_keystroke_ms(FAMILIES, queries)
    assert len(times) == len(queries)
    assert all(t > 0 for t in times)
    figures, _runs = search.run(repetitions=1, count=50, with_model=False)
    _positive(figures)


def test_search_through_the_model_and_page(qapp: QApplication) -> None:
    queries = search.keystrokes(FAMILIES)
    model_bench = search.ModelBench(FAMILIES)
    try:
        for times in (
            model_bench.model_keystroke_ms(queries),
            model_bench.page_keystroke_ms(queries),
        ):
            assert len(times) == len(queries)
            assert all(t > 0 for t in times)
    finally:
        model_bench.close()


def test_unlock_times_a_real_unlock(data_dir: Path, device_secrets: DeviceSecrets) -> None:
    vault = unlock.make_vault(data_dir, device_secrets, CHEAP_KDF)
    assert unlock.unlock_s(vault) > 0
    assert unlock.kdf_s(CHEAP_KDF) > 0
    figures, runs = unlock.run(repetitions=1, kdf=CHEAP_KDF)
    assert runs == 1
    _positive(figures)


def test_startup_probes_report_their_windows(data_dir: Path, device_secrets: DeviceSecrets) -> None:
    assert startup.bare_run()["shown"] > 0
    form = startup.form_run()
    assert form["shown"] > 0
    assert form["shown_cpu"] > 0
    unlock.make_vault(data_dir, device_secrets, CHEAP_KDF)
    events = startup.app_ms(data_dir)
    assert 0 < events["shown"] <= events["ready"]


def test_startup_probe_without_a_store_fails_plainly(tmp_path: Path) -> None:
    # No store: the app shows the setup page, never the unlock page; the probe gives up
    # on its own rather than hang the bench.
    with pytest.raises(startup.ProbeFailed, match="no window was shown in time"):
        startup.launch_ms(
            ["app", str(tmp_path / "none")],
            timeout_s=60,
            extra_env={startup_probe.GIVE_UP_ENV: "2000"},
        )


def test_main_prints_only_figure_lines_and_writes_results(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "results.json"
    code = bench_main.main(
        ["--quick", "--only", "search", "--repetitions", "1", "--output", str(output)]
    )
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    assert all(FIGURE_LINE.match(line) for line in lines), lines
    results = json.loads(output.read_text())
    assert {line.split(":")[0] for line in lines} == set(results) - {"_meta"}
    assert results["_meta"]["repetitions"] == {"search": 1}


def test_seal_bench_seals_and_reports() -> None:
    from bench import seal

    figures, runs = seal.run(repetitions=1, budget_s=30, waiting=5)
    assert runs == 1
    assert figures["seal_and_save_ms"] > 0
    assert figures["seal_5_unsent_ms"] > 0
    assert figures["seal_outbox_ratio"] > 0


def test_memory_probe_opens_a_visit_in_the_real_app() -> None:
    from bench import app_rss

    figures, runs = app_rss.run(repetitions=1, families=20)
    assert runs == 1
    _positive(figures)
    assert figures["app_peak_rss_mb"] >= figures["app_rss_mb"]


@pytest.mark.usefixtures("qapp")  # the PDF is rendered by the app's code
def test_sync_bench_sends_every_record_through_the_engine_and_the_bare_endpoint() -> None:
    from bench import sync_upload

    figures = sync_upload.run(1, count=4)
    _positive(figures)
    assert figures["sync_records"] == 4


@pytest.mark.usefixtures("qapp")
def test_ingest_bench_counts_every_upload() -> None:
    from bench import central_ingest

    figures = central_ingest.run(laptops=3)
    assert figures["central_ingest_errors"] == 0
    assert figures["central_ingest_laptops"] == 3
    assert figures["central_ingest_p99_ms"] >= figures["central_ingest_p50_ms"] > 0
