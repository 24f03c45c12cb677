"""Stateful contract: schemathesis's state machine chains operations along the spec's links
(create -> read -> update -> delete), so the checks see real records: a created user can be
fetched, changed and deleted, a deleted one is gone (``use_after_free``), a created one is there
(``ensure_resource_availability``).

One state machine per operation that starts chains (a create with links), over the operations
its links reach: each chain family gets the whole example budget, instead of Hypothesis spending
it on whichever create sorts first.
"""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, ClassVar

import hypothesis
import pytest
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis import Case, Response
from schemathesis.generation.stateful.state_machine import APIStateMachine, StepInput, StepOutput
from schemathesis.specs.openapi.checks import ensure_resource_availability

from aiothinkific.contract.apis import ADMIN, THRIVECART, Api
from aiothinkific.contract.checks import ADDITIONAL_CHECKS
from aiothinkific.contract.cleanup import tag_writes
from aiothinkific.contract.schemas import load_schema, mock_app_for, operation_id, target_of
from aiothinkific.contract.settings import ContractSettings, current
from aiothinkific.contract.summary import Tally

#: The operations that remove the record their path names (by operationId).
REMOVAL = re.compile(r"^delete[A-Z]")

#: The create -> read -> update -> delete links of each family: each must be followed (on a live
#: server, but those in ``NEEDS_SITE_RECORDS``), and with the deep budget also answered with a
#: 2xx. (The others, such as adding random products
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
    "thrivecart.getProducts": {"GetProduct", "GetProductPricing"},
    "thrivecart.getBumps": {"GetBump", "GetBumpPricing"},
    "thrivecart.getUpsells": {"GetUpsell", "GetUpsellPricing"},
    "thrivecart.getDownsells": {"GetDownsell", "GetDownsellPricing"},
    "thrivecart.searchTransactions": {
        "GetCustomer",
        "RefundTransaction",
        "CancelSubscription",
        "PauseSubscription",
        "ResumeSubscription",
    },
    "thrivecart.createAffiliate": {
        "GetAffiliate",
        "FavoriteAffiliate",
        "UnfavoriteAffiliate",
        "RegisterAffiliate",
        "ApproveAffiliate",
        "RejectAffiliate",
        "SetCustomCommissions",
        "DeleteAffiliate",
    },
    "thrivecart.createEventSubscription": {"CancelEventSubscription"},
}


def link_families(api: Api) -> dict[str, list[str]]:
    """Each operation of ``api`` that starts chains (it has links and no link leads to it), and
    every operation its links reach, transitively (users -> enrollments, promotions ->
    coupons), by their operationIds; keyed by the harness's name for the first."""
    targets: dict[str, set[str]] = {}
    for operation in api.spec.operations:
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
        families[api.label(source)] = sorted(reached)
    return families


#: Chain families of the APIs with links (the Webhooks API has none), and their API.
FAMILY_API = {name: api for api in (ADMIN, THRIVECART) for name in link_families(api)}
FAMILIES = {name: ops for api in (ADMIN, THRIVECART) for name, ops in link_families(api).items()}
SCHEMAS = {api.name: load_schema(current(), api) for api in (ADMIN, THRIVECART)}
SCHEMA = SCHEMAS[ADMIN.name]


class ContractSteps(APIStateMachine):
    """What the harness adds to a schema's state machine: a fresh mock per scenario, the
    harness's check, steps counted per operation, and the links followed (and their answers)."""

    tally: ClassVar[Tally]
    links: ClassVar[Counter[tuple[str, bool]]]
    fresh_mock: ClassVar[bool]
    #: The app each scenario on the mock starts from (tests wrap the mock in a defect).
    app_factory: ClassVar[Callable[[], Any]] = staticmethod(lambda: mock_app_for(ADMIN))

    def setup(self) -> None:
        # Every scenario starts from the same freshly seeded mock, so Hypothesis sees the same
        # answers when it replays one (state left by earlier scenarios would make it flaky).
        self.app = type(self).app_factory() if self.fresh_mock else None
        self.scenario = next(SCENARIOS)
        self.removed: set[str] = set()  # path values of records a step removed
        super().setup()

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        # Given to the call and to the checks that send requests of their own.
        return {"app": self.app} if self.app is not None else {}

    def step(self, input: StepInput) -> StepOutput:
        if not self.fresh_mock:
            tag_writes(input.case, self.scenario)
        if input.transition is not None and input.is_applied and input.case.query:
            # A linked id is the record's Thinkific id; with ``provider`` the user operations
            # would read it as an external id and answer 404, so a followed link sends none.
            input.case.query.pop("provider", None)
        output = super().step(input)
        if REMOVAL.match(input.case.operation.definition.raw.get("operationId", "")) and (
            200 <= output.response.status_code < 300
        ):
            self.removed |= {str(v) for v in (input.case.path_parameters or {}).values()}
        if input.transition is not None and input.is_applied:
            # "POST /users -> [201] GetUserByID -> GET /users/{id}": the link's name.
            link = input.transition.id.split(" -> ")[1].split("] ", 1)[-1]
            self.links[(link, 200 <= output.response.status_code < 300)] += 1
        return output

    def validate_response(
        self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
    ) -> None:
        # Schemathesis knows a removal only by the DELETE method; ThriveCart removes with POST
        # (/affiliates/{id}/delete), after which a 404 is the right answer, not a lost record.
        gone = response.status_code == 404 and bool(
            self.removed & {str(v) for v in (case.path_parameters or {}).values()}
        )
        with self.tally.example("stateful", operation_id(case.operation)):
            case.validate_response(
                response,
                additional_checks=ADDITIONAL_CHECKS,
                excluded_checks=[ensure_resource_availability] if gone else None,
                transport_kwargs=kwargs or None,
                recorder=getattr(self, "recorder", None),
            )


