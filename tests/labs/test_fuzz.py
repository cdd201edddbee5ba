"""Whatever bytes arrive, the lab readers answer with readings or a LabFileError, never a traceback."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.labs import LabFileError, read_lab_bytes, read_lab_text
from tests.conftest import EXAMPLES

SAMPLES = [p.read_bytes() for p in sorted((EXAMPLES / "labs").iterdir()) if p.suffix in (".hl7", ".json", ".csv")]
FUZZ = settings(
    max_examples=int(os.environ.get("LAB_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def read_or_refuse(raw: bytes) -> None:
    try:
        found = read_lab_bytes(raw, "fuzz")
    except LabFileError as exc:
        assert exc.field == "fuzz" and exc.message and "\n" not in exc.message.strip()
    else:
        assert found.anc or found.cbc


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(raw):
    read_or_refuse(raw)


@FUZZ
@given(st.sampled_from(SAMPLES), st.data())
def test_damaged_sample_files(sample, data):
    start = data.draw(st.integers(0, len(sample)))
    end = data.draw(st.integers(start, min(len(sample), start + 40)))
    filler = data.draw(st.binary(max_size=20) | st.sampled_from([b"|", b"^", b"\r", b",", b"{", b"}", b'"', b"~", b"&"]))
    read_or_refuse(sample[:start] + filler + sample[end:])


json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "resourceType",
                    "status",
                    "code",
                    "valueQuantity",
                    "entry",
                    "resource",
                    "value",
                    "effectiveDateTime",
                    "coding",
                    "subject",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@FUZZ
@given(json_values)
def test_json_shapes(value):
    try:
        text = json.dumps(value)
    except (ValueError, OverflowError):
        return
    try:
        read_lab_text(text, "fuzz")
    except LabFileError:
        pass


@FUZZ
@given(st.lists(st.text(alphabet="|^~\\&0123456789.-FCPMSHOBXPID/uLC*%\r\n ", max_size=60), max_size=8))
def test_hl7_shaped_text(lines):
    read_or_refuse(("MSH|^~\\&|L|L|N|N|2026||ORU^R01|1|P|2.5\r" + "\r".join(lines)).encode())
