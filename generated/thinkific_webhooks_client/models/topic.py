from typing import Literal

Topic = Literal[
    "app.uninstalled",
    "course.created",
    "course.deleted",
    "course.updated",
    "enrollment.completed",
    "enrollment.created",
    "enrollment.progress",
    "enrollment.trial",
    "lead.created",
    "lesson.completed",
    "order.created",
    "order_transaction.failed",
    "order_transaction.refunded",
    "order_transaction.succeeded",
    "plan.updated",
    "product.created",
    "product.deleted",
    "product.updated",
    "quiz.attempted",
    "subscription.cancelled",
    "subscription.past_due",
    "subscription.unpaid",
    "user.signin",
    "user.signup",
    "user.updated",
]

TOPIC_VALUES: set[Topic] = {
    "app.uninstalled",
    "course.created",
    "course.deleted",
    "course.updated",
    "enrollment.completed",
    "enrollment.created",
    "enrollment.progress",
    "enrollment.trial",
    "lead.created",
    "lesson.completed",
    "order.created",
    "order_transaction.failed",
    "order_transaction.refunded",
    "order_transaction.succeeded",
    "plan.updated",
    "product.created",
    "product.deleted",
    "product.updated",
    "quiz.attempted",
    "subscription.cancelled",
    "subscription.past_due",
    "subscription.unpaid",
    "user.signin",
    "user.signup",
    "user.updated",
}


def check_topic(value: str) -> Topic:
    if value in TOPIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPIC_VALUES!r}")
