"""Per-operation tally of the contract suites: examples run and distinct failures, as a table;
operations the mock serves with generic behaviour (no handler) are marked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from aiothinkific.contract.apis import APIS

SUITES = ("provider", "stateful", "consumer")
#: One (suite, operation)'s counts as plain data: suite, operation, examples, failures, report.
CountsData = tuple[str, str, int, list[str], str]


def spec_operations() -> dict[str, str]:
    """Harness name of each operation (see :mod:`~aiothinkific.contract.apis`) -> "METHOD /path"
    (relative to its API's root), in spec order, API after API. Names are unique across the
    APIs, and so is each request within one API: they name an operation in the tally and in a
    schemathesis test's label."""
    found: dict[str, str] = {}
    for api in APIS:
        requests: set[str] = set()
        for op in api.spec.operations:
            name, request = api.label(op.operation_id), f"{op.method} {op.path}"
            if name in found or request in requests:
                raise ValueError(f"{api.name}: {op.operation_id} ({request}) is ambiguous")
            found[name] = request
            requests.add(request)
    return found


@dataclass
class Counts:
    examples: int = 0
    failures: set[str] = field(default_factory=set)
    #: The first failure's whole report (schemathesis's: the checks, the answer, a curl line
    #: with credentials masked).
    first_report: str = ""


class Tally:
    """Examples per (suite, operation); a failure is counted once per distinct first line, so
    Hypothesis replaying a failing example while it shrinks does not inflate the count."""

    def __init__(self, generic: frozenset[str] = frozenset()) -> None:
        self.operations = spec_operations()
        self.counts: defaultdict[tuple[str, str], Counts] = defaultdict(Counts)
        #: Operations the target serves with generic behaviour (known for the mock only).
        self.generic = generic

    def name(self, operation_id: str) -> str:
        """The operation as the table names it: ``(generic)`` after one without a handler."""
        return f"{operation_id} (generic)" if operation_id in self.generic else operation_id

    def generic_line(self) -> str:
        """The summary's line on generic behaviour."""
        listed = ", ".join(op for op in self.operations if op in self.generic) or "none"
        return f"generic behaviour (no mock handler): {listed}"

    def record(
        self, suite: str, operation_id: str, failure: str | None = None, report: str = ""
    ) -> None:
        counts = self.counts[(suite, operation_id)]
        counts.examples += 1
        if failure is not None:
            counts.failures.add(failure)
            counts.first_report = counts.first_report or report or failure

    def fail(self, suite: str, operation_id: str, failure: str, report: str = "") -> None:
        """A failure outside any example (a test that errored before or after them)."""
        counts = self.counts[(suite, operation_id)]
        counts.failures.add(failure)
        counts.first_report = counts.first_report or report or failure

    def has_failures(self, suite: str, operation_id: str) -> bool:
        return bool(self.counts[(suite, operation_id)].failures)

    @contextmanager
    def example(self, suite: str, operation_id: str) -> Iterator[None]:
        """Count one example, and its failure if it raises."""
        try:
            yield
        except BaseException as error:
            self.record(suite, operation_id, describe(error), str(error).strip())
            raise
        self.record(suite, operation_id)

    def to_data(self) -> list[CountsData]:
        """The counts as plain data, to cross a process boundary (a pytest-xdist worker's)."""
        return [
            (suite, op, c.examples, sorted(c.failures), c.first_report)
            for (suite, op), c in self.counts.items()
        ]

    def merge(self, data: list[CountsData]) -> None:
        """Add counts that :meth:`to_data` gave in another process."""
        for suite, op, examples, failures, first_report in data:
            counts = self.counts[(suite, op)]
            counts.examples += examples
            counts.failures.update(failures)
            counts.first_report = counts.first_report or first_report

    def examples(self, suite: str) -> int:
        return sum(c.examples for (s, _), c in self.counts.items() if s == suite)

    def failures(self, suite: str | None = None) -> int:
        return sum(len(c.failures) for (s, _), c in self.counts.items() if suite in (None, s))

    def rows(self) -> list[tuple[str, str, list[int], int]]:
        """(operationId, "METHOD /path", examples per suite, failures) for every operation."""
        known = list(self.operations)
        extra = sorted({op for _, op in self.counts} - set(known))
        return [
            (
                op,
                self.operations.get(op, ""),
                [self.counts[(suite, op)].examples for suite in SUITES],
                sum(len(self.counts[(suite, op)].failures) for suite in SUITES),
            )
            for op in known + extra
        ]

    def markdown(self, title: str, details: list[str]) -> str:
        lines = [f"# {title}", "", *(f"- {line}" for line in details), ""]
        lines.append("| Operation | Request | " + " | ".join(SUITES) + " | Failures |")
        lines.append("|---|---|" + "---:|" * len(SUITES) + "---:|")
        for op, request, examples, failures in self.rows():
            cells = " | ".join(str(n) for n in examples)
            mark = f"**{failures}**" if failures else "0"
            lines.append(f"| {self.name(op)} | `{request}` | {cells} | {mark} |")
        totals = " | ".join(str(self.examples(suite)) for suite in SUITES)
        lines.append(f"| **total** | | {totals} | {self.failures()} |")
        failing = self.failing()
        if failing:
            lines += ["", "## Failures", ""]
            for (suite, op), counts in failing:
                lines += [f"### {op} ({suite})", "", "```", counts.first_report, "```", ""]
        return "\n".join(lines) + "\n"

    def failing(self) -> list[tuple[tuple[str, str], Counts]]:
        """(suite, operation) and counts of each that failed, in the table's order."""
        order = {op: n for n, op in enumerate(self.operations)}
        found = [(key, c) for key, c in self.counts.items() if c.failures]
        return sorted(found, key=lambda kc: (order.get(kc[0][1], len(order)), kc[0][0]))

    def failure_lines(self) -> list[str]:
        """For the terminal: each failing operation, its failure and the request to replay."""
        lines = []
        for (suite, op), counts in self.failing():
            lines.append(f"FAILED {op} ({suite}): {sorted(counts.failures)[0]}")
            replay = [ln.strip() for ln in counts.first_report.splitlines() if "curl " in ln]
            lines += [f"    {ln}" for ln in replay[:1]]
        return lines

    def text(self) -> list[str]:
        """The table for the terminal: operations with failures first, then the totals."""
        width = max(len(self.name(op)) for op in self.operations) + 2
        header = "operation".ljust(width) + "".join(s.rjust(10) for s in SUITES) + "  failures"
        lines = [header, "-" * len(header)]
        idle = 0
        for op, _, examples, failures in self.rows():
            if not any(examples) and not failures and op not in self.generic:  # not selected
                idle += 1
                continue
            counts = "".join(str(n).rjust(10) for n in examples)
            lines.append(self.name(op).ljust(width) + counts + str(failures).rjust(10))
        if idle:
            lines.append(f"({idle} operations not run)")
        totals = "".join(str(self.examples(suite)).rjust(10) for suite in SUITES)
        lines.append("total".ljust(width) + totals + str(self.failures()).rjust(10))
        return lines


def describe(error: BaseException) -> str:
    """What distinguishes one failure from another: the kind and title (or first line) of the
    error, or of each error in a group (schemathesis reports its checks' failures as one)."""
    if isinstance(error, BaseExceptionGroup):
        return "; ".join(sorted({describe(inner) for inner in error.exceptions}))
    title = getattr(error, "title", None)
    if not isinstance(title, str):
        lines = str(error).strip().splitlines()
        title = lines[0] if lines else ""
    return f"{type(error).__name__}: {title}"
