"""Pure decision logic: (CaseInput, Pack, as_of) -> Recommendation. No Qt, no clock, no I/O."""

from desktop_app.engine.decide import RULE_IDS, evaluate
from desktop_app.engine.selfcheck import PackRefused, check_pack

__all__ = ["RULE_IDS", "PackRefused", "check_pack", "evaluate"]
