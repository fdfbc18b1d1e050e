"""The risk register."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from app.domain.errors import InputError
from app.domain.quoting import quoted

# A risk's impact, exposure and contingency are estimates, typed and shown in whole units of
# the project's currency: by the register and its printout, its total line, the Budget view's
# risk reserve and the status report.
RISK_DIGITS = 0


class RiskStatus(Enum):
    """Life of a risk."""

    OPEN = "open"
    MITIGATING = "mitigating"
    OCCURRED = "occurred"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The status as the Risks view, its sheet and every printout show it: ``Open``..."""
        return self.value.capitalize()


class RiskResponse(Enum):
    """The response strategy a register names for a risk (PMBOK's four for threats)."""

    AVOID = "avoid"
    TRANSFER = "transfer"
    MITIGATE = "mitigate"
    ACCEPT = "accept"

    @property
    def label(self) -> str:
        """``Avoid``... as the register shows it."""
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class Risk:
    """A risk: probability (0..1), impact (a cost in project currency), owner and plans.

    ``contingency`` is the reserve held for it; ``task_uids`` links it to tasks. A register's
    own fields: ``category``, the ``response`` strategy, when it was ``raised``, its
    ``next_review`` and when it was ``closed_on`` (closing sets it), and the probability
    and impact left after the response (``residual_*``; None: not assessed). ``trigger`` is
    what tells the team the risk is happening, ``trigger_date`` the day to look for it by.
    """

    uid: int
    title: str
    probability: float = 0.5
    impact: float = 0.0
    owner: str = ""
    mitigation: str = ""
    contingency: float = 0.0
    status: RiskStatus = RiskStatus.OPEN
    task_uids: tuple[int, ...] = ()
    description: str = ""
    category: str = ""
    response: RiskResponse | None = None
    raised: date | None = None
    next_review: date | None = None
    closed_on: date | None = None
    residual_probability: float | None = None
    residual_impact: float | None = None
    trigger: str = ""
    trigger_date: date | None = None

    @property
    def exposure(self) -> float:
        """Expected cost of the risk: probability times impact."""
        return self.probability * self.impact

    @property
    def residual_exposure(self) -> float | None:
        """Expected cost left after the response: the residual probability times the residual
        impact (either not assessed: the risk's own); None when neither is assessed."""
        if self.residual_probability is None and self.residual_impact is None:
            return None
        p = self.probability if self.residual_probability is None else self.residual_probability
        i = self.impact if self.residual_impact is None else self.residual_impact
        return p * i


def live(risks: Iterable[Risk]) -> list[Risk]:
    """The risks still to reckon with: every one but the closed."""
    return [r for r in risks if r.status is not RiskStatus.CLOSED]


def open_exposure(risks: Iterable[Risk]) -> float:
    """Expected cost of the risks not closed (sum of probability x impact)."""
    return sum(r.exposure for r in live(risks))


def contingency_reserve(risks: Iterable[Risk]) -> float:
    """The reserve held for the risks not closed: what the budget keeps on top of the plan."""
    return sum(r.contingency for r in live(risks))


PROBABILITY_RULE = (
    "Probability in percent: 40 or 40% is 40 %. A fraction below 1 typed without % "
    "(0.4 or 0,4, as Excel writes it) is read as 40 %; for less than 1 %, type the sign: 0.4%."
)


def read_probability(text: str) -> float:
    """A probability typed as text, as 0..1: the one rule of the Risks view and sheet.

    ``40`` and ``40%`` are 40 %. A fraction below 1 with a decimal point and no
    sign (``0.4``, ``0,4``, ``.4``) is what a spreadsheet user means by 40 %, so
    it is read as one; with the sign (``0.4%``) it is what it says. A whole
    number is always percent: ``1`` is 1 %. Anything else is refused.
    """
    stripped = text.strip()
    has_sign = stripped.endswith("%")
    cleaned = stripped.rstrip("%").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{quoted(stripped)} is not a percentage (type 40%, 40 or 0.4)") from None
    if not 0 <= value <= 100:  # also NaN
        raise InputError(f"{quoted(stripped)} is not between 0 and 100 %")
    if not has_sign and "." in cleaned and 0 < value < 1:
        return value
    return value / 100


def probability_of_number(number: float) -> float:
    """A probability held as a number (a spreadsheet cell), as 0..1.

    A percentage cell holds 40 % as 0.4, so a number up to 1 is a fraction; a
    number above 1 (up to 100) is what a client typing 40 into a plain cell means.
    """
    if not 0 <= number <= 100:  # also NaN
        raise InputError(f"{number:g} is not between 0 and 100 %")
    return number if number <= 1 else number / 100


def non_negative(what: str, amount: float) -> float:
    """``amount`` unless it is below zero: then one message naming ``what`` and the
    amount: "the impact cannot be negative (-500)"."""
    if amount < 0:
        shown = f"{amount:,.2f}".rstrip("0").rstrip(".")  # -1,250.5, never -1.2505e+03
        raise InputError(f"{what} cannot be negative ({shown})")
    return amount
