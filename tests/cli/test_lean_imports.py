"""The instant command line: building the parser loads no domain module, and each read or append verb loads
only what it uses (no Qt, no FHIR models, no calendar library; `log list` and `show` not the engine, and
`log list` not even pydantic)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLES

AS_OF = "2026-11-24T12:00"
HEAVY = ("PySide6", "shiboken6", "fhir", "fhir_core", "icalendar", "cryptography", "hl7")

PROBE = """
import json, sys
from desktop_app.cli import build_parser, main
argv = json.loads(sys.argv[1])
if argv:
    import contextlib, io
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(argv)
    assert status == 0, status
else:
    build_parser(["log"])
print(json.dumps(sorted({name.split(".")[0] if not name.startswith("desktop_app") else name for name in sys.modules})))
"""


def loaded_by(*argv: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(argv))], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def test_building_the_parser_loads_no_domain_module():
    loaded = loaded_by()
    domain = {name for name in loaded if name.startswith("desktop_app.") and not name.startswith("desktop_app.cli")}
    assert domain <= {"desktop_app.services", "desktop_app.services.renderers"}
    assert not loaded & {"pydantic", "sqlite_utils", "sqlite3", *HEAVY}


def test_the_read_and_append_verbs_load_only_what_they_use(tmp_path, capsys):
    from desktop_app.cli import main

    db = str(tmp_path / "caselog.db")
    assert main(["log", "add", str(EXAMPLES / "febrile.json"), "--as-of", AS_OF, "--db", db, "--json"]) == 0
    case_id = json.loads(capsys.readouterr().out)["id"]
    for argv in (["log", "list"], ["log", "show", case_id], ["due", "--as-of", AS_OF]):
        loaded = loaded_by(*argv, "--db", db)
        assert not loaded & set(HEAVY), (argv, loaded & set(HEAVY))
        if argv[0] == "log":
            assert not {name for name in loaded if name.startswith(("desktop_app.engine", "desktop_app.reports"))}, argv
        if argv == ["log", "list"]:  # the plain list reads plain rows: no model layer at all
            assert not loaded & {"pydantic", "pydantic_core", "desktop_app.models", "sqlite_utils"}, loaded
    added = loaded_by("log", "add", str(EXAMPLES / "recovering.json"), "--as-of", AS_OF, "--db", db)
    assert not added & set(HEAVY)
    assert not {name for name in added if name.startswith("desktop_app.reports")}
