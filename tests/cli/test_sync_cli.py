"""The command line of signed exchange: log import/trust/workstation/sync and replay's integrity faults."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.cli import main
from tests.conftest import EXAMPLES

AS_OF = "2026-11-24T12:00"


def run(capsys, monkeypatch, station: str, tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    """Run the CLI as workstation `station` (its own config folder, so its own keys)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / f"config-{station}"))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add(capsys, monkeypatch, station, tmp_path, *stems):
    db = tmp_path / f"{station}.db"
    files = [str(EXAMPLES / f"{stem}.json") for stem in stems]
    code, _, err = run(capsys, monkeypatch, station, tmp_path, "log", "add", *files, "--as-of", AS_OF, "--db", str(db))
    assert (code, err) == (0, "")
    return db


def test_import_needs_a_trusted_signer_and_refuses_a_hand_edited_decision(capsys, monkeypatch, tmp_path):
    a = add(capsys, monkeypatch, "a", tmp_path, "recovering", "long-neutropenia")
    export = tmp_path / "a.json"
    assert (
        run(capsys, monkeypatch, "a", tmp_path, "log", "export", "--format", "json", "--out", str(export), "--db", str(a))[0] == 0
    )
    _, shown, _ = run(capsys, monkeypatch, "a", tmp_path, "log", "workstation")
    b = tmp_path / "b.db"
    code, out, err = run(capsys, monkeypatch, "b", tmp_path, "log", "import", str(export), "--db", str(b))
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and "not trusted here" in err
    code, out, _ = run(capsys, monkeypatch, "b", tmp_path, "log", "trust", str(export))
    fingerprint = shown.split("fingerprint ")[1].strip()
    assert code == 0 and f"fingerprint {fingerprint}" in out
    code, out, _ = run(capsys, monkeypatch, "b", tmp_path, "log", "import", str(export), "--db", str(b))
    assert code == 0 and "imported 2 cases" in out
    code, out, _ = run(capsys, monkeypatch, "b", tmp_path, "log", "list", "--json", "--db", str(b))
    first = json.loads(out)[0]["id"]
    code, out, _ = run(capsys, monkeypatch, "b", tmp_path, "log", "show", first, "--db", str(b))
    assert "origin       imported from workstation" in out and "signed, re-checked" in out

    document = json.loads(export.read_text(encoding="utf-8"))
    document.pop("signature")
    document["workstation"] = None
    row = next(row for row in document["tables"]["evaluations"] if row["decision"] == "withhold")
    row["decision"] = "resume"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(document), encoding="utf-8")
    c = tmp_path / "c.db"
    code, out, err = run(capsys, monkeypatch, "c", tmp_path, "log", "import", str(edited), "--db", str(c))
    assert code == 1 and "is not signed" in err
    code, out, err = run(capsys, monkeypatch, "c", tmp_path, "log", "import", str(edited), "--accept-unsigned", "--db", str(c))
    assert code == 1 and len(err.splitlines()) == 1
    assert f"evaluations record {row['id']}: decision: says 'resume'" in err
    code, out, _ = run(capsys, monkeypatch, "c", tmp_path, "log", "list", "--db", str(c))
    assert "no logged cases match" in out


def test_sync_three_workstations_by_the_command_line(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "usb"
    stations = {"a": ("recovering",), "b": ("febrile", "unit-slip"), "c": ("long-neutropenia",)}
    dbs = {name: add(capsys, monkeypatch, name, tmp_path, *stems) for name, stems in stations.items()}
    code, out, err = run(capsys, monkeypatch, "a", tmp_path, "log", "sync", str(folder), "--db", str(dbs["a"]))
    assert code == 0 and "wrote 1 cases" in out
    code, out, err = run(capsys, monkeypatch, "b", tmp_path, "log", "sync", str(folder), "--db", str(dbs["b"]))
    assert code == 0 and "not trusted, not imported" in out and "fingerprint" in out
    for name in ("c", "b", "a", "c"):
        code, out, err = run(
            capsys, monkeypatch, name, tmp_path, "log", "sync", str(folder), "--trust-new", "--db", str(dbs[name])
        )
        assert (code, err) == (0, "")
    ids = {}
    for name, db in dbs.items():
        _, out, _ = run(capsys, monkeypatch, name, tmp_path, "log", "list", "--json", "--db", str(db))
        ids[name] = sorted(row["id"] for row in json.loads(out))
        assert run(capsys, monkeypatch, name, tmp_path, "log", "verify", "--db", str(db))[0] == 0
    assert ids["a"] == ids["b"] == ids["c"] and len(ids["a"]) == 4
    code, out, _ = run(capsys, monkeypatch, "a", tmp_path, "log", "sync", str(folder), "--db", str(dbs["a"]))
    assert code == 0 and "already holds every record" in out and "imported 0 cases" in out


def test_replay_reports_a_difference_under_the_same_pack_as_an_integrity_fault(capsys, monkeypatch, tmp_path):
    db = add(capsys, monkeypatch, "a", tmp_path, "long-neutropenia", "recovering")
    code, out, err = run(capsys, monkeypatch, "a", tmp_path, "log", "replay", "--check", "--db", str(db))
    assert (code, err) == (0, "") and "0 of 2 decisions would now differ" in out
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER evaluations_no_update")
    conn.execute("UPDATE evaluations SET decision = 'resume' WHERE decision = 'withhold'")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, monkeypatch, "a", tmp_path, "log", "replay", "--db", str(db))
    assert code == 1 and "INTEGRITY FAULT" in out and len(err.splitlines()) == 1 and "same pack sha256" in err
