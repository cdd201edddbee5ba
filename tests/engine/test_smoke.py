from desktop_app.engine import evaluate
from desktop_app.models import parse_case


def test_examples_evaluate(pack, as_of):
    case = parse_case({"patient_ref": "A", "anakinra": "active", "anc": [{"value": 320, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}]})
    assert evaluate(case, pack, as_of).decision == "withhold"
