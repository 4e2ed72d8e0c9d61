"""Text from reports made safe for a terminal table: rich markup escaped ("[/b]" in a title must not
raise after a successful run) and control characters (ESC sequences in a file name) made visible."""
from __future__ import annotations

import re

from rich.markup import escape

from extract.text.normalise import LINE_CONTROL_RE



def safe(text: object) -> str:
    """`text` as a cell of a rich table: shown as written, never interpreted."""
    return escape(LINE_CONTROL_RE.sub("\ufffd", str(text)))
