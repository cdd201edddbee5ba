"""Hypothesis fuzzes the export reader: whatever a file holds, it is imported whole or refused with one line."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.caselog.import_check import ImportRefused
from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import InputError, parse_case
from desktop_app.services import caselog
from tests.conftest import EXAMPLES

_BASE: dict[str, bytes] = {}


def _base_export() -> bytes:
    """An unsigned export of two cases and a note, made once."""
    if "unsigned" not in _BASE:
        pack = load_pack_dir(installed_pack())
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            with caselog.open_log(root / "a.db") as log:
                ids = []
                for stem in ("febrile", "recovering"):
                    case = parse_case(json.loads((EXAMPLES / f"{stem}.json").read_text(encoding="utf-8")))
                    ids.append(caselog.record_evaluation(log, case, evaluate(case, pack, datetime(2026, 11, 24, 12)), who="dr-a"))
                caselog.add_note(log, ids[0], "note", who="dr-a")
                caselog.export_log(log, root / "a.json", "json", keys=root / "keys")
            document = json.loads((root / "a.json").read_text(encoding="utf-8"))
        document.pop("signature")
        document["workstation"] = None
        _BASE["unsigned"] = json.dumps(document).encode("utf-8")
    return _BASE["unsigned"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@st.composite
def hostile_files(draw) -> bytes:
    base = _base_export()
    kind = draw(st.sampled_from(["flip", "cut", "splice", "replace"]))
    if kind == "flip":
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "cut":
        return base[: draw(st.integers(0, len(base) - 1))]
    if kind == "splice":
        at = draw(st.integers(0, len(base)))
        return base[:at] + draw(st.binary(max_size=40)) + base[at:]
    document = json.loads(base)
    table = draw(st.sampled_from(sorted(document["tables"])))
    rows = document["tables"][table]
    if rows:
        row = rows[draw(st.integers(0, len(rows) - 1))]
        column = draw(st.sampled_from(sorted(row)))
        row[column] = draw(json_values)
    else:
        document["tables"][table] = draw(json_values)
    return json.dumps(document).encode("utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=hostile_files())
def test_any_file_is_imported_whole_or_refused_with_one_line(data):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "in.json").write_bytes(data)
        with caselog.open_log(root / "b.db") as log:
            try:
                summary = caselog.import_log(log, root / "in.json", accept_unsigned=True, keys=root / "keys")
            except (InputError, ImportRefused) as exc:
                assert "\n" not in str(exc)
                assert caselog.count_cases(log) == 0
                assert log.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1
            else:
                assert summary.added["evaluations"] == caselog.count_cases(log)
                assert caselog.verify(log).ok
