"""Stateful contract: schemathesis's state machine chains operations along the spec's links
(create -> read -> update -> delete), so the checks see real records: a created user can be
fetched, changed and deleted, a deleted one is gone (``use_after_free``), a created one is there
(``ensure_resource_availability``).

One state machine per operation that starts chains (a create with links), over the operations
its links reach: each chain family gets the whole example budget, instead of Hypothesis spending
it on whichever create sorts first.
"""

from __future__ import annotations

import warnings
from collections import Counter
from typing import Any, ClassVar

import hypothesis
import pytest
from aiothinkific.specs import admin_spec
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis import Case, Response
from schemathesis.generation.stateful.state_machine import APIStateMachine, StepInput, StepOutput

from contract_tests.checks import ADDITIONAL_CHECKS
from contract_tests.schemas import load_schema, mock_app, operation_id
from contract_tests.settings import ContractSettings, current
from contract_tests.summary import Tally

#: The create -> read -> update -> delete links of each family: on the mock each must be followed,
#: and with the deep budget also answered with a 2xx. (The others, such as adding random products
#: to a new category, are followed too but may only ever meet ids that name nothing.)
REQUIRED_LINKS = {
    "createUser": {
        "GetUserByID",
        "UpdateUserByID",
        "DeleteUserByID",
        "GetEnrollmentByID",
        "UpdateEnrollment",
    },
    "createInstructor": {"GetInstructorByID", "UpdateInstructor", "DeleteInstructorByID"},
    "createCollection": {"GetCollectionByID", "UpdateCollectionByID", "DeleteCollectionByID"},
    "createPromotion": {
        "GetPromotionByID",
        "UpdatePromotionByID",
        "DeletePromotionByID",
        "CreateCoupon",
        "GetCouponByID",
        "UpdateCoupon",
        "DeleteCouponByID",
    },
    "createGroup": {"GetGroup", "DeleteGroupByID"},
    "createSiteScript": {"GetSiteScriptByID", "DeleteSiteScriptByID"},
    "createCourseReview": {"GetCourseReviewByID"},
    "createExternalOrder": {"PurchaseExternalOrderTransaction"},
}


def link_families() -> dict[str, list[str]]:
    """Each operation that starts chains (it has links and no link leads to it), and every
    operation its links reach, transitively (users -> enrollments, promotions -> coupons)."""
    targets: dict[str, set[str]] = {}
    for operation in admin_spec().operations:
        linked = targets.setdefault(operation.operation_id, set())
        for response in operation.definition["responses"].values():
            linked.update(link["operationId"] for link in response.get("links", {}).values())
    reachable = set().union(*targets.values())
    families = {}
    for source, linked in targets.items():
        if not linked or source in reachable:
            continue
        reached, todo = {source}, list(linked)
        while todo:
            op = todo.pop()
            if op not in reached:
                reached.add(op)
                todo.extend(targets.get(op, ()))
        families[source] = sorted(reached)
    return families


FAMILIES = link_families()
SCHEMA = load_schema(current())


class ContractSteps(APIStateMachine):
    """What the harness adds to a schema's state machine: a fresh mock per scenario, the
    harness's check, steps counted per operation, and the links followed (and their answers)."""

    tally: ClassVar[Tally]
    links: ClassVar[Counter[tuple[str, bool]]]
    fresh_mock: ClassVar[bool]

    def setup(self) -> None:
        # Every scenario starts from the same freshly seeded mock, so Hypothesis sees the same
        # answers when it replays one (state left by earlier scenarios would make it flaky).
        self.app = mock_app() if self.fresh_mock else None
        super().setup()

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        # Given to the call and to the checks that send requests of their own.
        return {"app": self.app} if self.app is not None else {}

    def step(self, input: StepInput) -> StepOutput:
        if input.transition is not None and input.is_applied and input.case.query:
            # A linked id is the record's Thinkific id; with ``provider`` the user operations
            # would read it as an external id and answer 404, so a followed link sends none.
            input.case.query.pop("provider", None)
        output = super().step(input)
        if input.transition is not None and input.is_applied:
            # "POST /users -> [201] GetUserByID -> GET /users/{id}": the link's name.
            link = input.transition.id.split(" -> ")[1].split("] ", 1)[-1]
            self.links[(link, 200 <= output.response.status_code < 300)] += 1
        return output

    def validate_response(
        self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
    ) -> None:
        with self.tally.example("stateful", operation_id(case.operation)):
            super().validate_response(response, case, additional_checks=ADDITIONAL_CHECKS, **kwargs)


