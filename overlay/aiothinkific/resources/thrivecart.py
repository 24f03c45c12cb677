"""ThriveCart API: one resource class per group, one method per operation.

Written by scripts/regenerate from the patched spec/thrivecart.yaml and its names table,
spec/thrivecart.resources.yaml. Do not edit: rename in the table, fix the spec with a patch.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, TypeVar, cast

from thrivecart_client import Client as GeneratedClient
from thrivecart_client.api.account import ping
from thrivecart_client.api.affiliates import (
    approve_affiliate,
    create_affiliate,
    delete_affiliate,
    favorite_affiliate,
    get_affiliate,
    register_affiliate,
    reject_affiliate,
    search_affiliates,
    set_custom_commissions,
    unfavorite_affiliate,
)
from thrivecart_client.api.bumps import get_bump, get_bump_pricing, get_bumps
from thrivecart_client.api.customers import get_customer
from thrivecart_client.api.downsells import get_downsell, get_downsell_pricing, get_downsells
from thrivecart_client.api.event_subscriptions import (
    cancel_event_subscription,
    create_event_subscription,
)
from thrivecart_client.api.products import get_product, get_product_pricing, get_products
from thrivecart_client.api.refunds import refund_transaction
from thrivecart_client.api.students import create_student
from thrivecart_client.api.subscriptions import (
    cancel_subscription,
    pause_subscription,
    resume_subscription,
)
from thrivecart_client.api.transactions import search_transactions
from thrivecart_client.api.upsells import get_upsell, get_upsell_pricing, get_upsells
from thrivecart_client.models import (
    Account,
    ActionResult,
    Affiliate,
    AffiliateList,
    ApproveAffiliateBody,
    Bump,
    BumpSummary,
    CancelEventSubscriptionBody,
    CancelEventSubscriptionXTCMode,
    CancelSubscriptionBody,
    CancelSubscriptionXTCMode,
    CreateAffiliateBody,
    CreateEventSubscriptionBody,
    CreateEventSubscriptionBodyTriggerFields,
    CreateEventSubscriptionXTCMode,
    CreateStudentBody,
    CreateStudentBodyOrderInfopurchaseType,
    CustomerHistory,
    Downsell,
    DownsellSummary,
    EventSubscription,
    GetAffiliateBody,
    GetCustomerBody,
    GetCustomerXTCMode,
    GetProductsStatus,
    PausedSubscription,
    PauseSubscriptionBody,
    PauseSubscriptionXTCMode,
    PricingOption,
    Product,
    ProductSummary,
    RefundTransactionBody,
    RefundTransactionXTCMode,
    RegisterAffiliateBody,
    RejectAffiliateBody,
    ResumedSubscription,
    ResumeSubscriptionBody,
    ResumeSubscriptionXTCMode,
    SearchTransactionsTransactionType,
    SearchTransactionsXTCMode,
    SetCustomCommissionsBody,
    StudentAccess,
    Transaction,
    TransactionList,
    Upsell,
    UpsellSummary,
)
from thrivecart_client.models.cancel_event_subscription_xtc_mode import (
    CANCEL_EVENT_SUBSCRIPTION_XTC_MODE_VALUES,
)
from thrivecart_client.models.cancel_subscription_xtc_mode import (
    CANCEL_SUBSCRIPTION_XTC_MODE_VALUES,
)
from thrivecart_client.models.create_event_subscription_xtc_mode import (
    CREATE_EVENT_SUBSCRIPTION_XTC_MODE_VALUES,
)
from thrivecart_client.models.create_student_body_order_infopurchase_type import (
    CREATE_STUDENT_BODY_ORDER_INFOPURCHASE_TYPE_VALUES,
)
from thrivecart_client.models.get_customer_xtc_mode import GET_CUSTOMER_XTC_MODE_VALUES
from thrivecart_client.models.get_products_status import GET_PRODUCTS_STATUS_VALUES
from thrivecart_client.models.pause_subscription_xtc_mode import PAUSE_SUBSCRIPTION_XTC_MODE_VALUES
from thrivecart_client.models.refund_transaction_xtc_mode import REFUND_TRANSACTION_XTC_MODE_VALUES
from thrivecart_client.models.resume_subscription_xtc_mode import (
    RESUME_SUBSCRIPTION_XTC_MODE_VALUES,
)
from thrivecart_client.models.search_transactions_transaction_type import (
    SEARCH_TRANSACTIONS_TRANSACTION_TYPE_VALUES,
)
from thrivecart_client.models.search_transactions_xtc_mode import (
    SEARCH_TRANSACTIONS_XTC_MODE_VALUES,
)
from thrivecart_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator, Page
from aiothinkific._types import NOT_GIVEN, NotGiven
from aiothinkific.resources._base import Resource, checked, operation, parsed

if TYPE_CHECKING:
    from aiothinkific._thrivecart import ThriveCart

T = TypeVar("T")


def given(value: T | NotGiven) -> T | Unset:
    """An argument as the generated layer takes it: ``NOT_GIVEN`` is its ``UNSET`` (not sent)."""
    return UNSET if isinstance(value, NotGiven) else value


class _Resource(Resource):
    _client: ThriveCart

    @property
    def _api(self) -> GeneratedClient:
        return self._client.generated


class AccountResource(_Resource):
    """``tk.account``: the Account operations."""

    @operation("ping")
    async def ping(self) -> Account:
        """Ping

        Get information about the account that your API key or access token grants access to. No
        parameters are required for this endpoint. It's also useful to check the validity of
        your token.
        """
        return await self._expect(Account, ping.asyncio_detailed(client=self._api))


class Products(_Resource):
    """``tk.products``: the Products operations."""

    @operation("getProducts")
    async def list(
        self, *, status: GetProductsStatus | NotGiven = NOT_GIVEN
    ) -> builtins.list[ProductSummary]:
        """List products"""
        response = await parsed(
            get_products.asyncio_detailed(
                client=self._api,
                status=given(checked("status", status, GET_PRODUCTS_STATUS_VALUES)),
            )
        )
        return cast("builtins.list[ProductSummary]", response.parsed)

    @operation("getProduct")
    async def get(self, product_id: int | str) -> Product:
        """Get product"""
        return await self._expect(
            Product, get_product.asyncio_detailed(str(product_id), client=self._api)
        )

    @operation("getProductPricing")
    async def list_pricing_options(
        self, product_id: int | str, *, affiliate_id: str | NotGiven = NOT_GIVEN
    ) -> builtins.list[PricingOption]:
        """Get product price details"""
        response = await parsed(
            get_product_pricing.asyncio_detailed(
                str(product_id), client=self._api, affiliate_id=given(affiliate_id)
            )
        )
        return cast("builtins.list[PricingOption]", response.parsed)


class Bumps(_Resource):
    """``tk.bumps``: the Bumps operations."""

    @operation("getBumps")
    async def list(self) -> builtins.list[BumpSummary]:
        """List bump offers"""
        response = await parsed(get_bumps.asyncio_detailed(client=self._api))
        return cast("builtins.list[BumpSummary]", response.parsed)

    @operation("getBump")
    async def get(self, bump_id: int | str) -> Bump:
        """Get bump"""
        return await self._expect(Bump, get_bump.asyncio_detailed(str(bump_id), client=self._api))

    @operation("getBumpPricing")
    async def list_pricing_options(self, bump_id: int | str) -> builtins.list[PricingOption]:
        """Get bump price details"""
        response = await parsed(get_bump_pricing.asyncio_detailed(str(bump_id), client=self._api))
        return cast("builtins.list[PricingOption]", response.parsed)


class Upsells(_Resource):
    """``tk.upsells``: the Upsells operations."""

    @operation("getUpsells")
    async def list(self) -> builtins.list[UpsellSummary]:
        """List upsells"""
        response = await parsed(get_upsells.asyncio_detailed(client=self._api))
        return cast("builtins.list[UpsellSummary]", response.parsed)

    @operation("getUpsell")
    async def get(self, upsell_id: int | str) -> Upsell:
        """Get upsell"""
        return await self._expect(
            Upsell, get_upsell.asyncio_detailed(str(upsell_id), client=self._api)
        )

    @operation("getUpsellPricing")
    async def list_pricing_options(self, upsell_id: int | str) -> builtins.list[PricingOption]:
        """Get upsell price details"""
        response = await parsed(
            get_upsell_pricing.asyncio_detailed(str(upsell_id), client=self._api)
        )
        return cast("builtins.list[PricingOption]", response.parsed)


class Downsells(_Resource):
    """``tk.downsells``: the Downsells operations."""

    @operation("getDownsells")
    async def list(self) -> builtins.list[DownsellSummary]:
        """List downsells"""
        response = await parsed(get_downsells.asyncio_detailed(client=self._api))
        return cast("builtins.list[DownsellSummary]", response.parsed)

    @operation("getDownsell")
    async def get(self, downsell_id: int | str) -> Downsell:
        """Get downsell"""
        return await self._expect(
            Downsell, get_downsell.asyncio_detailed(str(downsell_id), client=self._api)
        )

    @operation("getDownsellPricing")
    async def list_pricing_options(self, downsell_id: int | str) -> builtins.list[PricingOption]:
        """Get downsell price details"""
        response = await parsed(
            get_downsell_pricing.asyncio_detailed(str(downsell_id), client=self._api)
        )
        return cast("builtins.list[PricingOption]", response.parsed)


class Transactions(_Resource):
    """``tk.transactions``: the Transactions operations."""

    @operation("searchTransactions")
    def search(
        self,
        *,
        query: str | NotGiven = NOT_GIVEN,
        transaction_type: SearchTransactionsTransactionType | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        mode: SearchTransactionsXTCMode | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[Transaction]:
        """Search transactions

        Search through transaction events and return the info about activity within your
        account. Events such as charges, rebills, refunds and cancellations will be included
        under the `transaction_type` key.

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> Page[Transaction]:
            answer = await self._expect(
                TransactionList,
                search_transactions.asyncio_detailed(
                    client=self._api,
                    page=page,
                    per_page=size,
                    query=given(query),
                    transaction_type=given(
                        checked(
                            "transaction_type",
                            transaction_type,
                            SEARCH_TRANSACTIONS_TRANSACTION_TYPE_VALUES,
                        )
                    ),
                    currency=given(currency),
                    x_tc_mode=given(checked("mode", mode, SEARCH_TRANSACTIONS_XTC_MODE_VALUES)),
                ),
            )
            return Page.counted(
                answer.transactions, number=page, size=size, total=answer.meta.total
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class Customers(_Resource):
    """``tk.customers``: the Customers operations."""

    @operation("getCustomer")
    async def get(
        self, *, email: str, mode: GetCustomerXTCMode | NotGiven = NOT_GIVEN
    ) -> CustomerHistory:
        """Read customer information

        Read the full history of an individual customer and all of their purchases and
        subscriptions.

        Args:
            email: Customer email address
        """
        return await self._expect(
            CustomerHistory,
            get_customer.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, GET_CUSTOMER_XTC_MODE_VALUES)),
                body=GetCustomerBody(email=email),
            ),
        )


