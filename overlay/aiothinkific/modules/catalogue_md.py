"""Write the catalogue's markdown table into the README, between its markers::

    python -m aiothinkific.modules.catalogue_md [README.md] [--check]

Only the text between ``<!-- modules:start -->`` and ``<!-- modules:end -->`` changes; a README
without the markers gets them, with the table, in a "Make-style modules" section at its end.
``--check`` changes nothing and exits with 1 when the table is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from aiothinkific.modules._registry import catalogue_markdown

START = "<!-- modules:start -->"
END = "<!-- modules:end -->"
COMMAND = "python -m aiothinkific.modules.catalogue_md"


class MarkersError(ValueError):
    """The README has one marker without the other, or them in the wrong order."""


def readme_table(text: str) -> str | None:
    """What the README holds between the markers; ``None`` when it has no markers."""
    start, end = text.find(START), text.find(END)
    if start == -1 and end == -1:
        return None
    if start == -1 or end == -1 or end < start:
        raise MarkersError(f"the README must have {START} followed by {END}, or neither")
    return text[start + len(START) : end].strip("\n") + "\n"


def with_table(text: str) -> str:
    """``text`` with the current catalogue table between the markers (added if missing)."""
    block = f"{START}\n{catalogue_markdown()}{END}"
    if readme_table(text) is None:
        section = (
            "## Make-style modules\n\n"
            "The Thinkific app of the Make platform as modules of the overlay\n"
            "(`aiothinkific.modules`; `aiothinkific modules list|describe|run`).\n"
            f"The table below is written by `{COMMAND}`.\n\n"
        )
        return text.rstrip("\n") + "\n\n" + section + block + "\n"
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    return before + block + after


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    paths = [arg for arg in args if arg != "--check"]
    path = Path(paths[0] if paths else "README.md")
    text = path.read_text(encoding="utf-8")
    updated = with_table(text)
    if check:
        if updated != text:
            print(f"{path}: the modules table is out of date; run `{COMMAND} {path}`")
            return 1
        return 0
    if updated != text:
        path.write_text(updated, encoding="utf-8")
        print(f"{path}: modules table written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
