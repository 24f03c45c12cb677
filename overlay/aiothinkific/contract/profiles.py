"""How hard the contract tests look: a fast, derandomized profile for CI and a deep one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """Example budgets of one run.

    ``max_examples``: schemathesis fuzzing examples per operation (the examples and coverage phases
    add their own, a fixed set per operation). ``stateful_scenarios`` x ``stateful_steps``: state
    machine runs per chain family and the calls in each; ``chains_succeed``: each CRUD link must
    also meet a 2xx, not only be followed (that needs the deep budget). ``consumer_examples``:
    generated bodies per documented response. ``derandomize``: the same examples on every run
    (CI); otherwise ``seed`` (or a random one) decides them.
    """

    name: str
    max_examples: int
    coverage: bool
    stateful_scenarios: int
    stateful_steps: int
    consumer_examples: int
    derandomize: bool
    chains_succeed: bool
    seed: int | None = None


PROFILES = {
    "fast": Profile(
        name="fast",
        max_examples=8,
        coverage=True,
        stateful_scenarios=15,
        stateful_steps=10,
        consumer_examples=5,
        derandomize=True,
        chains_succeed=False,
        seed=0,
    ),
    "deep": Profile(
        name="deep",
        max_examples=150,
        coverage=True,
        stateful_scenarios=200,
        stateful_steps=25,
        consumer_examples=100,
        derandomize=False,
        chains_succeed=True,
    ),
}
DEFAULT_PROFILE = "fast"