class Subscriptions(_Resource):
    """``tk.subscriptions``: the Subscriptions operations."""

    @operation("cancelSubscription")
    async def cancel(
        self,
        *,
        order_id: str,
        subscription_id: str,
        mode: CancelSubscriptionXTCMode | NotGiven = NOT_GIVEN,
    ) -> ActionResult:
        """Cancel a subscription

        Cancel a subscription using the order ID and subscription ID pulled from either a
        Transaction search or the full history of a customer.

        Args:
            order_id: Order ID
            subscription_id: Subscription ID
        """
        return await self._expect(
            ActionResult,
            cancel_subscription.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, CANCEL_SUBSCRIPTION_XTC_MODE_VALUES)),
                body=CancelSubscriptionBody(order_id=order_id, subscription_id=subscription_id),
            ),
        )

    @operation("pauseSubscription")
    async def pause(
        self,
        *,
        order_id: str,
        subscription_id: str,
        mode: PauseSubscriptionXTCMode | NotGiven = NOT_GIVEN,
        auto_resume: int | NotGiven = NOT_GIVEN,
    ) -> PausedSubscription:
        """Pause a subscription

        Pause a subscription using the order ID and subscription ID pulled from either a
        Transaction search or the full history of a customer. Note that you can provide an
        optional timestamp to automatically resume the subscription on that date, or leave this
        blank to pause indefinitely.

        Args:
            order_id: Order ID
            subscription_id: Subscription ID
            auto_resume: (Optional) Unix timestamp to automatically resume this subscription -
                must be 24 hours in the future
        """
        return await self._expect(
            PausedSubscription,
            pause_subscription.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, PAUSE_SUBSCRIPTION_XTC_MODE_VALUES)),
                body=PauseSubscriptionBody(
                    order_id=order_id,
                    subscription_id=subscription_id,
                    auto_resume=given(auto_resume),
                ),
            ),
        )

    @operation("resumeSubscription")
    async def resume(
        self,
        *,
        order_id: str,
        subscription_id: str,
        mode: ResumeSubscriptionXTCMode | NotGiven = NOT_GIVEN,
    ) -> ResumedSubscription:
        """Resume a subscription

        Resume a subscription using the order ID and subscription ID pulled from either a
        Transaction search or the full history of a customer.

        Args:
            order_id: Order ID
            subscription_id: Subscription ID
        """
        return await self._expect(
            ResumedSubscription,
            resume_subscription.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, RESUME_SUBSCRIPTION_XTC_MODE_VALUES)),
                body=ResumeSubscriptionBody(order_id=order_id, subscription_id=subscription_id),
            ),
        )


