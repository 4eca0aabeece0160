"""Policy packs: versioned, layered data (national -> region -> county) behind every rule and figure."""

from __future__ import annotations

from core.policy.errors import PolicyCode, PolicyError
from core.policy.loader import NINGXIA, load_policy
from core.policy.model import (
    CertRuleSpec,
    Figure,
    FigureValue,
    Group,
    LayerInfo,
    Policy,
    PolicyRef,
    Rule,
    Source,
    Status,
    cite,
    json_number,
)

__all__ = [
    "NINGXIA",
    "CertRuleSpec",
    "Figure",
    "FigureValue",
    "Group",
    "LayerInfo",
    "Policy",
    "PolicyCode",
    "PolicyError",
    "PolicyRef",
    "Rule",
    "Source",
    "Status",
    "cite",
    "json_number",
    "load_policy",
]
