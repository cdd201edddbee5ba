"""The JSON export is written by a streaming encoder, one record at a time, with the same bytes as the
former writer (header dumped whole and sliced open), so files, hashes and signatures are unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop_app.caselog import exchange
from desktop_app.caselog.schema import SCHEMA_VERSIONS
from desktop_app.caselog.signing import SIGNATURE_FIELD, split_signed, verify
from desktop_app.services import caselog, workstation

FIXED_MOMENT = "2026-11-24T12:00:00.000000+00:00"


def former_export(db, out: Path, signer=None, keep=None) -> int:
    """The export writer as it was before the streaming encoder (a dumped header sliced open), kept as a reference."""
    cases = 0
    exported: set[tuple[str, str]] = set()
    evaluations: set[str] = set()
    with open(out, "w", encoding="utf-8", newline="") as handle:
        hasher = hashlib.sha256()

        def write(text: str) -> None:
            handle.write(text)
            hasher.update(text.encode("utf-8"))

        header = {
            "format": exchange.EXPORT_FORMAT, "version": exchange.EXPORT_VERSION, "exported_at": FIXED_MOMENT,
            "schema": list(SCHEMA_VERSIONS), "incremental": keep is not None,
            "workstation": None if signer is None else {
                "id": signer.workstation_id, "name": signer.workstation_name, "public_key": signer.public_key,
            },
        }  # fmt: skip
        write(json.dumps(header, ensure_ascii=False)[:-1] + ', "tables": {')
        for position, table in enumerate(exchange.EXCHANGED_TABLES):
            write(("" if position == 0 else ",") + "\n" + json.dumps(table) + ": [")
            count = 0
            for row in exchange._table_rows(db, table):
                if table == "observations":
                    if keep is not None and row["evaluation_id"] not in evaluations:
                        continue
                elif keep is not None and not keep(table, row):
                    continue
                write(("\n" if count == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
                count += 1
                exported.add((table, row["id"]))
                if table == "evaluations":
                    cases += 1
                    evaluations.add(row["id"])
            write("]")
        write('\n},\n"audit": [')
        for count, event in enumerate(exchange._carried_events(db, exported)):
            write(("\n" if count == 0 else ",\n") + json.dumps(event, ensure_ascii=False))
        write("]")
        if signer is None:
            handle.write("\n}\n")
        else:
            handle.write(",\n" + SIGNATURE_FIELD + json.dumps(signer.sign(hasher.digest())) + "}\n")
    return cases


@pytest.fixture
def busy_log(log, evaluated, example_stems):
    ids = caselog.record_evaluations(log, [evaluated(stem) for stem in example_stems], who="Dr Ądá \u2014 \U0001f9ea")
    caselog.add_note(log, ids[0], 'seen again: "=1+1" \u00e9\n second line', who="Dr Ada")
    caselog.withdraw(log, ids[-1], "entered twice", who="Dr Ada")
    return log


@pytest.mark.parametrize("signed", [False, True])
@pytest.mark.parametrize("incremental", [False, True])
def test_the_streamed_export_has_the_same_bytes_as_the_former_writer(tmp_path, busy_log, monkeypatch, signed, incremental):
    monkeypatch.setattr(exchange, "now_utc", lambda: FIXED_MOMENT)
    signer = workstation.this_workstation(tmp_path / "keys") if signed else None
    skipped = busy_log.conn.execute("SELECT id FROM evaluations ORDER BY rowid LIMIT 1").fetchone()[0]
    keep = (lambda table, row: row["id"] != skipped and row.get("evaluation_id") != skipped) if incremental else None
    with busy_log.snapshot() as db:
        cases = exchange.export_json(db, tmp_path / "streamed.json", signer, keep)
        former_cases = former_export(db, tmp_path / "former.json", signer, keep)
    streamed, former = (tmp_path / "streamed.json").read_bytes(), (tmp_path / "former.json").read_bytes()
    assert streamed == former and cases == former_cases
    assert cases == busy_log.conn.execute("SELECT count(*) FROM evaluations").fetchone()[0] - (1 if incremental else 0)
    if signed:  # the signature is over the same bytes, and it still holds
        content, signature = split_signed(streamed)
        assert verify(signer.public_key, hashlib.sha256(content).digest(), signature)
    if not incremental:
        assert json.loads(streamed)["tables"]["notes"][0]["text"].startswith('seen again: "=1+1" é')


def test_the_export_never_encodes_the_document_whole(tmp_path, busy_log, monkeypatch):
    """Each record is encoded by itself: no string the size of the tables is ever made."""
    encoded: list[int] = []
    real = exchange._ENCODER

    class Counting(json.JSONEncoder):
        def encode(self, value):
            text = real.encode(value)
            encoded.append(len(text))
            return text

        def iterencode(self, value, _one_shot=False):
            return real.iterencode(value, _one_shot)

    monkeypatch.setattr(exchange, "_ENCODER", Counting())
    caselog.export_log(busy_log, tmp_path / "out.json", "json")
    size = (tmp_path / "out.json").stat().st_size
    rows = busy_log.conn.execute("SELECT (SELECT count(*) FROM evaluations) + (SELECT count(*) FROM observations)").fetchone()[0]
    assert len(encoded) > rows and max(encoded) < size / 2
