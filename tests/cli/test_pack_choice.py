"""Several installed packs: `packs` lists them, a case is evaluated with the one it names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.knowledge import installed_pack
from desktop_app.services.locations import site_packs_dir

AS_OF = "2026-11-24T12:00:00"
CASE = {
    "patient_ref": "PACK-1",
    "anakinra": "active",
    "anc": [{"value": 700, "unit": "cells/uL", "taken_at": "2026-11-24T08:00:00"}],
    "urti": "resolved",
    "infection_signs": False,
    "last_fever_at": None,
}


def drop_pack(pack_id: str, hold_below: int = 500) -> Path:
    """A site pack: the shipped one under another id (another hold count fails its golden cases)."""
    folder = site_packs_dir() / pack_id
    shutil.copytree(installed_pack(), folder)
    text = (folder / "pack.toml").read_text()
    text = text.replace('id = "anakinra-neutropenia"', f'id = "{pack_id}"', 1)
    text = text.replace("hold_anc_below = 500 ", f"hold_anc_below = {hold_below} ", 1)
    text = text.replace("resume_anc_above = 500 ", f"resume_anc_above = {hold_below} ", 1)
    (folder / "pack.toml").write_text(text)
    return folder


def evaluate(tmp_path: Path, capsys, case: dict, *args: str) -> tuple[int, dict | None, str]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    code = main(["evaluate", str(path), "--as-of", AS_OF, *args])
    out, err = capsys.readouterr()
    return code, json.loads(out) if code == 0 else None, err


def test_packs_lists_a_dropped_in_pack(capsys):
    drop_pack("site-copy")
    assert main(["packs"]) == 0
    out = capsys.readouterr().out
    assert "anakinra-neutropenia" in out and "(default)" in out
    line = next(line for line in out.splitlines() if line.startswith("site-copy"))
    assert "site" in line and "ok" in line


def test_case_is_evaluated_with_the_pack_it_names(tmp_path, capsys):
    drop_pack("site-copy")
    code, default, _ = evaluate(tmp_path, capsys, CASE)
    assert code == 0 and default["pack"]["id"] == "anakinra-neutropenia"
    code, named, _ = evaluate(tmp_path, capsys, {**CASE, "pack": "site-copy"})
    assert code == 0 and named["pack"]["id"] == "site-copy" and named["decision"] == default["decision"]
    code, chosen, _ = evaluate(tmp_path, capsys, CASE, "--pack", "site-copy")
    assert code == 0 and chosen["pack"]["id"] == "site-copy"


@pytest.mark.parametrize(
    ("case_pack", "option", "needle"),
    [("nowhere", None, "no installed pack named 'nowhere'"), ("site-copy", "anakinra-neutropenia", "differ")],
)
def test_an_unknown_or_conflicting_pack_is_bad_input(tmp_path, capsys, case_pack, option, needle):
    drop_pack("site-copy")
    args = ("--pack", option) if option else ()
    code, _, err = evaluate(tmp_path, capsys, {**CASE, "pack": case_pack}, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "pack" in err and needle in err


def test_a_dropped_pack_never_replaces_the_shipped_one(tmp_path, capsys):
    drop_pack("anakinra-neutropenia", 1000)  # same name, other thresholds: would fail its golden cases if used
    code, rec, err = evaluate(tmp_path, capsys, CASE)
    assert code == 0, err
    assert rec["decision"] == "continue" and rec["pack"]["sha256"] == evaluate_shipped_sha()


def test_log_add_records_each_case_with_its_pack(tmp_path, capsys):
    drop_pack("site-copy")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(CASE))
    second.write_text(json.dumps({**CASE, "patient_ref": "PACK-2", "pack": "site-copy"}))
    db = tmp_path / "log.db"
    assert main(["log", "add", str(first), str(second), "--as-of", AS_OF, "--db", str(db), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["patient_ref"] for row in rows] == ["PACK-1", "PACK-2"]
    assert main(["log", "show", rows[1]["id"], "--json", "--db", str(db)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "site-copy" in json.dumps(shown)
    assert main(["log", "show", rows[0]["id"], "--json", "--db", str(db)]) == 0
    assert "site-copy" not in capsys.readouterr().out


def evaluate_shipped_sha() -> str:
    from desktop_app.knowledge import load_pack_dir

    return load_pack_dir(installed_pack()).sha256
