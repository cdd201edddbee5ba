"""House rules, checked over the source: no SQL built by string formatting, and no Qt below the services."""

from __future__ import annotations

import ast
import re

from tests.conftest import REPO

PACKAGE = REPO / "desktop_app"
SQL = re.compile(
    r"\bselect\b.+\bfrom\b|\binsert\s+(or\s+\w+\s+)?into\b|\bdelete\s+from\b|\bupdate\s+\w+\s+set\b|\bpragma\s+\w+"
    r"|\b(create|drop|alter)\s+(virtual\s+)?(table|index|trigger|view)\b|\bwhere\s+[\w.]+\s*(=|<|>|in\b|like\b|match\b)"
    r"|\bbegin\s+(immediate|exclusive|deferred)\b|\bvalues\s*\(",
    re.IGNORECASE | re.DOTALL,
)


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else " ? " for part in node.values)
    return None


def formatted_sql(source: str) -> list[int]:
    """Lines where SQL text is produced by an f-string, str.format or % formatting."""
    found = []
    for node in ast.walk(ast.parse(source)):
        text = None
        if isinstance(node, ast.JoinedStr) and any(isinstance(part, ast.FormattedValue) for part in node.values):
            text = _text(node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            text = _text(node.func.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            text = _text(node.left)
        if text is not None and SQL.search(text):
            found.append(node.lineno)
    return found


def test_the_checker_catches_formatted_sql():
    assert formatted_sql('db.execute(f"SELECT * FROM cases WHERE id = {case_id}")') == [1]
    assert formatted_sql('db.execute("DELETE FROM notes WHERE id = {}".format(i))') == [1]
    assert formatted_sql("db.execute(\"UPDATE episodes SET status = '%s'\" % s)") == [1]
    assert formatted_sql('conn.execute(f"PRAGMA busy_timeout = {ms}")') == [1]
    assert formatted_sql('db.execute("SELECT * FROM cases WHERE id = ?", [case_id])') == []
    assert formatted_sql('print(f"the case was deleted from {place} where it was")') == []


def test_no_sql_is_built_by_string_formatting_anywhere_in_the_app():
    offenders = [
        f"{path.relative_to(REPO)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in formatted_sql(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_case_log_never_imports_qt():
    for path in sorted((PACKAGE / "caselog").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in names), path


def test_the_commands_import_only_the_standard_library_and_each_other_up_front():
    # The renderer registry only names its modules (services/renderers.py): the parser takes --format choices from it.
    allowed = ("desktop_app.cli", "desktop_app.services.renderers")
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        top: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                top |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                top |= {
                    f"{node.module}.{alias.name}" if node.module.startswith("desktop_app.") else node.module
                    for alias in node.names
                }
        domain = {name for name in top if name.startswith("desktop_app.") and not name.startswith(allowed)}
        assert not domain | (top & {"pydantic", "sqlite_utils", "sqlite3"}), path
