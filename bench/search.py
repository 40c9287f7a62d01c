"""Search as you type over 10,000 families.

A "keystroke" is one call with the text typed so far: "o", "ok", "oka", … . The domain
index (FamilySearchIndex.matching) is timed on its own; then the families table model's
filter (FamiliesTableModel.set_query, a model reset) with the model shown in the real
families page, and the whole keystroke as the worker sees it (text set in the page's
search field, then Qt's pending events, including the table's repaint, processed).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from bench.common import SEED, Figures, elapsed_ms, median, percentile, repeat, today
from cssw_core.domain.family import Family
from cssw_core.domain.search import FamilySearchIndex
from cssw_desktop.demo import demo_families


def typed(text: str) -> list[str]:
    """What the search field holds after each keystroke while typing `text`."""
    return [text[:i] for i in range(1, len(text) + 1)]


def keystrokes(families: Sequence[Family]) -> list[str]:
    """A worker's typing: a surname, an accented child's name typed without the accent,
    a child's full name (two words), a case reference, and clearing the field."""
    reference = next(
        (f.case_reference for f in families[len(families) // 2 :] if f.case_reference), "DEMO-1"
    )
    child = next((c.name for f in families for c in f.children if " " in c.name), "Amara Okafor")
    return [
        *typed("okafor"),
        *typed("zoe"),
        *typed(child.lower()),
        *typed(reference.lower()),
        "",
    ]


def time_keystrokes(search: Callable[[str], Any], queries: Sequence[str]) -> list[float]:
    """Milliseconds for each query, typed in order."""
    times = []
    for query in queries:
        start = time.perf_counter()
        search(query)
        times.append(elapsed_ms(start))
    return times


def index_keystroke_ms(families: Sequence[Family], queries: Sequence[str]) -> list[float]:
    """Per-keystroke milliseconds of FamilySearchIndex.matching (results made into a list,
    as a caller walking them would)."""
    index = FamilySearchIndex(families)
    return time_keystrokes(lambda q: list(index.matching(q)), queries)


class ModelBench:
    """The families page (search field, table view and model) shown with the families.

    Needs a QApplication (offscreen is fine)."""

    def __init__(self, families: Sequence[Family]) -> None:
        from PySide6.QtWidgets import QApplication

        from cssw_desktop.ui.families.families_page import FamiliesPage
        from cssw_desktop.ui.models.families import FamiliesTableModel

        self.app = QApplication.instance() or QApplication([])
        self.model = FamiliesTableModel()
        self.page = FamiliesPage(self.model)
        self.page.resize(1000, 700)
        self.model.set_families(families)
        self.page.fit_columns()
        self.page.show()
        self.app.processEvents()

    def model_keystroke_ms(self, queries: Sequence[str]) -> list[float]:
        """Per-keystroke milliseconds of the model's filter (set_query)."""
        times = time_keystrokes(self.model.set_query, queries)
        self.model.set_query("")
        self.app.processEvents()
        return times

    def page_keystroke_ms(self, queries: Sequence[str]) -> list[float]:
        """Per-keystroke milliseconds of typing in the page: setText, then pending events."""

        def keystroke(query: str) -> None:
            self.page.search.setText(query)
            self.app.processEvents()

        times = time_keystrokes(keystroke, queries)
        self.page.search.setText("")
        self.app.processEvents()
        return times

    def close(self) -> None:
        self.page.close()
        self.page.deleteLater()
        self.app.processEvents()


def run(
    repetitions: int = 7, count: int = 10_000, budget_s: float = 30.0, with_model: bool = True
) -> tuple[Figures, int]:
    """Median and p95 per keystroke, over every keystroke of every repetition."""
    families = demo_families(count, today(), seed=SEED)
    queries = keystrokes(families)
    index_keystroke_ms(families, queries)  # warm-up
    index_times = repeat(lambda _i: index_keystroke_ms(families, queries), repetitions, budget_s)
    pooled = [t for run in index_times for t in run]
    figures: Figures = {
        "search_10k_ms": median(pooled),
        "search_10k_p95_ms": percentile(pooled, 95),
        "search_10k_max_ms": max(pooled),
    }
    if with_model:
        bench = ModelBench(families)
        try:
            bench.model_keystroke_ms(queries)  # warm-up
            model_times = repeat(
                lambda _i: bench.model_keystroke_ms(queries), repetitions, budget_s
            )
            page_times = repeat(lambda _i: bench.page_keystroke_ms(queries), repetitions, budget_s)
        finally:
            bench.close()
        model_pooled = [t for run in model_times for t in run]
        page_pooled = [t for run in page_times for t in run]
        figures |= {
            "search_10k_model_ms": median(model_pooled),
            "search_10k_model_p95_ms": percentile(model_pooled, 95),
            "search_10k_page_ms": median(page_pooled),
            "search_10k_page_p95_ms": percentile(page_pooled, 95),
        }
    return figures, len(index_times)
