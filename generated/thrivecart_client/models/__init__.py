"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .action_result import ActionResult
from .affiliate import Affiliate
from .affiliate_list import AffiliateList
from .affiliate_product import AffiliateProduct
from .approve_affiliate_body import ApproveAffiliateBody
from .bump import Bump
from .bump_summary import BumpSummary
from .cancel_event_subscription_body import CancelEventSubscriptionBody
from .cancel_event_subscription_xtc_mode import CancelEventSubscriptionXTCMode
from .cancel_subscription_body import CancelSubscriptionBody
from .cancel_subscription_xtc_mode import CancelSubscriptionXTCMode
from .create_affiliate_body import CreateAffiliateBody
from .create_event_subscription_body import CreateEventSubscriptionBody
from .create_event_subscription_body_trigger_fields import (
    CreateEventSubscriptionBodyTriggerFields,
)
from .create_event_subscription_xtc_mode import CreateEventSubscriptionXTCMode
from .create_student_body import CreateStudentBody
from .create_student_body_order_infopurchase_type import (
    CreateStudentBodyOrderInfopurchaseType,
)
from .customer_history import CustomerHistory
from .customer_history_lifetime_value import CustomerHistoryLifetimeValue
from .customer_name import CustomerName
from .downsell import Downsell
from .downsell_summary import DownsellSummary
from .error import Error
from .event_subscription import EventSubscription
from .get_affiliate_body import GetAffiliateBody
from .get_customer_body import GetCustomerBody
from .get_customer_xtc_mode import GetCustomerXTCMode
from .get_products_status import GetProductsStatus
from .list_meta import ListMeta
from .pause_subscription_body import PauseSubscriptionBody
from .pause_subscription_xtc_mode import PauseSubscriptionXTCMode
from .paused_subscription import PausedSubscription
from .pricing_option import PricingOption
from .pricing_option_type import PricingOptionType
from .product import Product
from .product_summary import ProductSummary
from .purchase import Purchase
from .refund_transaction_body import RefundTransactionBody
from .refund_transaction_xtc_mode import RefundTransactionXTCMode
from .register_affiliate_body import RegisterAffiliateBody
from .reject_affiliate_body import RejectAffiliateBody
from .resume_subscription_body import ResumeSubscriptionBody
from .resume_subscription_xtc_mode import ResumeSubscriptionXTCMode
from .resumed_subscription import ResumedSubscription
from .search_transactions_transaction_type import SearchTransactionsTransactionType
from .search_transactions_xtc_mode import SearchTransactionsXTCMode
from .set_custom_commissions_body import SetCustomCommissionsBody
from .student import Student
from .student_access import StudentAccess
from .subscription import Subscription
from .subscription_event import SubscriptionEvent
from .transaction import Transaction
from .transaction_item_type import TransactionItemType
from .transaction_list import TransactionList
from .transaction_transaction_type import TransactionTransactionType
from .upsell import Upsell
from .upsell_summary import UpsellSummary

__all__ = (
    "Account",
    "ActionResult",
    "Affiliate",
    "AffiliateList",
    "AffiliateProduct",
    "ApproveAffiliateBody",
    "Bump",
    "BumpSummary",
    "CancelEventSubscriptionBody",
    "CancelEventSubscriptionXTCMode",
    "CancelSubscriptionBody",
    "CancelSubscriptionXTCMode",
    "CreateAffiliateBody",
    "CreateEventSubscriptionBody",
    "CreateEventSubscriptionBodyTriggerFields",
    "CreateEventSubscriptionXTCMode",
    "CreateStudentBody",
    "CreateStudentBodyOrderInfopurchaseType",
    "CustomerHistory",
    "CustomerHistoryLifetimeValue",
    "CustomerName",
    "Downsell",
    "DownsellSummary",
    "Error",
    "EventSubscription",
    "GetAffiliateBody",
    "GetCustomerBody",
    "GetCustomerXTCMode",
    "GetProductsStatus",
    "ListMeta",
    "PauseSubscriptionBody",
    "PauseSubscriptionXTCMode",
    "PausedSubscription",
    "PricingOption",
    "PricingOptionType",
    "Product",
    "ProductSummary",
    "Purchase",
    "RefundTransactionBody",
    "RefundTransactionXTCMode",
    "RegisterAffiliateBody",
    "RejectAffiliateBody",
    "ResumeSubscriptionBody",
    "ResumeSubscriptionXTCMode",
    "ResumedSubscription",
    "SearchTransactionsTransactionType",
    "SearchTransactionsXTCMode",
    "SetCustomCommissionsBody",
    "Student",
    "StudentAccess",
    "Subscription",
    "SubscriptionEvent",
    "Transaction",
    "TransactionItemType",
    "TransactionList",
    "TransactionTransactionType",
    "Upsell",
    "UpsellSummary",
)
