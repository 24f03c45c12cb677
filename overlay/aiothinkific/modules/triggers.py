"""The instant triggers on orders and enrollments (Watch New User is with the Users).

They are declared here with their webhook topic and fields; registering the webhook and
receiving its events is the webhooks part of the package, not a ``run``."""

from __future__ import annotations

from aiothinkific.modules._fields import Field, text
from aiothinkific.modules._model import Group

triggers = Group("Instant triggers")

WEBHOOK_NAME: tuple[Field, ...] = (
    text("webhook_name", "Webhook Name", "Enter a name for the webhook.", required=True),
)

triggers.trigger(
    "watchOrderCreated",
    "Watch Order Created",
    "Triggers when order created.",
    topic="order.created",
    fields=WEBHOOK_NAME,
)
triggers.trigger(
    "watchEnrollmentCreated",
    "Watch Enrollment Created",
    "Triggers when an enrollment creates.",
    topic="enrollment.created",
    fields=WEBHOOK_NAME,
)
triggers.trigger(
    "watchEnrollmentCompleted",
    "Watch Enrollment Completed",
    "Triggers when enrollment is completed.",
    topic="enrollment.completed",
    fields=WEBHOOK_NAME,
)
triggers.trigger(
    "watchEnrollmentProgress",
    "Watch Enrollment Progress",
    "Triggers when an enrollment new progress.",
    topic="enrollment.progress",
    fields=WEBHOOK_NAME,
)
triggers.trigger(
    "watchEnrollmentTrial",
    "Watch Enrollment Trial",
    "Triggers when enrollment trial.",
    topic="enrollment.trial",
    fields=WEBHOOK_NAME,
)
