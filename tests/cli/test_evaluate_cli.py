"""`neutrohold evaluate`, `packs` and `--version` as a clinician or a script would call them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from tests.conftest import EXAMPLES

AS_OF = "2026-11-24T12:00:00"
GOOD = {
    "patient_ref": "CLI-1",
    "anakinra": "active",
    "anc": [{"value": 320, "unit": "cells/uL", "taken_at": "2026-11-24T08:00:00"}],
    "urti": "active",
    "infection_signs": False,
}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=120)


def write(tmp_path: Path, data: object, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def test_evaluate_json_contract_fields(tmp_path):
    result = run_cli("evaluate", str(write(tmp_path, GOOD)), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["decision"] == "withhold"
    assert out["anc_cells_per_uL"] == 320
    assert out["severity"] == "severe"
    for key in (
        "criteria",
        "earliest_resume_at",
        "prophylaxis",
        "monitoring",
        "red_flags",
        "risk_factors",
        "pitfalls",
        "citations",
        "trace",
        "pack",
        "what_would_change",
        "warnings",
    ):
        assert key in out
    assert {c["id"] for c in out["criteria"]} == {"anc_recovered", "urti_resolved", "no_active_infection", "afebrile_48h"}
    assert set(out["pack"]) >= {"id", "version", "sha256", "overrides"}
    assert out["monitoring"][0]["due_at"] == "2026-11-25T08:00:00+00:00"


def test_same_input_gives_identical_bytes(tmp_path):
    path = str(write(tmp_path, GOOD))
    assert run_cli("evaluate", path, "--as-of", AS_OF).stdout == run_cli("evaluate", path, "--as-of", AS_OF).stdout


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_evaluates_in_both_formats(example, capsys):
    assert main(["evaluate", str(example), "--as-of", AS_OF]) == 0
    assert json.loads(capsys.readouterr().out)["decision"] in ("withhold", "resume", "continue")
    assert main(["evaluate", str(example), "--as-of", AS_OF, "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "DECISION:" in text and "Pitfall checklist" in text


def test_text_format_reads_like_a_summary(capsys):
    assert main(["evaluate", str(EXAMPLES / "febrile.json"), "--as-of", AS_OF, "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert text.index("RED FLAGS") < text.index("DECISION: WITHHOLD ANAKINRA")
    assert "Earliest resume: 2026-11-25 21:15" in text
    assert "Sources differ" in text


def test_as_of_from_the_case_is_used_when_not_given(tmp_path, capsys):
    path = write(tmp_path, {**GOOD, "as_of": "2026-11-24T09:00:00"})
    assert main(["evaluate", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["as_of"] == "2026-11-24T09:00:00+00:00"


def test_overrides_flag(tmp_path, capsys):
    overrides = tmp_path / "site.toml"
    overrides.write_text('site = "Ward 7"\n[overrides.hold_anc_below]\nvalue = 300\nreason = "haematology agreed"\n')
    assert main(["evaluate", str(write(tmp_path, GOOD)), "--as-of", AS_OF, "--overrides", str(overrides)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["pack"]["site"] == "Ward 7"
    assert out["pack"]["overrides"][0]["key"] == "hold_anc_below"


BAD_CASES = {
    "not JSON": ("{not json", "is not valid JSON"),
    "not an object": ("[1, 2]", "case: must be a JSON object"),
    "unknown unit": ({**GOOD, "anc": [{"value": 300, "unit": "mmol/L", "taken_at": "2026-11-24T08:00"}]}, "anc[0].unit"),
    "negative count": ({**GOOD, "anc": [{"value": -5, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}]}, "anc[0].value"),
    "absurd count": ({**GOOD, "anc": [{"value": 9_000_000, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}]}, "anc[0].value"),
    "count after as_of": (
        {**GOOD, "anc": [{"value": 300, "unit": "cells/uL", "taken_at": "2026-11-25T08:00"}]},
        "anc[0].taken_at",
    ),
    "fever after as_of": ({**GOOD, "last_fever_at": "2026-11-24T13:00"}, "last_fever_at"),
    "missing patient_ref": ({k: v for k, v in GOOD.items() if k != "patient_ref"}, "patient_ref: is required"),
    "missing anakinra": ({k: v for k, v in GOOD.items() if k != "anakinra"}, "anakinra: is required"),
    "no count at all": ({**GOOD, "anc": []}, "at least one neutrophil count"),
    "age out of range": ({**GOOD, "age_years": 130}, "age_years"),
    "percent over 100": (
        {**GOOD, "cbc": [{"wbc": 3, "neutrophil_pct": 120, "taken_at": "2026-11-24T08:00"}]},
        "cbc[0].neutrophil_pct",
    ),
    "percents add over 100": (
        {**GOOD, "cbc": [{"wbc": 3, "neutrophil_pct": 80, "band_pct": 30, "taken_at": "2026-11-24T08:00"}]},
        "cbc[0].band_pct",
    ),
    "unknown field": ({**GOOD, "anc_value": 3}, "anc_value: is not a field"),
    "bad date": ({**GOOD, "last_fever_at": "yesterday"}, "last_fever_at"),
    "bad urti": ({**GOOD, "urti": "sniffles"}, "urti: 'sniffles' is not one of"),
}


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_input_exits_2_with_one_line_naming_the_field(name, tmp_path, capsys):
    data, needle = BAD_CASES[name]
    assert main(["evaluate", str(write(tmp_path, data)), "--as-of", AS_OF]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert needle in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["evaluate", "/nonexistent/case.json", "--as-of", AS_OF], "file not found"),
        (["evaluate", "CASE", "--as-of", "next tuesday"], "is not an ISO date-time"),
        (["evaluate", "CASE", "--format", "xml"], "invalid choice"),
        (["evaluate"], "required"),
        (["frobnicate"], "invalid choice"),
        (["evaluate", "CASE", "--overrides", "/nonexistent.toml"], "file not found"),
    ],
)
def test_bad_command_lines_exit_2_with_one_line(args, needle, tmp_path, capsys):
    path = str(write(tmp_path, GOOD))
    assert main([path if a == "CASE" else a for a in args]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]


def test_bad_input_in_a_real_process_has_no_traceback(tmp_path):
    result = run_cli("evaluate", str(write(tmp_path, {**GOOD, "age_years": -3})), "--as-of", AS_OF)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "age_years" in result.stderr


def test_packs_lists_and_rechecks(capsys):
    assert main(["packs"]) == 0
    line = capsys.readouterr().out
    assert "anakinra-neutropenia 1.1.0" in line and "golden cases 28 passed" in line


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"neutrohold {__version__}"


def test_help_lists_every_command_and_log_help_lists_its_own(capsys):
    with pytest.raises(SystemExit) as top:
        main(["--help"])
    assert top.value.code == 0
    listed = capsys.readouterr().out
    for command in ("evaluate", "packs", "gui", "log"):
        assert f"    {command} " in listed
    assert "the case log: add, list, show" in listed
    with pytest.raises(SystemExit) as log:
        main(["log", "--help"])
    assert log.value.code == 0
    log_help = capsys.readouterr().out
    for command in ("add", "list", "show", "print", "export", "import", "backup", "verify", "replay"):
        assert f"    {command} " in log_help, command


def test_options_before_log_still_reach_its_commands(tmp_path, capsys):
    # Top-level options may come first; the log's commands are still built and parsed.
    assert main(["log", "add", str(EXAMPLES / "recovering.json"), "--db", str(tmp_path / "x.db")]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--overrides",
                str(tmp_path / "unused.toml"),
                "log",
                "list",
                "--search",
                "nobody",
                "--db",
                str(tmp_path / "x.db"),
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out) == []
