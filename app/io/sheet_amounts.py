"""A material's quantity or rate, or a cost item's amount, in a returned workbook's People
cell, read as the window's People cell reads them (:mod:`app.domain.material_rates`,
:mod:`app.domain.cost_amounts`): ``Concrete[12 m³/d]`` is a rate, ``Concrete[12 bags]`` on
concrete counted in m³ and ``Concrete[-40 m³]`` are refused naming the cell in a
material's words, ``MEP subcontractor[€45,000.00]`` is what the subcontract costs."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from app.domain.cost_amounts import read_cost_amount
from app.domain.errors import InputError
from app.domain.material_rates import read_material
from app.domain.resource import Resource, ResourceType
from app.io.cell_error import CellError

_BRACKETED = re.compile(r"^\s*(?P<name>[^\[\]]+?)\s*\[\s*(?P<inner>[^\[\]]*?)\s*\]\s*$")


def typed_amount(
    part: str, materials: Container[str] | None, symbols: tuple[str, ...] = ()
) -> tuple[str, float] | None:
    """(name, units) of ``part`` (one person of a People cell) when it names, with something
    in brackets, a material or cost item of ``materials`` (casefolded name -> resource);
    None for anyone else, or when ``materials`` holds names only. CellError for a quantity
    or amount the window's People cell refuses."""
    if not isinstance(materials, Mapping):
        return None
    m = _BRACKETED.match(part)
    res = materials.get(m.group("name").casefold()) if m is not None else None
    if m is None or not isinstance(res, Resource) or res.type is ResourceType.WORK:
        return None
    try:
        if res.type is ResourceType.MATERIAL:
            return m.group("name"), read_material(res, m.group("inner"), part.strip())
        return m.group("name"), read_cost_amount(res, m.group("inner"), part.strip(), symbols)
    except InputError as exc:
        raise CellError(str(exc)) from None
