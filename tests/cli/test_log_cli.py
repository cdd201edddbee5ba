"""`neutrohold log ...`: what a clinician or a script sees, exit codes, and one clear line on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import caselog
from tests.conftest import EXAMPLES, REPO

AS_OF = "2026-11-24T12:00"
ALL_EXAMPLES = sorted(str(path) for path in EXAMPLES.glob("*.json"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "caselog.db"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_examples(capsys, db: Path) -> dict[str, dict]:
    code, out, err = run(capsys, "log", "add", *ALL_EXAMPLES, "--as-of", AS_OF, "--json", "--db", str(db), "--who", "Dr Ada")
    assert (code, err) == (0, "")
    lines = [json.loads(line) for line in out.splitlines()]
    return {Path(line["file"]).stem: line for line in lines}


def test_add_prints_each_recorded_case_with_its_decision(capsys, db):
    code, out, err = run(capsys, "log", "add", ALL_EXAMPLES[0], ALL_EXAMPLES[1], "--as-of", AS_OF, "--db", str(db))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[1:] == ["withhold", "RHEU-0555"]
    with caselog.open_log(db) as log:
        assert {row.id for row in caselog.list_cases(log)} == {line.split()[0] for line in lines}


def test_add_json_gives_one_object_per_case(capsys, db):
    added = add_examples(capsys, db)
    assert set(added) == {Path(p).stem for p in ALL_EXAMPLES}
    assert added["recovering"]["decision"] == "resume" and added["febrile"]["decision"] == "withhold"
    assert added["recovering"]["as_of"] == "2026-11-24T12:00:00+00:00"
    with caselog.open_log(db) as log:
        record = caselog.get_case(log, added["recovering"]["id"])
        assert record.row.who == "Dr Ada"


def test_an_invalid_file_is_named_with_its_field_and_nothing_from_it_is_written(capsys, db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"patient_ref": "RHEU-9", "anakinra": "active",
                               "anc": [{"value": 300, "unit": "mmol/L", "taken_at": "2026-11-24T08:00"}]}), encoding="utf-8")  # fmt: skip
    code, out, err = run(capsys, "log", "add", str(bad), ALL_EXAMPLES[0], "--as-of", AS_OF, "--db", str(db))
    assert code == 2
    assert err.count("\n") == 1 and str(bad) in err and "anc[0].unit" in err and "Traceback" not in err
    assert len(out.splitlines()) == 1
    with caselog.open_log(db) as log:
        assert caselog.count_cases(log) == 1 and caselog.count_cases(log, "RHEU-9") == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [("{not json", "is not valid JSON"), ("[1, 2]", "must be a JSON object"), (None, "file not found")],
)
def test_unreadable_case_files_exit_2_with_one_line(capsys, db, tmp_path, content, expected):
    path = tmp_path / "case.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "log", "add", str(path), "--db", str(db))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and expected in err and str(path) in err


def test_a_moment_in_the_future_of_the_case_is_bad_input(capsys, db):
    code, _, err = run(capsys, "log", "add", ALL_EXAMPLES[0], "--as-of", "2020-01-01T00:00", "--db", str(db))
    assert code == 2 and "taken_at" in err


def test_the_log_location_comes_from_the_environment(capsys, db, monkeypatch):
    monkeypatch.setenv("NEUTROHOLD_DB", str(db))
    code, _, _ = run(capsys, "log", "add", ALL_EXAMPLES[0], "--as-of", AS_OF)
    assert code == 0 and db.exists()
    code, out, _ = run(capsys, "log", "list")
    assert code == 0 and "1-1 of 1 cases" in out
    code, out, err = run(capsys, "--db", str(db.with_name("other.db")), "log", "list")
    assert code == 2 and "other.db does not exist" in err and err.count("\n") == 1
    assert not db.with_name("other.db").exists()


def test_list_search_filters_and_json(capsys, db):
    added = add_examples(capsys, db)
    code, out, _ = run(capsys, "log", "list", "--db", str(db))
    assert code == 0 and "1-6 of 6 cases" in out and added["febrile"]["id"] in out
    code, out, _ = run(capsys, "log", "list", "--search", "crackles", "--json", "--db", str(db))
    assert [row["id"] for row in json.loads(out)] == [added["chest-spread"]["id"]]
    code, out, _ = run(capsys, "log", "list", "--decision", "resume", "--json", "--db", str(db))
    assert [row["patient_ref"] for row in json.loads(out)] == ["RHEU-0412"]
    code, out, _ = run(capsys, "log", "list", "--until", "2026-11-23", "--db", str(db))
    assert "no logged cases match" in out
    code, out, _ = run(capsys, "log", "list", "--since", "2026-11-24", "--until", "2026-11-24", "--json", "--db", str(db))
    assert len(json.loads(out)) == 6
    code, _, err = run(capsys, "log", "list", "--since", "yesterday", "--db", str(db))
    assert code == 2 and "--since" in err
    code, _, err = run(capsys, "log", "list", "--decision", "maybe", "--db", str(db))
    assert code == 2 and err.count("\n") == 1


def test_show_by_id_or_prefix(capsys, db):
    added = add_examples(capsys, db)
    evaluation_id = added["febrile"]["id"]
    code, out, _ = run(capsys, "log", "show", evaluation_id[:8], "--db", str(db))
    assert code == 0 and "RHEU-0977" in out and "withhold" in out and "premature_resumption" in out
    code, out, _ = run(capsys, "log", "show", evaluation_id, "--json", "--db", str(db))
    record = json.loads(out)
    assert record["row"]["id"] == evaluation_id and record["case"]["patient_ref"] == "RHEU-0977"
    assert record["recommendation"]["decision"] == "withhold"
    code, _, err = run(capsys, "log", "show", "ffffffff", "--db", str(db))
    assert code == 2 and "no logged case" in err


def test_export_import_backup_verify(capsys, db, tmp_path):
    add_examples(capsys, db)
    for fmt in ("json", "csv"):
        code, out, _ = run(capsys, "log", "export", "--format", fmt, "--out", str(tmp_path / f"all.{fmt}"), "--db", str(db))
        assert code == 0 and "exported 6 cases" in out
    code, _, err = run(capsys, "log", "export", "--format", "csv", "--out", str(tmp_path / "all.csv"), "--db", str(db))
    assert code == 2 and "already exists" in err
    other = tmp_path / "other.db"
    code, out, _ = run(capsys, "log", "import", str(tmp_path / "all.json"), "--db", str(other))
    assert code == 0 and "imported 6 cases" in out
    code, out, _ = run(capsys, "log", "import", str(tmp_path / "all.json"), "--db", str(other))
    assert code == 0 and "imported 0 cases (nothing new)" in out
    code, out, _ = run(capsys, "log", "backup", str(tmp_path / "copy.db"), "--db", str(db))
    assert code == 0 and "copy.db" in out
    for path in (db, other, tmp_path / "copy.db"):
        code, out, _ = run(capsys, "log", "verify", "--db", str(path))
        assert code == 0 and out.startswith("ok: 6 cases")
    code, _, err = run(capsys, "log", "import", str(tmp_path / "all.csv"), "--db", str(other))
    assert code == 2 and err.count("\n") == 1


def test_replay_lists_drift_under_a_site_override(capsys, db, tmp_path):
    added = add_examples(capsys, db)
    overrides = tmp_path / "label.toml"
    overrides.write_text(
        'site = "Test clinic"\npack = "anakinra-neutropenia"\n\n'
        '[overrides.resume_anc_above]\nvalue = 1500\nreason = "follow the drug label"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "log", "replay", "--db", str(db))
    assert code == 0 and "0 of 6 decisions would now differ" in out
    code, out, _ = run(capsys, "log", "replay", "--overrides", str(overrides), "--db", str(db))
    assert code == 0 and "1 of 6 decisions would now differ" in out
    assert added["recovering"]["id"] in out and "resume -> withhold" in out
    code, out, _ = run(capsys, "log", "replay", "--overrides", str(overrides), "--json", "--check", "--db", str(db))
    assert code == 1
    assert [d["id"] for d in json.loads(out)["drifts"]] == [added["recovering"]["id"]]


def test_a_damaged_log_exits_1_with_a_way_out(capsys, tmp_path):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database" * 100)
    code, out, err = run(capsys, "log", "list", "--db", str(damaged))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "damaged" in err and "backup" in err and "new log" in err
    assert damaged.read_bytes() == b"not a database" * 100


def test_usage_errors_exit_2(capsys, db):
    assert run(capsys, "log")[0] == 2
    assert run(capsys, "log", "add", "--db", str(db))[0] == 2
    assert run(capsys, "log", "export", "--format", "xml", "--out", "x", "--db", str(db))[0] == 2


def test_the_real_command_streams_each_case_as_it_commits(db):
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "log", "add", *ALL_EXAMPLES, "--json", "--as-of", AS_OF, "--db", str(db)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    first = json.loads(process.stdout.readline())
    assert {"id", "decision"} <= set(first)
    with caselog.open_log(db) as log:
        assert caselog.get_case(log, first["id"]).row.decision == first["decision"]
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0 and err == ""
    assert len(out.splitlines()) == len(ALL_EXAMPLES) - 1
