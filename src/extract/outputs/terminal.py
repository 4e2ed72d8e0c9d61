"""Text from reports made safe for a terminal table: rich markup escaped ("[/b]" in a title must not
raise after a successful run) and control characters (ESC sequences in a file name) made visible."""
from __future__ import annotations

import re

from rich.markup import escape

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: object) -> str:
    """`text` as a cell of a rich table: shown as written, never interpreted."""
    return escape(_CONTROL_RE.sub("\ufffd", str(text)))
