from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseResponse")


@_attrs_define
class CourseResponse:
    """
    Attributes:
        id (int): The ID of the course Example: 1.
        name (str): The name of the course Example: My Course.
        product_id (int): The Course's Product ID Example: 1.
        chapter_ids (list[int]):  Example: [1, 2].
        reviews_enabled (bool): A boolean indicating whether reviews are enabled for the Course Example: False.
        instructor_id (int | None): The ID of the Instructor of the Course Example: 1.
        slug (None | str | Unset): URL-friendly version of the course name. Used to construct URL for course Landing
            Pages & Course Player. Example: my-course.
        subtitle (None | str | Unset): Deprecated - Used in legacy themes to display the subtitle of the Course.
            Example: My Course Subtitle.
        description (None | str | Unset): The description of the Course(V2 themes currently don't have that info)
            Example: Course description.
        course_card_text (None | str | Unset): Deprecated - use 'description'.* - Used in legacy themes to populate the
            text for a Course card. Example: my course.
        intro_video_youtube (None | str | Unset): Deprecated - Used in legacy themes to designate an intro video from
            Youtube. Example: youtube01.
        contact_information (None | str | Unset): Deprecated - The contact information of the Course. Example: Contact
            info.
        keywords (None | str | Unset): The keywords of the Course Example: course,learn,great.
        duration (None | str | Unset): Deprecated - Used in legacy themes to display the duration of the Course.
            Example: 22.
        banner_image_url (None | str | Unset): Deprecated - use 'course_card_image_url'* - The landing page banner image
            url of the Course. Example: http://example.com/banner.jpg.
        course_card_image_url (None | str | Unset): The card image url of the Course Example:
            http://example.com/card.jpg.
        intro_video_wistia_identifier (None | str | Unset): Deprecated - Used in legacy themes to designate an intro
            video from Wistia. Example: wistia0123.
        administrator_user_ids (list[int] | Unset):  Example: [1, 2].
        user_id (int | None | Unset): The ID of the User that created the Course Example: 1.
    """

    id: int
    name: str
    product_id: int
    chapter_ids: list[int]
    reviews_enabled: bool
    instructor_id: int | None
    slug: None | str | Unset = UNSET
    subtitle: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    course_card_text: None | str | Unset = UNSET
    intro_video_youtube: None | str | Unset = UNSET
    contact_information: None | str | Unset = UNSET
    keywords: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    banner_image_url: None | str | Unset = UNSET
    course_card_image_url: None | str | Unset = UNSET
    intro_video_wistia_identifier: None | str | Unset = UNSET
    administrator_user_ids: list[int] | Unset = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        product_id = self.product_id

        chapter_ids = self.chapter_ids

        reviews_enabled = self.reviews_enabled

        instructor_id: int | None
        instructor_id = self.instructor_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        course_card_text: None | str | Unset
        if isinstance(self.course_card_text, Unset):
            course_card_text = UNSET
        else:
            course_card_text = self.course_card_text

        intro_video_youtube: None | str | Unset
        if isinstance(self.intro_video_youtube, Unset):
            intro_video_youtube = UNSET
        else:
            intro_video_youtube = self.intro_video_youtube

        contact_information: None | str | Unset
        if isinstance(self.contact_information, Unset):
            contact_information = UNSET
        else:
            contact_information = self.contact_information

        keywords: None | str | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        banner_image_url: None | str | Unset
        if isinstance(self.banner_image_url, Unset):
            banner_image_url = UNSET
        else:
            banner_image_url = self.banner_image_url

        course_card_image_url: None | str | Unset
        if isinstance(self.course_card_image_url, Unset):
            course_card_image_url = UNSET
        else:
            course_card_image_url = self.course_card_image_url

        intro_video_wistia_identifier: None | str | Unset
        if isinstance(self.intro_video_wistia_identifier, Unset):
            intro_video_wistia_identifier = UNSET
        else:
            intro_video_wistia_identifier = self.intro_video_wistia_identifier

        administrator_user_ids: list[int] | Unset = UNSET
        if not isinstance(self.administrator_user_ids, Unset):
            administrator_user_ids = self.administrator_user_ids

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "product_id": product_id,
                "chapter_ids": chapter_ids,
                "reviews_enabled": reviews_enabled,
                "instructor_id": instructor_id,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if description is not UNSET:
            field_dict["description"] = description
        if course_card_text is not UNSET:
            field_dict["course_card_text"] = course_card_text
        if intro_video_youtube is not UNSET:
            field_dict["intro_video_youtube"] = intro_video_youtube
        if contact_information is not UNSET:
            field_dict["contact_information"] = contact_information
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if duration is not UNSET:
            field_dict["duration"] = duration
        if banner_image_url is not UNSET:
            field_dict["banner_image_url"] = banner_image_url
        if course_card_image_url is not UNSET:
            field_dict["course_card_image_url"] = course_card_image_url
        if intro_video_wistia_identifier is not UNSET:
            field_dict["intro_video_wistia_identifier"] = intro_video_wistia_identifier
        if administrator_user_ids is not UNSET:
            field_dict["administrator_user_ids"] = administrator_user_ids
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        product_id = d.pop("product_id")

        chapter_ids = cast(list[int], d.pop("chapter_ids"))

        reviews_enabled = d.pop("reviews_enabled")

        def _parse_instructor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        instructor_id = _parse_instructor_id(d.pop("instructor_id"))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_course_card_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_card_text = _parse_course_card_text(d.pop("course_card_text", UNSET))

        def _parse_intro_video_youtube(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intro_video_youtube = _parse_intro_video_youtube(
            d.pop("intro_video_youtube", UNSET)
        )

        def _parse_contact_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_information = _parse_contact_information(
            d.pop("contact_information", UNSET)
        )

        def _parse_keywords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_banner_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banner_image_url = _parse_banner_image_url(d.pop("banner_image_url", UNSET))

        def _parse_course_card_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_card_image_url = _parse_course_card_image_url(
            d.pop("course_card_image_url", UNSET)
        )

        def _parse_intro_video_wistia_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intro_video_wistia_identifier = _parse_intro_video_wistia_identifier(
            d.pop("intro_video_wistia_identifier", UNSET)
        )

        administrator_user_ids = cast(list[int], d.pop("administrator_user_ids", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        course_response = cls(
            id=id,
            name=name,
            product_id=product_id,
            chapter_ids=chapter_ids,
            reviews_enabled=reviews_enabled,
            instructor_id=instructor_id,
            slug=slug,
            subtitle=subtitle,
            description=description,
            course_card_text=course_card_text,
            intro_video_youtube=intro_video_youtube,
            contact_information=contact_information,
            keywords=keywords,
            duration=duration,
            banner_image_url=banner_image_url,
            course_card_image_url=course_card_image_url,
            intro_video_wistia_identifier=intro_video_wistia_identifier,
            administrator_user_ids=administrator_user_ids,
            user_id=user_id,
        )

        course_response.additional_properties = d
        return course_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
