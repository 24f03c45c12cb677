from typing import Literal

ContentResponseContentableType = Literal[
    "Assignment",
    "Audio",
    "BrilliumExam",
    "Disqus",
    "Download",
    "HtmlItem",
    "Iframe",
    "Lesson",
    "LiveLesson",
    "Pdf",
    "Presentation",
    "Quiz",
    "Survey",
]

CONTENT_RESPONSE_CONTENTABLE_TYPE_VALUES: set[ContentResponseContentableType] = {
    "Assignment",
    "Audio",
    "BrilliumExam",
    "Disqus",
    "Download",
    "HtmlItem",
    "Iframe",
    "Lesson",
    "LiveLesson",
    "Pdf",
    "Presentation",
    "Quiz",
    "Survey",
}


def check_content_response_contentable_type(
    value: str,
) -> ContentResponseContentableType:
    if value in CONTENT_RESPONSE_CONTENTABLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_RESPONSE_CONTENTABLE_TYPE_VALUES!r}"
    )
