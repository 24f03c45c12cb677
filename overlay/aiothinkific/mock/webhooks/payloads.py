"""Webhook payloads, as Thinkific sends them."""

from __future__ import annotations

from aiothinkific.mock.store import Doc


def user_summary(user: Doc) -> Doc:
    return {k: user.get(k) for k in ("id", "email", "first_name", "last_name")}


def enrollment_payload(enrollment: Doc, user: Doc, course: Doc) -> Doc:
    return {
        "id": enrollment["id"],
        "course_id": course["id"],
        "course": {"id": course["id"], "name": course.get("name")},
        "user": user_summary(user),
        # The Admin API shows a fraction (0.24); webhooks send a percentage string ("24.0").
        "percentage_completed": str(
            round(float(enrollment.get("percentage_completed") or 0) * 100, 1)
        ),
        "activated_at": enrollment.get("activated_at"),
        "completed_at": enrollment.get("completed_at"),
        "expiry_date": enrollment.get("expiry_date"),
        "started_at": enrollment.get("started_at"),
        "free_trial": enrollment.get("activated_at") is None,
    }


def order_payload(order: Doc, user: Doc, product: Doc) -> Doc:
    paid = sum(t["amount"] for t in order.get("transactions", []) if t["action"] == "purchase")
    return {
        "id": order["id"],
        "order_number": str(order["id"]),
        "amount_cents": round(paid * 100),
        "amount_dollars": str(float(paid)),
        "billing_name": user.get("full_name"),
        "coupon": None,
        "payment_type": order.get("order_type"),
        "product_id": product["id"],
        "product_name": product.get("name"),
        "status": "complete",
        "user": user_summary(user),
        "affiliate_referral_code": None,
    }