#: A token per scenario, unique in the run (and, by the clock, across runs).
SCENARIOS = itertools.count(int(time.time() * 1000) % 10**9)


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
    api = FAMILY_API[operation_id]
    target = target_of(run_settings, api)
    writes = [op for op in FAMILIES[operation_id] if api.spec.operation(op).method != "GET"]
    if target.read_only and writes:
        pytest.skip(f"chains reach writes ({', '.join(writes)}); pass --allow-writes to run them")
    family = SCHEMAS[api.name].include(operation_id=FAMILIES[operation_id])
    machine: type[ContractSteps] = type(
        f"Chains_{operation_id.replace('.', '_')}", (ContractSteps, family.as_state_machine()), {}
    )
    machine.tally = tally
    machine.links = Counter()
    machine.fresh_mock = target.is_mock
    machine.app_factory = staticmethod(lambda: mock_app_for(api))
    base = run_settings.profile.seed or 0
    for attempt in range(MAX_RUNS):
        if attempt:
            machine = hypothesis.seed(base + attempt)(machine)
        run_machine(operation_id, machine, run_settings)
        if not unfollowed_links(operation_id, machine.links, run_settings):
            break
    check_chains(operation_id, machine.links, run_settings)


def run_machine(
    operation_id: str, machine: type[ContractSteps], run_settings: ContractSettings
) -> None:
    """Run the state machine. A run cut short fails: Hypothesis stops a state machine whose
    replayed choices meet other answers (on a live server, tagged writes keep earlier
    scenarios' records from changing them), and a family cut short has not been tested."""
    try:
        machine.run(settings=machine_settings(run_settings))
    except FlakyStrategyDefinition as error:
        first = str(error).strip().splitlines()[0]
        pytest.fail(
            f"{operation_id}: stateful chains cut short, the server answered a replayed "
            f"scenario differently ({first})",
            pytrace=False,
        )


#: Links only the mock's seeded references reach: they follow a create that needs records of the
#: site (an enrollment's course, a review's course and user, an order's product), which the
#: harness draws from the seeded ids on the mock (``SEEDED_IDS``) and cannot know on a live server.
NEEDS_SITE_RECORDS = {
    "GetEnrollmentByID",
    "UpdateEnrollment",
    "GetCourseReviewByID",
    "PurchaseExternalOrderTransaction",
}


def required_links(family: str, run_settings: ContractSettings | None = None) -> list[str]:
    """The family's CRUD links a run must follow on its target."""
    required = REQUIRED_LINKS.get(family, set())
    if run_settings is not None and not target_of(run_settings, FAMILY_API[family]).is_mock:
        required = required - NEEDS_SITE_RECORDS
    return sorted(required)


def unfollowed_links(
    family: str, links: Counter[tuple[str, bool]], run_settings: ContractSettings | None = None
) -> list[str]:
    required = required_links(family, run_settings)
    return [link for link in required if not links[(link, True)] + links[(link, False)]]


def check_chains(
    family: str, links: Counter[tuple[str, bool]], run_settings: ContractSettings
) -> None:
    """Every CRUD link of the family was followed, on any target (a server that refuses valid
    creates starts no chain); with the deep budget, each also met a 2xx."""
    required = required_links(family, run_settings)
    seen = {f"{link} {'2xx' if ok else 'other'}": n for (link, ok), n in links.items()}
    unfollowed = unfollowed_links(family, links, run_settings)
    assert not unfollowed, f"links never followed in {MAX_RUNS} runs: {unfollowed} ({seen})"
    if run_settings.profile.chains_succeed:
        failing = [link for link in required if not links[(link, True)]]
        assert not failing, f"links never answered with a 2xx: {failing} (followed: {seen})"
