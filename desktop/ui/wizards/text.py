"""Small text helpers the wizard pages share: placeholders and money."""

from __future__ import annotations

from decimal import Decimal


def fill(template: str, *args: object) -> str:
    """Replace %1, %2 ... in a translated template (highest number first, so %1 never eats %10)."""
    for number in range(len(args), 0, -1):
        template = template.replace(f"%{number}", str(args[number - 1]))
    return template


def money(value: Decimal | int | float | str | None) -> str:
    """Yuan for reading: 300 or 12.50 (no thousands separators: villagers read them as decimals)."""
    if value is None:
        return "—"
    amount = Decimal(str(value)).quantize(Decimal("0.01"))
    return str(amount.to_integral_value()) if amount == amount.to_integral_value() else str(amount)


def money_json(value: Decimal) -> str:
    """Money as the case data keeps it: a decimal string in yuan with two places ("100.00")."""
    return str(Decimal(value).quantize(Decimal("0.01")))
