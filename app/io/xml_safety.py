"""Parse untrusted XML safely: no DTDs, no entities, no external references.

Every refusal or parse failure becomes one FileFormatError naming the file, so
an XXE or billion-laughs payload is reported, never expanded.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from app.domain.errors import FileFormatError


def parse_xml(path: Path) -> Element:
    """The root element of an XML file, refusing DTDs and entity declarations."""
    try:
        tree = SafeET.parse(str(path), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise FileFormatError(
            f"{path.name}: refused: the file declares a DTD or entities, "
            "which project files never need (possible XXE or entity-expansion attack)"
        ) from exc
    except ParseError as exc:
        raise FileFormatError(f"{path.name}: not well-formed XML ({exc})") from exc
    except OSError as exc:
        raise FileFormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    root: Element = tree.getroot()
    return root
