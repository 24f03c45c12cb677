"""The deterministic data a fresh mock site starts with.

Everything is drawn from ``random.Random(seed)`` and dated from a fixed day, never from the wall
clock, so the same seed always gives the same site. Records start from the spec's own example of
their schema (:meth:`Seeder.template`), so they carry every documented field.
The catalogue (courses, chapters, contents, products, bundles, orders, custom profile fields,
publish requests) is only ever read; users, categories, groups, promotions, enrollments and reviews
are seeded too but may be changed through the API.
"""

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiothinkific.mock import timefmt
from aiothinkific.mock.backends.records import (
    BUNDLES,
    CHAPTERS,
    COLLECTION_PRODUCT,
    COLLECTIONS,
    CONTENTS,
    COUPONS,
    COURSE_REVIEWS,
    COURSES,
    CUSTOM_FIELDS,
    ENROLLMENTS,
    GROUP_ANALYST,
    GROUP_USER,
    GROUPS,
    INSTRUCTORS,
    ORDERS,
    PRODUCTS,
    PROMOTIONS,
    PUBLISH_REQUESTS,
    USERS,
)
from aiothinkific.mock.store import Doc, Store
from aiothinkific.specs import Spec, sample

EPOCH = datetime.datetime(2024, 1, 1, tzinfo=timefmt.UTC)
FAR_FUTURE = "2099-12-31T00:00:00.000Z"
SEED_KEY = "seed"

FIRST_NAMES = (
    "Ada", "Alan", "Barbara", "Claude", "Donald", "Edsger", "Frances", "Grace", "Hedy", "Ivan",
    "John", "Katherine", "Linus", "Margaret", "Niklaus", "Radia", "Shafi", "Tim", "Whitfield",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Turing", "Liskov", "Shannon", "Knuth", "Dijkstra", "Allen", "Hopper", "Lamarr",
    "Sutherland", "Backus", "Johnson", "Torvalds", "Hamilton", "Wirth", "Perlman", "Goldwasser",
)  # fmt: skip
COURSE_SUBJECTS = (
    "Python for Beginners", "Advanced Python", "Data Analysis with Pandas", "Machine Learning",
    "Web Design Basics", "Typography", "Colour Theory", "Photography", "Public Speaking",
    "Project Management", "Bookkeeping", "Creative Writing",
)  # fmt: skip
PROGRAMMING, DESIGN = COURSE_SUBJECTS[:4], COURSE_SUBJECTS[4:8]
PROFILE_FIELDS = (("Phone", "1"), ("Company size", "2"), ("Country", "1"))