def machine_settings(run: ContractSettings) -> hypothesis.settings:
    profile = run.profile
    return hypothesis.settings(
        max_examples=profile.stateful_scenarios,
        stateful_step_count=profile.stateful_steps,
        derandomize=profile.derandomize,
        database=None,
        deadline=None,
        # As schemathesis runs its state machines: no shrinking of multi-call scenarios.
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )


#: On the mock, a family runs again with the next seed (up to this many runs in all) while one of
#: its links has not been followed: with a small budget whether a scenario reaches, say, an
#: update of a coupon depends on the seed, and any change to the spec or mock moves the draws.
MAX_RUNS = 4


@pytest.mark.parametrize("operation_id", sorted(FAMILIES))
def test_stateful(operation_id: str, tally: Tally, run_settings: ContractSettings) -> None:
    if run_settings.target.read_only:
        pytest.skip("chains start at create operations; pass --allow-writes to run them")
    family = SCHEMA.include(operation_id=FAMILIES[operation_id])
    machine: type[ContractSteps] = type(
        f"Chains_{operation_id}", (ContractSteps, family.as_state_machine()), {}
    )
    machine.tally = tally
    machine.links = Counter()
    machine.fresh_mock = run_settings.target.is_mock
    if not run_settings.target.is_mock:
        run_machine(operation_id, machine, run_settings)
        return
    for attempt in range(MAX_RUNS):
        if attempt:
            base = run_settings.profile.seed or 0
            machine = hypothesis.seed(base + attempt)(machine)
        run_machine(operation_id, machine, run_settings)
        if not unfollowed_links(operation_id, machine.links):
            break
    check_chains(operation_id, machine.links, run_settings)


def run_machine(
    operation_id: str, machine: type[ContractSteps], run_settings: ContractSettings
) -> None:
    try:
        machine.run(settings=machine_settings(run_settings))
    except FlakyStrategyDefinition:
        if run_settings.target.is_mock:
            raise
        # A real server keeps what earlier scenarios wrote, so Hypothesis replaying a scenario
        # can meet other answers (an email now taken) and stop. Every step run so far passed its
        # checks (a failing one raises its own error), so this ends the family early, loudly.
        warnings.warn(
            f"{operation_id}: chains stopped early, the server's state changed under replay",
            stacklevel=1,
        )


def unfollowed_links(family: str, links: Counter[tuple[str, bool]]) -> list[str]:
    required = sorted(REQUIRED_LINKS.get(family, ()))
    return [link for link in required if not links[(link, True)] + links[(link, False)]]


def check_chains(
    family: str, links: Counter[tuple[str, bool]], run_settings: ContractSettings
) -> None:
    """Every CRUD link of the family was followed; with the deep budget, each also met a 2xx."""
    required = sorted(REQUIRED_LINKS.get(family, ()))
    seen = {f"{link} {'2xx' if ok else 'other'}": n for (link, ok), n in links.items()}
    unfollowed = unfollowed_links(family, links)
    assert not unfollowed, f"links never followed in {MAX_RUNS} runs: {unfollowed} ({seen})"
    if run_settings.profile.chains_succeed:
        failing = [link for link in required if not links[(link, True)]]
        assert not failing, f"links never answered with a 2xx: {failing} (followed: {seen})"
