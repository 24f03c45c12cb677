from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.site_script_response_category import (
    SiteScriptResponseCategory,
    check_site_script_response_category,
)
from ..models.site_script_response_load_method import (
    SiteScriptResponseLoadMethod,
    check_site_script_response_load_method,
)
from ..models.site_script_response_location import (
    SiteScriptResponseLocation,
    check_site_script_response_location,
)
from ..models.site_script_response_page_scopes_item import (
    SiteScriptResponsePageScopesItem,
    check_site_script_response_page_scopes_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SiteScriptResponse")


@_attrs_define
class SiteScriptResponse:
    """
    Attributes:
        id (str | Unset): The Site Script's ID. Example: 01A6BCDEF19GHIJ7K4LMNOP87Q.
        content (str | Unset): A string containing HTML/Javascript. Required if `src` is not provided. Example:
            console.log('Hello! This is a Site Script').
        src (str | Unset): A URL that points to where the script is hosted. Required if `content` is not provided.
            Example: https://your-site.com/site-script.js.
        name (str | Unset): A short and user-friendly string to identify the script. Example: MyApp's Tracking Script.
        description (str | Unset): A user-friendly explanation of the script's purpose and what it does. Example:
            MyApp's Tracking Script runs on your site's landing pages and tracks information about your user's visits. MyApp
            uses this data in our reporting tools so you can better understand your customers..
        page_scopes (list[SiteScriptResponsePageScopesItem] | Unset): An array of page and domain identifiers that the
            Site Script should be injected onto.
            `page_scopes` can contain identifiers that are groupings of pages and/or the pages themselves.
            The majority of the page identifiers correspond to Liquid pages. For more details, take a look
            at our [Liquid API docs](https://developers.thinkific.com/themes/liquid-api/pages/). Groupings
            and Page Identifiers:

            | Page Grouping | Page Identifiers Included |
            | ------- | --------|
            | landing_pages | home_landing_page, course_landing_page, collections_landing_page, bundle_landing_page,
            coming_soon_page, page_template (used for custom pages) |
            | checkout | checkout_thankyou_page |
            | learning_experience | student_dashboard, course_player |
            | all | all page identifiers listed above |
             Example: ['landing_pages', 'course_player'].
        location (SiteScriptResponseLocation | Unset): Where in the HTML the script should be injected. Accepted values
            are: head or footer Example: footer.
        load_method (SiteScriptResponseLoadMethod | Unset): How the Site Script will be loaded into the page. Accepted
            values are: async, defer, and default Example: async.
        category (SiteScriptResponseCategory | Unset): Describes the purpose of the script. Accepted values are:
            functional, analytics, marketing Example: marketing.
        created_at (datetime.datetime | Unset): Site Script's created date Example: 2018-07-12T23:19:00.154Z.
        updated_at (datetime.datetime | Unset): Site Script's updated date Example: 2018-07-12T23:19:00.154Z.
    """

    id: str | Unset = UNSET
    content: str | Unset = UNSET
    src: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    page_scopes: list[SiteScriptResponsePageScopesItem] | Unset = UNSET
    location: SiteScriptResponseLocation | Unset = UNSET
    load_method: SiteScriptResponseLoadMethod | Unset = UNSET
    category: SiteScriptResponseCategory | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        src = self.src

        name = self.name

        description = self.description

        page_scopes: list[str] | Unset = UNSET
        if not isinstance(self.page_scopes, Unset):
            page_scopes = []
            for page_scopes_item_data in self.page_scopes:
                page_scopes_item: str = page_scopes_item_data
                page_scopes.append(page_scopes_item)

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location

        load_method: str | Unset = UNSET
        if not isinstance(self.load_method, Unset):
            load_method = self.load_method

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if content is not UNSET:
            field_dict["content"] = content
        if src is not UNSET:
            field_dict["src"] = src
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if page_scopes is not UNSET:
            field_dict["page_scopes"] = page_scopes
        if location is not UNSET:
            field_dict["location"] = location
        if load_method is not UNSET:
            field_dict["load_method"] = load_method
        if category is not UNSET:
            field_dict["category"] = category
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        content = d.pop("content", UNSET)

        src = d.pop("src", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _page_scopes = d.pop("page_scopes", UNSET)
        page_scopes: list[SiteScriptResponsePageScopesItem] | Unset = UNSET
        if _page_scopes is not UNSET:
            page_scopes = []
            for page_scopes_item_data in _page_scopes:
                page_scopes_item = check_site_script_response_page_scopes_item(
                    page_scopes_item_data
                )

                page_scopes.append(page_scopes_item)

        _location = d.pop("location", UNSET)
        location: SiteScriptResponseLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = check_site_script_response_location(_location)

        _load_method = d.pop("load_method", UNSET)
        load_method: SiteScriptResponseLoadMethod | Unset
        if isinstance(_load_method, Unset):
            load_method = UNSET
        else:
            load_method = check_site_script_response_load_method(_load_method)

        _category = d.pop("category", UNSET)
        category: SiteScriptResponseCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_site_script_response_category(_category)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        site_script_response = cls(
            id=id,
            content=content,
            src=src,
            name=name,
            description=description,
            page_scopes=page_scopes,
            location=location,
            load_method=load_method,
            category=category,
            created_at=created_at,
            updated_at=updated_at,
        )

        site_script_response.additional_properties = d
        return site_script_response

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
