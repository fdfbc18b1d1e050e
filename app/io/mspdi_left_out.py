"""What reading an MS Project XML file leaves out, told as notes (one line each).

The reader keeps custom task fields Text1..30, Number1..20, Flag1..20, Date1..10, Cost1..10
and Duration1..10 (mspdi_custom_fields). A file may hold more: enterprise fields (a Project
Server's), outline codes, custom fields of resources and assignments, aliases longer than
MS Project's 50 characters, value lists on fields taking none (Flag). The reader gathers them
in a :class:`LeftOut` while it reads, and :meth:`LeftOut.notes` says them, with counts and
the first example, so a project manager knows what the plan lost. Budget resources
(``<IsBudget>1``, left out by mspdi_resources) and their targets get a note too, and links
from other projects' tasks (mspdi_links) with what the plan keeps in their place. A file
that loses nothing gives no note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from app.domain.custom_fields import cut_aliases_note
from app.domain.plural_words import counted, verb
from app.domain.quoting import quoted
from app.io.mspdi_values import Q, xml_integer

_EXT = Q + "ExtendedAttribute"
_FIELD_ID = Q + "FieldID"
_VALUE = Q + "Value"
_VALUE_ID = Q + "ValueID"
_OUTLINE_CODE = Q + "OutlineCode"
_OUTLINE_CODES = Q + "OutlineCodes"
# FieldID >> 16: whose field it is (MS Project numbers fields in blocks per owner)
_OWNERS = {0xB40: "task", 0xB60: "project", 0xC40: "resource", 0xF40: "assignment"}
_ENTERPRISE = 0x8000  # FieldID & 0xFFFF from here on: an enterprise (Project Server) field
_FLAG_TYPE = "4"  # CFType of a flag: its "0" is no value
_FALSE = frozenset({"0", "false"})


@dataclass(slots=True)
class _Unkept:
    """A custom field Gantry does not keep: its name in the file and the values dropped."""

    label: str
    kind: tuple[str, str]
    flag: bool = False
    values: int = 0


@dataclass(slots=True)
class LeftOut:
    """What a read left out, gathered as it goes (one per read)."""

    cut: list[str] = field(default_factory=list)  # fields whose alias was cut to 50 characters
    lists: list[tuple[str, int]] = field(default_factory=list)  # (field, entries) of a Flag
    unkept: dict[str, _Unkept] = field(default_factory=dict)  # FieldID -> field
    values: int = 0  # values of unkept fields dropped
    first: str = ""  # the first value dropped, as a note shows it
    # links from other projects' tasks (mspdi_links.apply_external_links): how many, the
    # first one, what the plan keeps in its place
    external: tuple[int, str, str] = (0, "", "")
    # project settings the file gives as none and the read took its default for, each as
    # "<MinutesPerDay> 0 is no length of a day: read as 480 (8 hours), MS Project's default"
    defaults: list[str] = field(default_factory=list)
    # other lines, said after the file's name as they are: links left out because each
    # closed a loop (app.domain.loop_links), texts cut (mspdi_long_texts)
    lines: list[str] = field(default_factory=list)

    def cross_project(self, count: int, first: str, kept: str) -> None:
        """The ``count`` links from other projects' tasks the plan leaves out: the first as
        "'Task1' (UID 1) follows task 2 of 'other.mpp', finish-to-start", and what it keeps
        of it."""
        self.external = (count, first, kept)

    def define(self, fid: str, attr: Element) -> None:
        """A definition under <Project><ExtendedAttributes> of a field Gantry does not keep."""
        if fid in self.unkept:
            return
        name = " ".join((attr.findtext(Q + "FieldName") or "").split())
        alias = " ".join((attr.findtext(Q + "Alias") or "").split())
        self.unkept[fid] = _Unkept(
            _label(fid, name, alias),
            _kind(fid, name),
            (attr.findtext(Q + "CFType") or "").strip() == _FLAG_TYPE or name.startswith("Flag"),
        )

    def value(self, fid: str, text: str | None, where: str) -> None:
        """A value of a field Gantry does not keep, on the row ``where`` names."""
        fid = fid.strip()
        raw = (text or "").strip()
        if not raw:
            return
        found = self.unkept.get(fid)
        if found is None:
            found = self.unkept[fid] = _Unkept(_label(fid, "", ""), _kind(fid, ""))
        if found.flag and raw.lower() in _FALSE:
            return  # a flag that is not set holds nothing
        found.values += 1
        self.values += 1
        if not self.first:
            self.first = f"{found.label} = {quoted(raw)} on {where}"

    def rows(self, root: Element, owner: str, skip: str | None = None) -> None:
        """The custom values of every ``<Resources><Resource>`` (owner "Resource") or
        ``<Assignments><Assignment>`` row: Gantry keeps custom fields of tasks only
        (``skip``: the resource field it reads as skills)."""
        container = root.find(f"{Q}{owner}s")
        if container is None:
            return
        codes: dict[str, str] | None = None  # outline code ValueID -> its text, when asked
        for n, row in enumerate(container.iterfind(Q + owner), start=1):
            for attr in row.iterfind(_EXT):
                fid = (attr.findtext(_FIELD_ID) or "").strip()
                if fid and fid != skip:
                    uid = (row.findtext(Q + "UID") or "").strip()
                    self.value(fid, attr.findtext(_VALUE), f"{owner} #{n} (UID {uid})")
            for code in row.iterfind(_OUTLINE_CODE):  # <FieldID> and <ValueID> in <OutlineCodes>
                fid = (code.findtext(_FIELD_ID) or "").strip()
                if fid:
                    if codes is None:
                        codes = _outline_values(root)
                    uid = (row.findtext(Q + "UID") or "").strip()
                    value = (code.findtext(_VALUE_ID) or "").strip()
                    text = codes.get(value, f"value #{value}" if value else "")
                    self.value(fid, text, f"{owner} #{n} (UID {uid})")

    def notes(self, file_name: str) -> list[str]:
        """One line per kind of loss, none when the read lost nothing."""
        out: list[str] = [f"{file_name}: {line}" for line in self.defaults]
        out += [f"{file_name}: {line}" for line in self.lines]
        if self.unkept:
            kinds = _kinds(f.kind for f in self.unkept.values())
            count = len(self.unkept)
            fields = f"{counted(count, 'custom field')} Gantry does not keep"
            if self.values:
                held = f"{counted(self.values, 'value')} of {fields}"
                out.append(
                    f"{file_name}: {held} are left out ({kinds}; first: {self.first}); "
                    "Gantry keeps the Text, Number, Flag, Date, Cost and Duration fields "
                    "of tasks"
                )
            else:
                first = next(iter(self.unkept.values())).label
                out.append(
                    f"{file_name}: {fields} {verb(count)} left out, "
                    "none holding a value "
                    f"({kinds}; first: {first})"
                )
        if self.lists:
            name, entries = self.lists[0]
            more = f" and {len(self.lists) - 1} more" if len(self.lists) > 1 else ""
            out.append(
                f"{file_name}: the value list of {name} ({entries} values){more} is left out: "
                "a Flag field takes no value list (it is Yes or No)"
            )
        count, first, kept = self.external
        if count:
            out.append(
                f"{file_name}: {counted(count, 'cross-project link')} {verb(count)} not scheduled "
                f"by Gantry (first: {first}): it keeps links to other projects only to write "
                f"them back to MS Project; {kept}"
            )
        cut = cut_aliases_note(file_name, self.cut)
        if cut is not None:
            out.append(cut)
        return out


def _outline_values(root: Element) -> dict[str, str]:
    """The text of each outline code value under <Project><OutlineCodes>, by ValueID."""
    out: dict[str, str] = {}
    for value in root.iterfind(f"{_OUTLINE_CODES}/{_OUTLINE_CODE}/{Q}Values/{Q}Value"):
        out.setdefault((value.findtext(_VALUE_ID) or "").strip(), value.findtext(_VALUE) or "")
    return out


def _label(fid: str, name: str, alias: str) -> str:
    """How a note names a field: its alias and name as the file gives them, and its ID."""
    if alias and name and alias != name:
        return f"{quoted(alias)} ({name}, FieldID {fid})"
    if alias or name:
        return f"{quoted(alias or name)} (FieldID {fid})"
    return f"FieldID {fid}"


def _kind(fid: str, name: str) -> tuple[str, str]:
    """What sort of field ``fid`` is, as (sort, owner): ("enterprise", "task"),
    ("", "resource"), ("outline code", "task")..."""
    try:
        number = xml_integer(fid)  # not int(): it takes '1_0', '\uff11'
    except ValueError:
        return "", "other"
    owner = _OWNERS.get(number >> 16, "other")
    if number & 0xFFFF >= _ENTERPRISE or name.lower().startswith("enterprise"):
        return "enterprise", owner
    if name.lower().startswith("outline code"):
        return "outline code", owner
    return "", owner


def _kinds(kinds: Iterable[tuple[str, str]]) -> str:
    """ "enterprise task and resource fields, assignment fields" for those sorts."""
    owners: dict[str, list[str]] = {}
    for sort, owner in kinds:
        found = owners.setdefault(sort, [])
        if owner not in found:
            found.append(owner)
    out = []
    for sort, names in owners.items():
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        if sort == "outline code":
            out.append(f"{joined} outline codes")
        else:
            out.append(f"{sort} {joined} fields".strip())
    return ", ".join(out)