def slugify(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


@dataclass
class Seeder:
    """Builds the documents of each kind with their ids known up front, so records can refer
    to each other before anything is written."""

    store: Store
    spec: Spec
    rng: random.Random
    docs: dict[str, list[Doc]] = field(default_factory=dict)

    def template(self, name: str) -> Doc:
        """A complete example object of a component schema of the spec served: the starting
        point of seed records, so they carry every field the spec documents."""
        value = sample(self.spec, self.spec.component(name))
        if not isinstance(value, dict):
            raise TypeError(f"schema {name} is not an object")
        return value

    def content_types(self) -> tuple[str, ...]:
        schema = self.spec.component("ContentResponse")
        return tuple(schema["properties"]["contentable_type"]["enum"])

    def add(self, kind: str, count: int, build: Callable[[int, int], Doc]) -> list[Doc]:
        """``count`` documents from ``build(id, index)``."""
        made = []
        for index, doc_id in enumerate(self.store.next_ids(kind, count)):
            doc = build(doc_id, index)
            doc["id"] = doc_id
            made.append(doc)
        self.docs.setdefault(kind, []).extend(made)
        return made

    def when(self, days: float) -> str:
        return timefmt.iso(EPOCH + datetime.timedelta(days=days))

    def write(self) -> None:
        for kind, docs in self.docs.items():
            self.store.put_many(kind, docs)


def seed_store(store: Store, spec: Spec, *, seed: int, users: int) -> None:
    """Fill a new database with records shaped by ``spec``'s schemas; one that was seeded before
    is left as it is."""
    if store.get_meta(SEED_KEY) is not None:
        return
    with store.transaction():
        seeder = Seeder(store, spec, random.Random(seed))
        _build(seeder, users)
        seeder.write()
        store.set_meta(SEED_KEY, str(seed))


def _build(s: Seeder, user_count: int) -> None:
    fields = s.add(
        CUSTOM_FIELDS.kind,
        len(PROFILE_FIELDS),
        lambda _id, i: {
            **s.template("CustomProfileFieldDefinitionsResponse"),
            "label": PROFILE_FIELDS[i][0],
            "field_type": PROFILE_FIELDS[i][1],
            "required": False,
        },
    )
    users = _users(s, user_count, fields[0])
    instructors = s.add(INSTRUCTORS.kind, 3, lambda doc_id, i: _instructor(s, doc_id, i))
    courses = _courses(s, instructors, users)
    products = _products(s, courses)
    _collections(s, products)
    if users:
        _orders(s, users, products)
        _enrollments(s, users, courses)
        _groups(s, users)
        _publish_requests(s, users, products)
    _promotions(s, products)


def _users(s: Seeder, count: int, phone: Doc) -> list[Doc]:
    base = s.template("UserResponse")
    phone_ids = iter(s.store.next_ids("custom_profile_field", count))

    def build(doc_id: int, i: int) -> Doc:
        first, last = s.rng.choice(FIRST_NAMES), s.rng.choice(LAST_NAMES)
        roles = ["site_admin"] if i == 0 else []
        roles += ["course_admin"] if i % 10 == 5 else []
        roles += ["affiliate"] if i % 7 == 3 else []
        roles += ["group_analyst"] if i % 9 == 4 else []
        affiliate = "affiliate" in roles
        fields = []
        if i % 3 == 0:
            number = f"+1 555 {s.rng.randrange(10**6, 10**7)}"
            fields.append(
                {
                    "id": next(phone_ids),
                    "value": number,
                    "label": phone["label"],
                    "custom_profile_field_definition_id": phone["id"],
                }
            )
        return {
            **base,
            "created_at": s.when(-365 + i * 365 / max(count, 1)),
            "first_name": first,
            "last_name": last,
            "full_name": f"{first} {last}",
            "company": s.rng.choice((None, "Initech", "Globex", "Hooli")),
            "email": f"{first}.{last}.{doc_id}@example.com".lower(),
            "roles": sorted(roles),
            "avatar_url": None,
            "bio": None,
            "headline": None,
            "affiliate_code": f"aff{doc_id}" if affiliate else None,
            "external_source": None,
            "affiliate_commission": 20.0 if affiliate else None,
            "affiliate_commission_type": "%" if affiliate else None,
            "affiliate_payout_email": f"payouts.{doc_id}@example.com" if affiliate else None,
            "administered_course_ids": [],
            "custom_profile_fields": fields,
            "external_id": f"sso-{doc_id}" if i % 4 == 1 else None,
            "provider": "SSO" if i % 4 == 1 else None,
        }

    return s.add(USERS.kind, count, build)


def _instructor(s: Seeder, doc_id: int, i: int) -> Doc:
    first, last = FIRST_NAMES[i * 3], LAST_NAMES[i * 3]
    return {
        **s.template("InstructorResponse"),
        "user_id": None,
        "first_name": first,
        "last_name": last,
        "slug": slugify(f"{first} {last}"),
        "email": f"{first}.{last}@example.com".lower(),
        "bio": f"{first} {last} teaches on this site.",
        "created_at": s.when(-400 + i),
    }


def _content(s: Seeder, slug: str, chapter: int, doc_id: int, i: int) -> Doc:
    return {
        **s.template("ContentResponse"),
        "name": f"Lesson {chapter}.{i + 1}",
        "position": i + 1,
        "contentable_type": s.rng.choice(s.content_types()),
        "free": chapter == 1 and i == 0,
        "take_url": f"https://mock.thinkific.com/courses/take/{slug}/{doc_id}",
    }


def _chapter(s: Seeder, course: str, position: int, contents: list[Doc]) -> Doc:
    return {
        **s.template("ChapterResponse"),
        "name": f"Chapter {position}",
        "position": position,
        "description": f"Chapter {position} of {course}",
        "duration_in_seconds": 60 * sum(s.rng.randint(3, 20) for _ in contents),
        "content_ids": [c["id"] for c in contents],
    }


def _courses(s: Seeder, instructors: list[Doc], users: list[Doc]) -> list[Doc]:
    admins = [u["id"] for u in users if "course_admin" in u["roles"]][:2]
    # A course and its product point at each other: both ids are taken first.
    course_ids = s.store.next_ids(COURSES.kind, len(COURSE_SUBJECTS))
    product_ids = s.store.next_ids(PRODUCTS.kind, len(COURSE_SUBJECTS))
    courses = []
    for index, (course_id, product_id) in enumerate(zip(course_ids, product_ids, strict=True)):
        name, slug = COURSE_SUBJECTS[index], slugify(COURSE_SUBJECTS[index])
        chapters = []
        for position in range(1, s.rng.randint(2, 4) + 1):
            contents = s.add(
                CONTENTS.kind, s.rng.randint(2, 5), functools.partial(_content, s, slug, position)
            )
            (chapter,) = s.add(
                CHAPTERS.kind,
                1,
                lambda _id, _i: _chapter(s, name, position, contents),  # noqa: B023
            )
            for item in contents:
                item["chapter_id"] = chapter["id"]
            chapters.append(chapter)
        instructor = s.rng.choice(instructors)
        courses.append(
            {
                **s.template("CourseResponse"),
                "id": course_id,
                "name": name,
                "slug": slug,
                "subtitle": f"Learn {name.lower()}",
                "product_id": product_id,
                "description": f"A course about {name.lower()}.",
                "course_card_text": name,
                "intro_video_youtube": None,
                "intro_video_wistia_identifier": None,
                "keywords": ",".join(slug.split("-")),
                "duration": str(sum(c["duration_in_seconds"] for c in chapters) // 3600 or 1),
                "banner_image_url": f"https://mock.thinkific.com/images/{slug}-banner.jpg",
                "course_card_image_url": f"https://mock.thinkific.com/images/{slug}-card.jpg",
                "administrator_user_ids": admins,
                "chapter_ids": [c["id"] for c in chapters],
                "reviews_enabled": s.rng.random() < 0.7,
                "user_id": instructor["user_id"],
                "instructor_id": instructor["id"],
            }
        )
    s.docs[COURSES.kind] = courses
    return courses


def _product(s: Seeder, doc_id: int, position: int, name: str, kind: str, target: int) -> Doc:
    price = s.rng.choice((0, 0, 49, 99, 199))
    return {
        **s.template("ProductResponse"),
        "id": doc_id,
        "created_at": s.when(-300 + position),
        "productable_id": target,
        "productable_type": kind,
        "price": float(price),
        "position": position,
        "status": "draft" if position % 11 == 10 else "published",
        "name": name,
        "days_until_expiry": None,
        "subscription": False,
        "has_certificate": s.rng.random() < 0.5,
        "keywords": None,
        "seo_title": name,
        "seo_description": f"{name} on the mock site",
        "description": f"{name}.",
        "slug": slugify(name),
        "card_image_url": f"https://mock.thinkific.com/images/{slugify(name)}-card.jpg",
        "related_product_ids": [],
        "product_prices": [
            {
                **s.template("ProductPriceResponse"),
                "id": doc_id,
                "is_primary": True,
                "payment_type": "free" if price == 0 else "one-time",
                "price": f"{price:.1f}",
                "price_name": name,
            }
        ],
    }


def _products(s: Seeder, courses: list[Doc]) -> list[Doc]:
    products = [
        _product(s, c["product_id"], i, c["name"], "Course", c["id"]) for i, c in enumerate(courses)
    ]
    bundle_groups = (PROGRAMMING, DESIGN, COURSE_SUBJECTS[8:])
    bundle_names = ("Programming Bundle", "Design Bundle", "Business Bundle")
    bundle_ids = s.store.next_ids(BUNDLES.kind, len(bundle_groups))
    product_ids = s.store.next_ids(PRODUCTS.kind, len(bundle_groups))
    bundles = []
    for i, (topics, bundle_id, product_id) in enumerate(
        zip(bundle_groups, bundle_ids, product_ids, strict=True)
    ):
        name = bundle_names[i]
        bundles.append(
            {
                **s.template("BundleResponse"),
                "id": bundle_id,
                "name": name,
                "description": f"{len(topics)} courses together.",
                "tagline": "Save by learning more",
                "course_ids": [c["id"] for c in courses if c["name"] in topics],
            }
        )
        products.append(_product(s, product_id, len(courses) + i, name, "Bundle", bundle_id))
    ids = [p["id"] for p in products]
    for product in products:
        others = [other for other in ids if other != product["id"]]
        product["related_product_ids"] = sorted(s.rng.sample(others, 2))
    s.docs[BUNDLES.kind] = bundles
    s.docs[PRODUCTS.kind] = products
    return products


def _collections(s: Seeder, products: list[Doc]) -> None:
    base = s.template("CollectionResponse")
    plan = (
        ("All Courses", "all", True, products),
        ("Programming", "programming", False, [p for p in products if p["name"] in PROGRAMMING]),
        ("Design", "design", False, [p for p in products if p["name"] in DESIGN]),
    )
    made = s.add(
        COLLECTIONS.kind,
        len(plan),
        lambda _id, i: {
            **base,
            "name": plan[i][0],
            "slug": plan[i][1],
            "default": plan[i][2],
            "description": f"{plan[i][0]} on the mock site",
            "created_at": s.when(-200 + i),
        },
    )
    for collection, (*_, members) in zip(made, plan, strict=True):
        for product in members:
            s.store.link(COLLECTION_PRODUCT, collection["id"], product["id"])


def _orders(s: Seeder, users: list[Doc], products: list[Doc]) -> None:
    paid = [p for p in products if p["price"]]

    def build(_id: int, i: int) -> Doc:
        user, product = s.rng.choice(users), s.rng.choice(paid)
        cents = round(product["price"] * 100)
        return {
            **s.template("OrderResponse"),
            "user_id": user["id"],
            "user_email": user["email"],
            "user_name": user["full_name"],
            "product_name": product["name"],
            "product_id": product["id"],
            "amount_dollars": f"{cents / 100:.1f}",
            "amount_cents": cents,
            "subscription": False,
            "coupon_code": None,
            "coupon_id": None,
            "affiliate_referral_code": None,
            "items": [
                {
                    "product_id": product["id"],
                    "product_name": product["name"],
                    "amount_dollars": cents / 100,
                    "amount_cents": cents,
                }
            ],
            "status": "refunded" if i % 13 == 12 else "complete",
            "created_at": s.when(-100 + i),
        }

    s.add(ORDERS.kind, 40, build)


def _enrollments(s: Seeder, users: list[Doc], courses: list[Doc]) -> None:
    pairs = sorted(
        {(u["id"], c["id"]) for u in users[:30] for c in s.rng.sample(courses, s.rng.randint(1, 3))}
    )
    users_by_id, courses_by_id = {u["id"]: u for u in users}, {c["id"]: c for c in courses}

    def build(_id: int, i: int) -> Doc:
        user, course = users_by_id[pairs[i][0]], courses_by_id[pairs[i][1]]
        state = ("completed", "progress", "trial", "expired", "progress")[i % 5]
        started = s.when(-60 + i)
        progress = {"completed": 100.0, "progress": float(s.rng.randint(1, 99))}.get(state, 0.0)
        return {
            "user_email": user["email"],
            "user_name": user["full_name"],
            "user_id": user["id"],
            "course_name": course["name"],
            "course_id": course["id"],
            "percentage_completed": progress,
            "started_at": None if state == "trial" else started,
            "activated_at": None if state == "trial" else started,
            "completed_at": s.when(-30 + i) if state == "completed" else None,
            "expiry_date": s.when(-10) if state == "expired" else FAR_FUTURE,
            "created_at": started,
            "updated_at": s.when(-20 + i),
        }

    enrollments = s.add(ENROLLMENTS.kind, len(pairs), build)
    reviewed = s.rng.sample(enrollments, min(15, len(enrollments)))
    s.add(
        COURSE_REVIEWS.kind,
        len(reviewed),
        lambda _id, i: {
            **s.template("CourseReviewResponse"),
            "rating": s.rng.randint(3, 5),
            "title": f"Review of {reviewed[i]['course_name']}",
            "review_text": "Clear and well paced.",
            "user_id": reviewed[i]["user_id"],
            "course_id": reviewed[i]["course_id"],
            "approved": i % 4 != 3,
            "created_at": s.when(-5 + i),
        },
    )


def _groups(s: Seeder, users: list[Doc]) -> None:
    groups = s.add(
        GROUPS.kind,
        2,
        lambda _id, i: {
            "name": f"Cohort {'AB'[i]}",
            "token": "".join(s.rng.choice("0123456789abcdef") for _ in range(8)),
            "created_at": s.when(-50 + i),
        },
    )
    for i, user in enumerate(users[:20]):
        s.store.link(GROUP_USER, groups[i % 2]["id"], user["id"])
    for user in users:
        if "group_analyst" in user["roles"]:
            s.store.link(GROUP_ANALYST, groups[0]["id"], user["id"])


def _publish_requests(s: Seeder, users: list[Doc], products: list[Doc]) -> None:
    requesters = [u for u in users if "course_admin" in u["roles"]] or users[:1]
    s.add(
        PUBLISH_REQUESTS.kind,
        4,
        lambda _id, i: {
            **s.template("ProductPublishRequest"),
            "product_id": products[i]["id"],
            "status": "pending",
            "response_text": None,
            "requesting_user_id": requesters[i % len(requesters)]["id"],
            "responding_user_id": None,
            "completed_at": None,
            "created_at": s.when(-3 + i),
            "updated_at": s.when(-3 + i),
        },
    )


def _promotions(s: Seeder, products: list[Doc]) -> None:
    plan: tuple[tuple[str, str, float, list[int]], ...] = (
        ("Spring Sale", "percentage", 20.0, [p["id"] for p in products[:4]]),
        ("Welcome Discount", "fixed", 10.0, []),
    )

    def promotion(_id: int, i: int) -> Doc:
        name, kind, amount, product_ids = plan[i]
        doc: dict[str, Any] = {
            **s.template("PromotionResponse"),
            "name": name,
            "description": f"{name} on the mock site",
            "discount_type": kind,
            "amount": amount,
            "starts_at": s.when(i * 30),
            "expires_at": FAR_FUTURE,
            "duration": None,
            "product_ids": product_ids,
        }
        doc.pop("coupon_ids", None)
        return doc

    promotions = s.add(PROMOTIONS.kind, len(plan), promotion)
    s.add(
        COUPONS.kind,
        3 * len(promotions),
        lambda _id, i: {
            **s.template("CouponResponse"),
            "code": f"{promotions[i // 3]['name'].split()[0].upper()}{i % 3 + 1}",
            "note": None,
            "quantity_used": s.rng.randint(0, 5),
            "quantity": 100,
            "promotion_id": promotions[i // 3]["id"],
            "created_at": s.when(i),
        },
    )