class Refunds(_Resource):
    """``tk.refunds``: the Refunds operations."""

    @operation("refundTransaction")
    async def create(
        self,
        *,
        order_id: str,
        reference: str,
        mode: RefundTransactionXTCMode | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
    ) -> ActionResult:
        """Refund a transaction

        Refund a specific transaction using the order ID and purchase reference pulled from
        either a Transaction search or the full history of a customer.

        Args:
            order_id: Order ID
            reference: Item reference
            reason: (Optional) Why; never shown to the customer.
        """
        return await self._expect(
            ActionResult,
            refund_transaction.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, REFUND_TRANSACTION_XTC_MODE_VALUES)),
                body=RefundTransactionBody(
                    order_id=order_id, reference=reference, reason=given(reason)
                ),
            ),
        )


class Affiliates(_Resource):
    """``tk.affiliates``: the Affiliates operations."""

    @operation("searchAffiliates")
    def search(
        self,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[Affiliate]:
        """Search affiliates

        Search for affiliates by the product ID they're approved for, or by their name, email,
        or affiliate ID.

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> Page[Affiliate]:
            answer = await self._expect(
                AffiliateList,
                search_affiliates.asyncio_detailed(
                    client=self._api,
                    page=page,
                    per_page=size,
                    product_id=given(product_id),
                    query=given(query),
                ),
            )
            return Page.counted(answer.affiliates, number=page, size=size, total=answer.meta.total)

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createAffiliate")
    async def create(
        self,
        *,
        email: str,
        name: str | NotGiven = NOT_GIVEN,
        affiliate_id: str | NotGiven = NOT_GIVEN,
        product_ids: str | NotGiven = NOT_GIVEN,
        auto_approve: bool | NotGiven = NOT_GIVEN,
        parent_affiliate: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        city: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        zip_: str | NotGiven = NOT_GIVEN,
        trigger_emails: bool | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
    ) -> Affiliate:
        """Create new affiliate

        Create a new affiliate in your account. You can optionally specify an `affiliate_id` key
        to set their preferred affiliate ID. Affiliate IDs are unique across the system, so this
        may be modified by the system to ensure uniqueness. If you do not specify any
        `affiliate_id`, we will generate one based on the user's name or email address. If the
        user already exists in the system and has an affiliate ID set already, your parameter
        will be ignored and their affiliate ID will not be modified.

        Args:
            email: Affiliate's email (used to sign in)
            name: (Optional) Affiliate's name
            affiliate_id: (Optional) Desired affiliate ID - may be updated by the system
            product_ids: A JSON-encoded array of numeric product ids ("[12, 14]"), as form
                values are text (SDK).
            auto_approve: (Optional) Auto-approve the affiliate for these products?
            parent_affiliate: (Optional) Mark this affiliate as having been referred by another?
            first_name: (Optional) Affiliate's first name
            last_name: (Optional) Affiliate's last name
            company: (Optional) Affiliate's company/business name
            country: (Optional) 2-digit country code for affiliate's country
            city: (Optional) Affiliate's city
            state: (Optional) Affiliate's state/region
            zip_: (Optional) Affiliate's ZIP/post code
            trigger_emails: (Optional) Trigger email to affiliate and vendor? Defaults to true
            product_id: (Optional) The one product to register the affiliate for (SDK).
        """
        return await self._expect(
            Affiliate,
            create_affiliate.asyncio_detailed(
                client=self._api,
                body=CreateAffiliateBody(
                    email=email,
                    name=given(name),
                    affiliate_id=given(affiliate_id),
                    product_ids=given(product_ids),
                    auto_approve=given(auto_approve),
                    parent_affiliate=given(parent_affiliate),
                    first_name=given(first_name),
                    last_name=given(last_name),
                    company=given(company),
                    country=given(country),
                    city=given(city),
                    state=given(state),
                    zip_=given(zip_),
                    trigger_emails=given(trigger_emails),
                    product_id=given(product_id),
                ),
            ),
        )

    @operation("getAffiliate")
    async def get(self, *, affiliate_id: str) -> Affiliate:
        """Read affiliate info

        Return the information about a specific affiliate by their affiliate ID, their numeric
        user ID, or their email address.

        Args:
            affiliate_id: Affiliate user ID, affiliate id, or email
        """
        return await self._expect(
            Affiliate,
            get_affiliate.asyncio_detailed(
                client=self._api, body=GetAffiliateBody(affiliate_id=affiliate_id)
            ),
        )

    @operation("favoriteAffiliate")
    async def favorite(self, affiliate_id: int | str) -> ActionResult:
        """Mark affiliate as favorite

        Mark an affiliate as a 'favorite' or VIP affiliate.
        """
        return await self._expect(
            ActionResult, favorite_affiliate.asyncio_detailed(str(affiliate_id), client=self._api)
        )

    @operation("unfavoriteAffiliate")
    async def unfavorite(self, affiliate_id: int | str) -> ActionResult:
        """Un-favourite an affiliate

        Remove the 'favorite' marker from an affiliate.
        """
        return await self._expect(
            ActionResult, unfavorite_affiliate.asyncio_detailed(str(affiliate_id), client=self._api)
        )

    @operation("registerAffiliate")
    async def register(
        self,
        affiliate_id: int | str,
        *,
        product_ids: str,
        auto_approve: bool | NotGiven = NOT_GIVEN,
        trigger_emails: bool | NotGiven = NOT_GIVEN,
        parent_affiliate: str | NotGiven = NOT_GIVEN,
    ) -> ActionResult:
        """Register affiliate for a product

        Register an existing affiliate for a specific product or list of products.

        Args:
            product_ids: A JSON-encoded array of numeric product ids ("[12, 14]"), as form
                values are text (SDK).
            auto_approve: (Optional) Auto-approve the affiliate for these products?
            trigger_emails: (Optional) Trigger email to affiliate and vendor? Defaults to true
            parent_affiliate: (Optional) Mark this affiliate as having been referred by another?
        """
        return await self._expect(
            ActionResult,
            register_affiliate.asyncio_detailed(
                str(affiliate_id),
                client=self._api,
                body=RegisterAffiliateBody(
                    product_ids=product_ids,
                    auto_approve=given(auto_approve),
                    trigger_emails=given(trigger_emails),
                    parent_affiliate=given(parent_affiliate),
                ),
            ),
        )

    @operation("approveAffiliate")
    async def approve(
        self,
        affiliate_id: int | str,
        *,
        product_ids: str,
        trigger_emails: bool | NotGiven = NOT_GIVEN,
    ) -> ActionResult:
        """Approve an affiliate for a product

        Approve an affiliate for a pending application to a product or products. Note, if the
        application isn't already pending, no changes will be made.

        Args:
            product_ids: A JSON-encoded array of numeric product ids ("[12, 14]"), as form
                values are text (SDK).
            trigger_emails: (Optional) Trigger email to affiliate and vendor? Defaults to true
        """
        return await self._expect(
            ActionResult,
            approve_affiliate.asyncio_detailed(
                str(affiliate_id),
                client=self._api,
                body=ApproveAffiliateBody(
                    product_ids=product_ids, trigger_emails=given(trigger_emails)
                ),
            ),
        )

    @operation("rejectAffiliate")
    async def reject(
        self,
        affiliate_id: int | str,
        *,
        product_ids: str,
        trigger_emails: bool | NotGiven = NOT_GIVEN,
    ) -> ActionResult:
        """Reject an affiliate for a product

        Approve an affiliate for a pending application to a product or products. Note, if the
        application isn't already pending, no changes will be made.

        Args:
            product_ids: A JSON-encoded array of numeric product ids ("[12, 14]"), as form
                values are text (SDK).
            trigger_emails: (Optional) Trigger email to affiliate and vendor? Defaults to true
        """
        return await self._expect(
            ActionResult,
            reject_affiliate.asyncio_detailed(
                str(affiliate_id),
                client=self._api,
                body=RejectAffiliateBody(
                    product_ids=product_ids, trigger_emails=given(trigger_emails)
                ),
            ),
        )

    @operation("setCustomCommissions")
    async def set_custom_commissions(
        self, affiliate_id: int | str, *, product_id: str, commission_object: str
    ) -> ActionResult:
        """Specify custom commissions

        Specify a block of custom commissions for a specific affiliate and product they are
        promoting. This enables you to override the affiliate much like affiliate rules, and
        change how much, when, and how they get paid. See our example SDK (https://github.com/th
        rivecart/api-demo/blob/master/examples/example_affiliate_custom_commissions.php) for
        further examples and insight.

        Args:
            product_id: Product ID to apply custom commissions for
            commission_object: A JSON-encoded object of the custom commission settings (SDK
                json_encodes it).
        """
        return await self._expect(
            ActionResult,
            set_custom_commissions.asyncio_detailed(
                str(affiliate_id),
                client=self._api,
                body=SetCustomCommissionsBody(
                    product_id=product_id, commission_object=commission_object
                ),
            ),
        )

    @operation("deleteAffiliate")
    async def delete(self, affiliate_id: int | str) -> ActionResult:
        """Delete affiliate user

        Return the information about a specific affiliate by their affiliate ID, their numeric
        user ID, or their email address.
        """
        return await self._expect(
            ActionResult, delete_affiliate.asyncio_detailed(str(affiliate_id), client=self._api)
        )


class Students(_Resource):
    """``tk.students``: the Students operations."""

    @operation("createStudent")
    async def create(
        self,
        *,
        email: str,
        course_id: str,
        name: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        purchase_type: CreateStudentBodyOrderInfopurchaseType | NotGiven = NOT_GIVEN,
        purchase_id: str | NotGiven = NOT_GIVEN,
        trigger_emails: bool | NotGiven = NOT_GIVEN,
    ) -> StudentAccess:
        """Create new student

        Create a new student in your Learn account. Specify the student's email address (which
        they will use to sign in), and the numeric course ID to add them to. You will receive a
        key `auto_signin_url` which will either take them to set up their password for the first
        time (if they aren't a student of yours already), or to sign in to your course
        automatically. Students should be taken here immediately after creating their access.
        You may specify an array of tags to apply to them. You may also specify an order ID,
        purchase type and purchase ID to assign this relationship to a purchase of theirs. The
        system will then automatically cancel their membership if the corresponding subscription
        is cancelled (depending on your course settings).

        Args:
            email: Student's email (used to sign in)
            course_id: Course ID to grant access to
            name: (Optional) Student's name (max length: 150 characters)
            tag: (Optional) Array of tags to apply to the student
            order_id: (Optional) Associate this with a ThriveCart order
            purchase_type: (Optional) If associating with a ThriveCart order, specify the type
                of purchase (product, bump, upsell, downsell)
            purchase_id: (Optional) If associating with a ThriveCart order, specify the numeric
                ID of the item purchased
            trigger_emails: (Optional) Trigger email to student? Defaults to true
        """
        return await self._expect(
            StudentAccess,
            create_student.asyncio_detailed(
                client=self._api,
                body=CreateStudentBody(
                    email=email,
                    course_id=course_id,
                    name=given(name),
                    tags=given(tag),
                    order_infoorder_id=given(order_id),
                    order_infopurchase_type=given(
                        checked(
                            "purchase_type",
                            purchase_type,
                            CREATE_STUDENT_BODY_ORDER_INFOPURCHASE_TYPE_VALUES,
                        )
                    ),
                    order_infopurchase_id=given(purchase_id),
                    trigger_emails=given(trigger_emails),
                ),
            ),
        )


class EventSubscriptions(_Resource):
    """``tk.event_subscriptions``: the Event subscriptions operations."""

    @operation("createEventSubscription")
    async def subscribe(
        self,
        *,
        event: str,
        target_url: str,
        mode: CreateEventSubscriptionXTCMode | NotGiven = NOT_GIVEN,
        trigger_fields: CreateEventSubscriptionBodyTriggerFields | NotGiven = NOT_GIVEN,
    ) -> EventSubscription:
        """Create event subscription

        Subscribe an endpoint to receive custom webhook notifications. Accepts JSON containing
        `event`, `target_url` and `trigger_fields`. Target URL You must have registered the
        beginning of your target URL with your app. For example, to receive events at
        `https://mysite.com/webhook`, you must register at least `https://mysite.com` within
        your app's URL settings or you will receive an error. Important: Unsubscribing is done
        by URL. As such, as highly recommend creating a unique URL for each subscription you
        create! Potential event values - `*` (receives all events) - `order_payment_product`
        (notified when a product is purchased) - `order_payment_bump` (notified when a bump
        offer is purchased) - `order_payment_upsell` (notified when an upsell is purchased) -
        `order_payment_downsell` (notified when a downsell is purchased) -
        `order_payment_declined_product` (notified when a purchase is declined) -
        `cart_abandoned` (notified when a cart is abandoned) - `order_refund` (notified when a
        refund is issused) - `order_rebill` (notified on successful recurring payment) -
        `order_rebill_failed` (notified when a recurring payment fails) -
        `order_rebill_cancelled` (notified on subscription cancellation) -
        `order_rebill_completed` (notified once all payments in a split pay have been completed)
        - `subscription_paused` (notified when a subscription is paused) -
        `subscription_resumed` (notified when a subscription is resumed) - `affiliate_created`
        (notified when a new affiliate is created) - `affiliate_approved` (notified when an
        affiliate is approved for a product) - `affiliate_rejected` (notified when an affiliate
        is rejected from a product) - `affiliate_commission_earned` (notified when an affiliate
        earns commission) - `affiliate_commission_payout` (notified when an affiliate is paid
        some commission) - `affiliate_commission_refund` (notified when an affiliate has
        commission clawed back) See the detailed documentation on our developer site
        (https://developers.thrivecart.com/documentation/) to see examples and learn how to
        filter using trigger fields.

        Args:
            event: An event name (order_payment_product, order_refund, order_rebill, ...) or "*"
                for all.
            target_url: Where the events go; for OAuth apps it must start with a URL registered
                in the app. Unsubscribing is by URL, so make it unique.
            trigger_fields: Only events whose fields have these values, e.g. {"mode_int": 2}.
        """
        return await self._expect(
            EventSubscription,
            create_event_subscription.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, CREATE_EVENT_SUBSCRIPTION_XTC_MODE_VALUES)),
                body=CreateEventSubscriptionBody(
                    event=event, target_url=target_url, trigger_fields=given(trigger_fields)
                ),
            ),
        )

    @operation("cancelEventSubscription")
    async def unsubscribe(
        self, *, url: str, mode: CancelEventSubscriptionXTCMode | NotGiven = NOT_GIVEN
    ) -> builtins.list[Any]:
        """Unsubscribe from an event

        Unsubscribe an endpoint and no longer receive notifications to it. Important: As noted
        when creating an event subscription, we highly recommend using random and unique URLs
        for each subscription so that they are easily removable.

        Args:
            url: Your endpoint URL to remove
        """
        response = await parsed(
            cancel_event_subscription.asyncio_detailed(
                client=self._api,
                x_tc_mode=given(checked("mode", mode, CANCEL_EVENT_SUBSCRIPTION_XTC_MODE_VALUES)),
                body=CancelEventSubscriptionBody(url=url),
            )
        )
        return cast("builtins.list[Any]", response.parsed)


class ThriveCartResources:
    """The ThriveCart API's resources, one attribute per group; ``ThriveCart`` has them."""

    account: AccountResource
    products: Products
    bumps: Bumps
    upsells: Upsells
    downsells: Downsells
    transactions: Transactions
    customers: Customers
    subscriptions: Subscriptions
    refunds: Refunds
    affiliates: Affiliates
    students: Students
    event_subscriptions: EventSubscriptions


def bind(client: ThriveCart) -> None:
    """Give ``client`` its resources of the ThriveCart API."""
    client.account = AccountResource(client)
    client.products = Products(client)
    client.bumps = Bumps(client)
    client.upsells = Upsells(client)
    client.downsells = Downsells(client)
    client.transactions = Transactions(client)
    client.customers = Customers(client)
    client.subscriptions = Subscriptions(client)
    client.refunds = Refunds(client)
    client.affiliates = Affiliates(client)
    client.students = Students(client)
    client.event_subscriptions = EventSubscriptions(client)
