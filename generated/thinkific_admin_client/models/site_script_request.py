from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.site_script_request_category import (
    SiteScriptRequestCategory,
    check_site_script_request_category,
)
from ..models.site_script_request_load_method import (
    SiteScriptRequestLoadMethod,
    check_site_script_request_load_method,
)
from ..models.site_script_request_location import (
    SiteScriptRequestLocation,
    check_site_script_request_location,
)
from ..models.site_script_request_page_scopes_item import (
    SiteScriptRequestPageScopesItem,
    check_site_script_request_page_scopes_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SiteScriptRequest")


@_attrs_define
class SiteScriptRequest:
    """A site script is given by exactly one of `src` (a URL on the app's domain) or `content` (signed with the HMAC-
    SHA256-SIGNATURE header): a request with neither, or with both, is refused with 422 ("must provide one of: src or
    content", "must provide only one of: src or content").

        Attributes:
            name (str): A short and user-friendly string to identify the script. Example: MyApp's Tracking Script.
            description (str): A user-friendly explanation of the script's purpose and what it does. Example: MyApp's
                Tracking Script runs on your site's landing pages and tracks information about your user's visits. MyApp uses
                this data in our reporting tools so you can better understand your customers..
            page_scopes (list[SiteScriptRequestPageScopesItem]): An array of page and domain identifiers that the Site
                Script should be injected onto.
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
            category (SiteScriptRequestCategory): Describes the purpose of the script. Accepted values are: functional,
                analytics, marketing Example: marketing.
            src (str | Unset): A URL that points to where the script is hosted. Required if `content` is not provided. Note
                the TLD of the src url must match the app's url. Example: https://your-site.com/site-script.js.
            content (str | Unset): A string containing HTML/Javascript. Required if `src` is not provided. When providing
                the script using content, the header HMAC-SHA256-SIGNATURE is also require to be sent. Generate the signature
                using the app's client secret and the value. Example: console.log('Hello! This is a Site Script').
            location (SiteScriptRequestLocation | Unset): Where in the HTML the script should be injected. Accepted values
                are: head or footer Default: 'footer'. Example: footer.
            load_method (SiteScriptRequestLoadMethod | Unset): How the Site Script will be loaded into the page. Accepted
                values are: async, defer, and default Default: 'async'. Example: async.
    """

    name: str
    description: str
    page_scopes: list[SiteScriptRequestPageScopesItem]
    category: SiteScriptRequestCategory
    src: str | Unset = UNSET
    content: str | Unset = UNSET
    location: SiteScriptRequestLocation | Unset = "footer"
    load_method: SiteScriptRequestLoadMethod | Unset = "async"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        page_scopes = []
        for page_scopes_item_data in self.page_scopes:
            page_scopes_item: str = page_scopes_item_data
            page_scopes.append(page_scopes_item)

        category: str = self.category

        src = self.src

        content = self.content

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location

        load_method: str | Unset = UNSET
        if not isinstance(self.load_method, Unset):
            load_method = self.load_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "page_scopes": page_scopes,
                "category": category,
            }
        )
        if src is not UNSET:
            field_dict["src"] = src
        if content is not UNSET:
            field_dict["content"] = content
        if location is not UNSET:
            field_dict["location"] = location
        if load_method is not UNSET:
            field_dict["load_method"] = load_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        page_scopes = []
        _page_scopes = d.pop("page_scopes")
        for page_scopes_item_data in _page_scopes:
            page_scopes_item = check_site_script_request_page_scopes_item(
                page_scopes_item_data
            )

            page_scopes.append(page_scopes_item)

        category = check_site_script_request_category(d.pop("category"))

        src = d.pop("src", UNSET)

        content = d.pop("content", UNSET)

        _location = d.pop("location", UNSET)
        location: SiteScriptRequestLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = check_site_script_request_location(_location)

        _load_method = d.pop("load_method", UNSET)
        load_method: SiteScriptRequestLoadMethod | Unset
        if isinstance(_load_method, Unset):
            load_method = UNSET
        else:
            load_method = check_site_script_request_load_method(_load_method)

        site_script_request = cls(
            name=name,
            description=description,
            page_scopes=page_scopes,
            category=category,
            src=src,
            content=content,
            location=location,
            load_method=load_method,
        )

        site_script_request.additional_properties = d
        return site_script_request

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
