"""Sorting the case list: an allow-list of orders, applied by SQLite to the whole log."""

from __future__ import annotations

import pytest

from desktop_app.caselog.queries import ORDERS
from desktop_app.models import InputError
from desktop_app.services import caselog


@pytest.fixture
def sortable(log, evaluated):
    batch = []
    for n, stem in enumerate(("febrile", "recovering", "long-neutropenia", "cbc-derived")):
        case, rec = evaluated(stem, patient_ref=f"P-{3 - n}")
        batch.append((case, rec))
    caselog.record_evaluations(log, batch, who="dr-a")
    return log


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_every_order_lists_every_case_once(sortable, order):
    rows = caselog.list_cases(sortable, order=order)
    assert len(rows) == 4 and len({row.id for row in rows}) == 4


def test_orders_sort_by_their_column(sortable):
    refs = [row.patient_ref for row in caselog.list_cases(sortable, order="patient")]
    assert refs == sorted(refs)
    counts = [row.anc_cells_per_uL for row in caselog.list_cases(sortable, order="anc_desc")]
    assert counts == sorted(counts, reverse=True)
    decisions = [row.decision for row in caselog.list_cases(sortable, order="decision")]
    assert decisions == sorted(decisions)


def test_an_unknown_order_is_refused_by_name(sortable):
    with pytest.raises(InputError, match="order"):
        caselog.list_cases(sortable, order="patient_ref; DROP TABLE evaluations")


def test_continuing_after_a_case_needs_the_newest_first_order(sortable):
    first = caselog.list_cases(sortable, limit=1)[0]
    with pytest.raises(InputError, match="after"):
        caselog.list_cases(sortable, after=first.id, order="patient")


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_every_order_reads_an_index_instead_of_sorting_the_whole_log(log, order):
    from desktop_app.caselog import queries

    sql = queries._ROW + " ORDER BY " + ORDERS[order] + queries._PAGE
    plan = " | ".join(row[3] for row in log.db.execute("EXPLAIN QUERY PLAN " + sql, {"limit": 1, "offset": 0}))
    assert "USING INDEX" in plan.split("|")[0], plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
