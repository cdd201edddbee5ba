"""Use case: read a lab result file for a case, and add its readings to the case's raw data."""

from __future__ import annotations

from desktop_app.labs import LabFileError, LabImport, Skipped, add_to_case, read_lab_file

__all__ = ["LabFileError", "LabImport", "Skipped", "add_to_case", "read_lab_file"]
