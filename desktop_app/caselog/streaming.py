"""Read a JSON export of any size record by record, in bounded memory.

A small incremental reader walks the export (one JSON document, see exchange.export_json) with
json's own decoder, one record at a time. It is the reading half of the staged import
(caselog.staging): `log import` streams the file once into a staging database while hashing it,
checks the staged records and merges them in one transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from desktop_app.caselog.exchange import EXCHANGED_TABLES
from desktop_app.models import InputError

READ_CHUNK = 1 << 20  # characters read at a time
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _Reader:
    """A JSON text read piece by piece; only the current piece and one value are ever held."""

    def __init__(self, handle: IO[str], source: Path) -> None:
        self.handle = handle
        self.source = source
        self.buffer = ""
        self.pos = 0
        self.at_end = False

    def _more(self) -> bool:
        chunk = self.handle.read(READ_CHUNK)
        if not chunk:
            self.at_end = True
            return False
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def _bad(self, what: str) -> InputError:
        return InputError(str(self.source), f"is not valid JSON ({what})")

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self._bad(f"expected {char!r}")
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value; a number at the end of a piece waits for the next piece."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self.at_end or not self._more():
                    raise self._bad(exc.msg) from None
                continue
            if end == len(self.buffer) and not self.at_end and self._more():
                continue  # 12 may be the start of 123: decode again with the next piece
            self.pos = end
            return value


def _members(reader: _Reader) -> Iterator[str]:
    """The keys of a JSON object, the reader left at each value."""
    reader.expect("{")
    if reader.peek() == "}":
        reader.pos += 1
        return
    while True:
        key = reader.value()
        if not isinstance(key, str):
            raise reader._bad("an object key must be text")
        reader.expect(":")
        yield key
        following = reader.peek()
        reader.pos += 1
        if following == "}":
            return
        if following != ",":
            raise reader._bad("expected ',' or '}'")


def stream_export(
    source: Path, header: dict[str, Any], handle: IO[str] | None = None, audit: bool = False
) -> Iterator[tuple[str, int, Any]]:
    """(table, index, record) for each record of the export, in file order; `header` gets the other fields.

    With `audit`, the events of an "audit" list come as ("audit", index, event) too instead of into
    `header` whole (`header` then holds "audit": [] and "tables": {} for lists and tables streamed). `handle`: an open text handle to read instead of opening `source` (it is closed).
    """
    if handle is None:
        try:
            handle = open(source, encoding="utf-8", newline="")  # noqa: SIM115 - closed below, after the last record
        except FileNotFoundError:
            raise InputError(str(source), "file not found") from None
        except OSError as exc:
            raise InputError(str(source), f"cannot be read ({exc})") from None
    try:
        reader = _Reader(handle, source)
        try:
            if reader.peek() != "{":
                raise InputError(str(source), "is not a NeutroHold case log export")
            for key in _members(reader):
                if key == "tables" and reader.peek() == "{":
                    if audit:
                        header[key] = {}  # its rows came one by one
                    for table in _members(reader):
                        if table not in EXCHANGED_TABLES:
                            raise InputError(f"{source}: tables", f"must hold only {', '.join(EXCHANGED_TABLES)}")
                        if reader.peek() != "[":
                            raise InputError(f"{source}: tables.{table}", "must be a list of rows")
                        yield from _elements(reader, table, f"tables.{table}")
                elif key == "tables":
                    raise InputError(f"{source}: tables", f"must hold only {', '.join(EXCHANGED_TABLES)}")
                elif key == "audit" and audit and reader.peek() == "[":
                    header[key] = []  # the events came one by one
                    yield from _elements(reader, "audit", "audit")
                else:
                    header[key] = reader.value()
            if reader.peek() != "":
                raise reader._bad("extra data after the document")
        except UnicodeDecodeError as exc:
            raise InputError(str(source), f"cannot be read ({exc})") from None
        except RecursionError:
            raise InputError(str(source), "is nested too deeply to be an export") from None
    finally:
        handle.close()


def _elements(reader: _Reader, name: str, where: str) -> Iterator[tuple[str, int, Any]]:
    """The values of the list the reader is at, one at a time."""
    reader.expect("[")
    if reader.peek() == "]":
        reader.pos += 1
        return
    index = 0
    while True:
        yield name, index, reader.value()
        index += 1
        following = reader.peek()
        reader.pos += 1
        if following == "]":
            return
        if following != ",":
            raise reader._bad(f"expected ',' or ']' in {where}")
