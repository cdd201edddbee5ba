"""What a printout needs besides the case and the recommendation: who, where, when, and what was signed off."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from desktop_app.knowledge.pack import Pack
from desktop_app.models import Decision

Name = Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)]
FreeText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Acknowledgement(_Frozen):
    """A clinician ticked one pitfall of the checklist (same field names as the case log's)."""

    pitfall_id: str
    who: Name
    at: datetime


class ClinicianOverride(_Frozen):
    """The clinician decided otherwise than the recommendation: coded reason and free text."""

    decision_taken: Decision
    reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]
    text: FreeText = ""
    who: Name
    at: datetime


class LoggedNote(_Frozen):
    """A note added to the case in the log after the evaluation."""

    text: FreeText
    who: Name
    at: datetime


class WithdrawnEntry(_Frozen):
    """An entry of the case withdrawn as entered in error: printed struck through, with who, when and why."""

    what: FreeText
    who: Name
    at: datetime
    reason: FreeText


class PrintContext(_Frozen):
    """Everything printed that is not in the case or the recommendation.

    `pack` supplies the wording of the patient handout and of risk factors; thresholds always come
    from the recommendation's own trace, so a reprint shows the values in force at evaluation.
    """

    site_name: Name | None = None
    clinician_name: Name | None = None
    evaluated_by: Name | None = None
    printed_at: datetime | None = None
    acknowledgements: tuple[Acknowledgement, ...] = ()
    clinician_override: ClinicianOverride | None = None
    logged_notes: tuple[LoggedNote, ...] = ()
    pack: Pack | None = None
    withdrawn: tuple[WithdrawnEntry, ...] = ()
    evaluation_withdrawn: bool = False
    audit_head: Name | None = None  # the log's audit head when printed: sequence and 12 hex digits
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")] = "en"  # of the printout's words
