from typing import Literal

CreateStudentBodyOrderInfopurchaseType = Literal[
    "bump", "downsell", "product", "upsell"
]

CREATE_STUDENT_BODY_ORDER_INFOPURCHASE_TYPE_VALUES: set[
    CreateStudentBodyOrderInfopurchaseType
] = {
    "bump",
    "downsell",
    "product",
    "upsell",
}


def check_create_student_body_order_infopurchase_type(
    value: str,
) -> CreateStudentBodyOrderInfopurchaseType:
    if value in CREATE_STUDENT_BODY_ORDER_INFOPURCHASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_STUDENT_BODY_ORDER_INFOPURCHASE_TYPE_VALUES!r}"
    )
