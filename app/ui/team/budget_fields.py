"""The Budget box of Team member (MS Project's Resource Information > General > Budget) and
the budget it holds on the project summary: Budget Cost for a cost resource, Budget Work
for a work or material one (app/domain/budget_resources.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from app.domain.budget_resources import refuse_budget_mark
from app.domain.errors import InputError, PlanError
from app.domain.notation import format_work
from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.domain.typed_money import read_typed_money
from app.ui.budget.money import money
from app.ui.locale_durations import typed_marks, typed_work


class BudgetFields:
    """The Budget check box and the Budget Cost / Budget Work field beside it."""

    def __init__(self, plan: Plan, resource: Resource, kind: QComboBox) -> None:
        """``kind``: the form's Type, whose ResourceType says which target is typed."""
        self._plan = plan
        self._kind = kind
        self._uid = resource.uid
        self.box = QCheckBox("Holds the project's budget (on the project row); takes no work")
        self.box.setChecked(resource.is_budget)
        self.cost = QLineEdit(money(plan.project, resource.budget_cost))
        self.work = QLineEdit(format_work(resource.budget_work_minutes, plan.project))
        self.box.toggled.connect(self._grey)
        kind.currentIndexChanged.connect(self._grey)
        self._grey()

    def add_to(self, form: QFormLayout) -> None:
        form.addRow("Budget", self.box)
        form.addRow("Budget Cost", self.cost)
        form.addRow("Budget Work", self.work)

    def _grey(self) -> None:
        """Budget Cost for a cost resource, Budget Work for the others, as in MS Project."""
        on = self.box.isChecked()
        cost = self._kind.currentData() is ResourceType.COST
        self.cost.setEnabled(on and cost)
        self.work.setEnabled(on and not cost)

    def read(self, resource: Resource) -> Resource:
        """``resource`` (as the form reads it) with the Budget fields; InputError names the
        field that cannot be read, or the tasks that keep it from being a budget."""
        if not self.box.isChecked():
            return replace(resource, is_budget=False, budget_cost=0.0, budget_work_minutes=0)
        project = self._plan.project
        cost = 0.0
        work = 0
        if resource.type is ResourceType.COST:
            symbols = (project.currency_symbol, project.currency)
            typed = self.cost.text().strip() or "0"
            cost = read_typed_money(
                typed, symbols, typed_marks(), "Budget Cost", project.currency_digits
            )
            if cost < 0:
                raise InputError(f"Budget Cost: {typed} is below zero")
        else:
            try:
                work = typed_work(self.work.text().strip() or "0", project).minutes
            except InputError as exc:
                raise InputError(f"Budget Work: {exc}") from None
            if work < 0:
                raise InputError("Budget Work: below zero")
        out = replace(resource, is_budget=True, budget_cost=cost, budget_work_minutes=work)
        try:
            refuse_budget_mark(out, len(self._plan.assignments_of_resource(self._uid)))
        except PlanError as exc:
            raise InputError(str(exc)) from None
        return out
