"""The case list: full-text search with user text taken literally, filters, paging and counting."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.caselog import queries
from desktop_app.caselog.queries import search_expression
from desktop_app.models import InputError
from desktop_app.services import caselog
from desktop_app.services.caselog import CaseFilter


@pytest.fixture
def filled(log, evaluated, example_stems):
    ids = {stem: caselog.record_evaluation(log, *evaluated(stem), who="dr-a") for stem in example_stems}
    return log, ids


def test_search_finds_patient_refs_by_prefix_and_notes_by_word(filled):
    log, ids = filled
    assert [row.id for row in caselog.list_cases(log, "RHEU-04")] == [ids["recovering"]]
    assert [row.id for row in caselog.list_cases(log, "haem")] == [ids["long-neutropenia"]]
    assert [row.id for row in caselog.list_cases(log, "crackles right")] == [ids["chest-spread"]]
    assert caselog.count_cases(log, "rheu") == 5


@pytest.mark.parametrize(
    "text", ['"', 'RHEU" OR "HAEM', "NEAR(rheu haem)", "rheu*", "-rheu", "a AND", "'; DROP TABLE evaluations; --", "^", "(", "*"]
)
def test_search_text_is_taken_literally(filled, text):
    log, _ = filled
    rows = caselog.list_cases(log, text)
    assert len(rows) == caselog.count_cases(log, text) <= 5
    assert caselog.count_cases(log) == 6


def test_search_expression_quotes_every_word():
    assert search_expression("") is None
    assert search_expression("  ") is None
    assert search_expression("--- ^") == ""
    assert search_expression('RHEU-04 say "hi"') == '"RHEU-04"* "say"* """hi"""*'


def test_filters_by_decision_moment_and_pack_version(log, evaluated):
    earlier = datetime(2026, 11, 20, 9, 0)
    case, rec = evaluated("recovering")
    old = caselog.record_evaluation(log, case, rec.model_copy(update={"as_of": earlier}), who="dr-a")
    new = caselog.record_evaluation(log, *evaluated("febrile"), who="dr-a")
    relabelled = rec.pack.model_copy(update={"version": "2.0.0"})
    other = caselog.record_evaluation(log, case, rec.model_copy(update={"pack": relabelled}), who="dr-a")

    def ids(**narrowing) -> set[str]:
        return {row.id for row in caselog.list_cases(log, filters=CaseFilter(**narrowing))}

    assert ids(decision="withhold") == {new}
    assert ids(decision="resume") == {old, other}
    assert ids(until=datetime(2026, 11, 20, 9, 0)) == {old}
    assert ids(until=datetime(2026, 11, 20, 8, 59)) == set()
    assert ids(since=datetime(2026, 11, 21)) == {new, other}
    assert ids(since=datetime(2026, 11, 20, 9, 0), until=datetime(2026, 11, 20, 9, 0)) == {old}
    assert ids(pack_version="2.0.0") == {other}
    assert caselog.count_cases(log, filters=CaseFilter(decision="resume", pack_version="2.0.0")) == 1
    assert caselog.count_cases(log, "RHEU-0412", CaseFilter(since=datetime(2026, 11, 21))) == 1


def test_paging_walks_every_case_once_newest_first(log, evaluated):
    case, rec = evaluated()
    start = datetime(2026, 1, 1, 8, 0)
    batch = [(case, rec.model_copy(update={"as_of": start + timedelta(hours=i)})) for i in range(23)]
    caselog.record_evaluations(log, batch, who="dr-a")
    pages = [caselog.list_cases(log, offset=offset, limit=10) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 3]
    moments = [row.as_of for page in pages for row in page]
    assert moments == sorted(moments, reverse=True) and len(set(moments)) == 23
    assert caselog.count_cases(log) == 23
    walked, after = [], None
    while page := caselog.list_cases(log, limit=7, after=after):
        walked += page
        after = page[-1].id
    assert [row.id for row in walked] == [row.id for page in pages for row in page]
    assert [row.id for row in caselog.list_cases(log, "rheu", CaseFilter(decision="resume"), after=walked[4].id, limit=3)] == [
        row.id for row in walked[5:8]
    ]
    with pytest.raises(InputError):
        caselog.list_cases(log, limit=0)


def test_list_and_count_use_indexes_not_a_table_scan(log):
    for sql in (
        "SELECT id FROM evaluations e ORDER BY e.as_of DESC, e.id DESC LIMIT 50",
        "SELECT id FROM evaluations e WHERE e.decision = 'withhold' ORDER BY e.as_of DESC, e.id DESC LIMIT 50",
        "SELECT count(*) FROM evaluations e WHERE e.pack_version = '1'",
    ):
        plan = " ".join(row[3] for row in log.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING" in plan and "TEMP B-TREE" not in plan, plan


def test_broad_and_narrow_search_plans_give_the_same_page(filled, monkeypatch):
    log, _ = filled
    narrow = [row.id for row in caselog.list_cases(log, "rheu", limit=3, offset=1)]
    narrow_count = caselog.count_cases(log, "rheu", CaseFilter(decision="withhold"))
    monkeypatch.setattr(queries, "BROAD_SEARCH_MATCHES", 0)
    assert [row.id for row in caselog.list_cases(log, "rheu", limit=3, offset=1)] == narrow
    assert caselog.count_cases(log, "rheu", CaseFilter(decision="withhold")) == narrow_count == 4


def test_a_broad_search_walks_the_newest_first_index(log):
    sql = queries._ROW + " WHERE " + queries._BROAD_SEARCH + " ORDER BY " + queries.ORDERS["newest"] + queries._PAGE
    plan = " ".join(row[3] for row in log.db.execute("EXPLAIN QUERY PLAN " + sql, {"search": "x", "limit": 1, "offset": 0}))
    assert "SCAN e USING COVERING INDEX evaluations_by_moment" in plan or "SCAN e USING INDEX evaluations_by_moment" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
