"""The streaming reader yields the records json.load gives; `log import` (the checked path) merges idempotently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.caselog import streaming
from desktop_app.models import InputError
from desktop_app.services import caselog


def filled_log(path: Path, evaluated, stems) -> caselog.CaseLog:
    log = caselog.open_log(path)
    ids = caselog.record_evaluations(log, [evaluated(stem) for stem in stems], who="Dr Ada")
    caselog.add_note(log, ids[0], "seen again", who="Dr Ada")
    caselog.withdraw(log, ids[-1], "entered twice", who="Dr Ada")
    return log


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_the_reader_yields_every_record_of_the_export_whatever_the_piece_size(
    tmp_path, evaluated, example_stems, monkeypatch, chunk
):
    with filled_log(tmp_path / "a.db", evaluated, example_stems) as log:
        out = tmp_path / "export.json"
        caselog.export_log(log, out, "json")
    monkeypatch.setattr(streaming, "READ_CHUNK", chunk)
    header: dict = {}
    streamed = [(table, row) for table, _, row in streaming.stream_export(out, header)]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert streamed == [(table, row) for table, rows in document["tables"].items() for row in rows]
    assert header["format"] == "neutrohold-caselog-export" and "tables" not in header


def test_a_compact_export_written_by_another_tool_reads_the_same_but_its_signature_no_longer_holds(
    tmp_path, evaluated, example_stems
):
    from desktop_app.caselog.import_check import ImportRefused

    with filled_log(tmp_path / "a.db", evaluated, example_stems[:2]) as log:
        out = tmp_path / "export.json"
        caselog.export_log(log, out, "json")
    document = json.loads(out.read_text(encoding="utf-8"))
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
    streamed = [(table, row) for table, _, row in streaming.stream_export(compact, {})]
    assert streamed == [(table, row) for table, rows in document["tables"].items() for row in rows]
    assert ("withdrawals", document["tables"]["withdrawals"][0]) in streamed
    with caselog.open_log(tmp_path / "b.db") as other:
        with pytest.raises(ImportRefused, match="signature"):
            caselog.import_log(other, compact)  # re-written after signing: refused whole
        assert caselog.count_cases(other) == 0
        summary = caselog.import_log(other, out)
        assert summary.added["evaluations"] == 2 and summary.added["withdrawals"] == 1


def test_importing_twice_adds_nothing_and_the_merge_is_verified(tmp_path, evaluated, example_stems):
    with filled_log(tmp_path / "a.db", evaluated, example_stems) as log:
        out = tmp_path / "export.json"
        caselog.export_log(log, out, "json")
    with caselog.open_log(tmp_path / "b.db") as other:
        first = caselog.import_log(other, out)
        assert first.added["evaluations"] == len(example_stems) and first.added["notes"] == 1
        assert first.added["observations"] > len(example_stems)
        again = caselog.import_log(other, out)
        assert sum(again.added.values()) == 0 and again.updated["episodes"] == 0
        assert again.already_present == sum(first.added.values())
        assert caselog.verify(other).ok
        assert caselog.count_cases(other) == len(example_stems)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": "neutrohold-caselog-export", "version": 1, "tables": {"patients": [{"id": "6f', "not valid JSON"),
        ('{"format": "something-else", "version": 1, "tables": {}}', "not a NeutroHold case log export"),
        ('{"format": "neutrohold-caselog-export", "version": 1, "tables": {"secrets": []}}', "must hold only"),
        ('{"format": "neutrohold-caselog-export", "version": 1, "tables": {"patients": [{"id": "x"}]}}', "tables.patients[0]"),
    ],
)
def test_a_bad_file_is_named_and_nothing_is_imported(tmp_path, text, words):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as log:
        with pytest.raises(InputError) as caught:
            caselog.import_log(log, bad)
        assert words in str(caught.value.field) + caught.value.message
        assert caselog.count_cases(log) == 0
        assert log.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 1  # the schema event only
