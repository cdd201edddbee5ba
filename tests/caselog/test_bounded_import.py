"""`log import` in bounded memory, every check still applied; a kill at any moment changes nothing.

The memory is measured in a child process (its peak resident size before and after the large
import, resource.getrusage), with a file larger than the cap: reading it whole would exceed it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.caselog import staging
from desktop_app.caselog.import_check import ImportRefused
from desktop_app.services import caselog
from tests.caselog.large_export import REPO, template, write_large_export

FILE_MB = 60
CAP_MB = 40

IMPORT_MEASURED = """
import json, resource, sys
from pathlib import Path
from desktop_app.services import caselog
with caselog.open_log(Path(sys.argv[1])) as log:
    caselog.import_log(log, Path(sys.argv[2]), accept_unsigned=True)  # warm: the engine, pack and checks loaded
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    summary = caselog.import_log(log, Path(sys.argv[3]), accept_unsigned=True)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    again = caselog.import_log(log, Path(sys.argv[3]), accept_unsigned=True)
    print(json.dumps({"before_kib": before, "after_kib": after, "added": summary.added,
                      "again_added": sum(again.added.values()), "ok": caselog.verify(log).ok}))
"""


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> tuple[Path, Path, int]:
    folder = tmp_path_factory.mktemp("large")
    small, tables = template(folder)
    big = folder / "large.json"
    evaluations = write_large_export(big, FILE_MB * 1024 * 1024, tables, notes=6)
    return small, big, evaluations


def test_a_large_signed_export_imports_under_the_memory_cap_and_again_adds_nothing(tmp_path, large):
    small, big, evaluations = large
    assert big.stat().st_size > (CAP_MB + 10) * 1024 * 1024  # read whole, the file alone would pass the cap
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_MEASURED, str(tmp_path / "target.db"), str(small), str(big)],
        capture_output=True, text=True, cwd=REPO, timeout=900, env={**os.environ, "SQLITE_TMPDIR": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    grown_mb = (figures["after_kib"] - figures["before_kib"]) / 1024
    assert grown_mb < CAP_MB, f"peak grew by {grown_mb:.0f} MB importing a {big.stat().st_size / 2**20:.0f} MB export"
    assert figures["added"]["evaluations"] == evaluations and figures["added"]["notes"] == evaluations * 6
    assert figures["again_added"] == 0 and figures["ok"]
    assert list(tmp_path.glob("etilqs_*")) == []  # the staging database went with its connection


def _one_record_changed(source: Path, out: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


def test_a_large_file_altered_after_signing_is_refused_and_the_log_is_untouched(tmp_path, large):
    _, big, _ = large
    with caselog.open_log(tmp_path / "target.db") as log:
        altered = _one_record_changed(big, tmp_path / "altered.json", "follow-up 3 ", "follow-up 4 ")
        with pytest.raises(ImportRefused, match="signature: does not match the content"):
            caselog.import_log(log, altered, accept_unsigned=True)
        assert caselog.count_cases(log) == 0
        assert log.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 1  # the schema event only


def test_staged_checks_still_refuse_a_record_that_contradicts_its_audit_event(tmp_path, evaluated, example_stems):
    """Unsigned (so the signature cannot catch it): the carried audit events and the engine still do, in batches."""
    with caselog.open_log(tmp_path / "a.db") as log:
        ids = caselog.record_evaluations(log, [evaluated(stem) for stem in example_stems], who="Dr Ada")
        caselog.add_note(log, ids[0], "seen again", who="Dr Ada")
        caselog.export_log(log, tmp_path / "a.json", "json", keys=tmp_path / "keys")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    del document["signature"]
    document["workstation"] = None
    document["tables"]["notes"][0]["text"] = "seen once"
    (tmp_path / "edited.json").write_text(json.dumps(document), encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as target:
        old_batch = staging.BATCH_ROWS
        staging.BATCH_ROWS = 1  # one record at a time: the cross-record checks must not depend on a batch
        try:
            with pytest.raises(ImportRefused, match="does not match audit event"):
                caselog.import_log(target, tmp_path / "edited.json", accept_unsigned=True)
            del document["audit"][-1]  # the event of the note removed too: no event vouches for it
            (tmp_path / "edited.json").write_text(json.dumps(document), encoding="utf-8")
            with pytest.raises(ImportRefused, match="no audit event in the file vouches for it"):
                caselog.import_log(target, tmp_path / "edited.json", accept_unsigned=True)
            summary = caselog.import_log(target, tmp_path / "a.json", accept_unsigned=True)
        finally:
            staging.BATCH_ROWS = old_batch
        assert summary.added["evaluations"] == len(example_stems) and summary.added["notes"] == 1
        assert caselog.verify(target).ok


KILLED = """
import os, signal, sys
from pathlib import Path
from desktop_app.caselog import audit, staging
from desktop_app.services import caselog
staging.BATCH_ROWS = 5
where = sys.argv[3]
if where == "merge":  # killed after the first batch of records was written inside the transaction
    write = audit.AuditTrail.write
    def write_then_die(self):
        write(self)
        os.kill(os.getpid(), signal.SIGKILL)
    audit.AuditTrail.write = write_then_die
else:  # killed while the file is being staged
    flush = staging._flush
    calls = []
    def flush_then_die(*args):
        flush(*args)
        calls.append(1)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
    staging._flush = flush_then_die
    staging._STAGE_ROWS = 5
with caselog.open_log(Path(sys.argv[1])) as log:
    caselog.import_log(log, Path(sys.argv[2]), accept_unsigned=True)
"""


@pytest.mark.parametrize("where", ["staging", "merge"])
def test_a_kill_during_the_import_leaves_the_log_as_it_was(tmp_path, evaluated, example_stems, where):
    with caselog.open_log(tmp_path / "a.db") as log:
        ids = caselog.record_evaluations(log, [evaluated(stem) for stem in example_stems], who="Dr Ada")
        caselog.add_note(log, ids[0], "seen again", who="Dr Ada")
        caselog.export_log(log, tmp_path / "a.json", "json", keys=tmp_path / "keys")
    target = tmp_path / "b.db"
    with caselog.open_log(target) as log:
        caselog.record_evaluation(log, *evaluated("febrile"), who="Dr Bo")
        before = log.conn.execute("SELECT (SELECT count(*) FROM evaluations), (SELECT count(*) FROM audit)").fetchone()
    staging_dir = tmp_path / "staging"
    staging_dir.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(target), str(tmp_path / "a.json"), where],
        capture_output=True, text=True, cwd=REPO, timeout=300, env={**os.environ, "SQLITE_TMPDIR": str(staging_dir)},
    )  # fmt: skip
    assert done.returncode == -9, done.stderr[-2000:]
    assert list(staging_dir.iterdir()) == []  # no copy of the records left behind
    with caselog.open_log(target) as log:
        after = log.conn.execute("SELECT (SELECT count(*) FROM evaluations), (SELECT count(*) FROM audit)").fetchone()
        assert after == before and caselog.verify(log).ok
        summary = caselog.import_log(log, tmp_path / "a.json", accept_unsigned=True)  # and it imports whole afterwards
        assert summary.added["evaluations"] == len(example_stems) and caselog.verify(log).ok
