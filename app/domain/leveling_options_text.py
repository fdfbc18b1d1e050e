"""The plan's Leveling Options in a few words, as ``gantry diff`` compares them: "Standard,
splits, Day by Day, keep leveling values, Automatic" (each choice of MS Project's Resource
Leveling dialog, as the dialog names it)."""

from __future__ import annotations

from app.domain.leveling_options import LevelingOptions


def leveling_options_text(options: LevelingOptions) -> str:
    """Every choice of ``options``, in the dialog's order, as one line."""
    words = [options.order.label]
    words.append("splits in remaining work" if options.split_remaining else "no splits")
    if options.within_slack:
        words.append("only within available slack")
    if not options.entire_project:
        words.append(f"from {options.level_from} to {options.level_to}")
    words.append(options.basis.label)
    words.append("clear leveling values first" if options.clear_first else "keep leveling values")
    words.append("Automatic" if options.automatic else "Manual")
    if options.adjust_assignments:
        words.append("individual assignments adjusted")
    return ", ".join(words)
