"""Users: list (with filters), create, get, update, delete, and SSO authentication records."""

from __future__ import annotations

import builtins

from thinkific_admin_client.api.users import (
    create_user,
    delete_user_by_id,
    get_user_auth_by_id_and_provider,
    get_user_by_id,
    get_users,
    update_user_by_id,
)
from thinkific_admin_client.models import (
    AuthenticationResponse,
    CreateUserRequest,
    CreateUserRequestProvider,
    CreateUserRequestRolesItem,
    CustomProfileFieldRequest,
    DeleteUserByIdProvider,
    GetUserAuthByIdAndProviderProvider,
    GetUserByIdProvider,
    GetUsersResponse,
    UpdateUserByIdProvider,
    UpdateUserRequest,
    UpdateUserRequestRolesItem,
    UserResponse,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, given, operation


class Users(Resource):
    @operation("getUsers")
    def list(
        self,
        *,
        email: str | None = None,
        role: str | None = None,
        external_source: str | None = None,
        custom_profile_field_label: str | None = None,
        custom_profile_field_value: str | None = None,
        group_id: int | None = None,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[UserResponse]:
        """Users matching every filter given, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetUsersResponse:
            return await self._expect(
                GetUsersResponse,
                get_users.asyncio_detailed(
                    client=self._api,
                    page=page,
                    limit=size,
                    queryemail=given(email),
                    queryrole=given(role),
                    queryexternal_source=given(external_source),
                    querycustom_profile_field_label=given(custom_profile_field_label),
                    querycustom_profile_field_value=given(custom_profile_field_value),
                    querygroup_id=given(group_id),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createUser")
    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        password: str | Unset = UNSET,
        roles: builtins.list[CreateUserRequestRolesItem] | Unset = UNSET,
        bio: str | Unset = UNSET,
        company: str | Unset = UNSET,
        headline: str | Unset = UNSET,
        affiliate_code: str | Unset = UNSET,
        affiliate_commission: float | Unset = UNSET,
        affiliate_commission_type: str | Unset = UNSET,
        affiliate_payout_email: str | Unset = UNSET,
        custom_profile_fields: builtins.list[CustomProfileFieldRequest] | Unset = UNSET,
        skip_custom_fields_validation: bool | Unset = False,
        send_welcome_email: bool | Unset = False,
        external_id: str | Unset = UNSET,
        provider: CreateUserRequestProvider | Unset = "SSO",
    ) -> UserResponse:
        body = CreateUserRequest(
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            roles=roles,
            bio=bio,
            company=company,
            headline=headline,
            affiliate_code=affiliate_code,
            affiliate_commission=affiliate_commission,
            affiliate_commission_type=affiliate_commission_type,
            affiliate_payout_email=affiliate_payout_email,
            custom_profile_fields=custom_profile_fields,
            skip_custom_fields_validation=skip_custom_fields_validation,
            send_welcome_email=send_welcome_email,
            external_id=external_id,
            provider=provider,
        )
        return await self._expect(
            UserResponse, create_user.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getUserByID")
    async def get(
        self, user_id: int | str, *, provider: GetUserByIdProvider | None = None
    ) -> UserResponse:
        """A user by Thinkific id, or by external id when ``provider`` is given."""
        return await self._expect(
            UserResponse,
            get_user_by_id.asyncio_detailed(
                str(user_id), client=self._api, provider=given(provider)
            ),
        )

    @operation("updateUserByID")
    async def update(
        self,
        user_id: int | str,
        *,
        provider: UpdateUserByIdProvider | None = None,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        roles: builtins.list[UpdateUserRequestRolesItem] | Unset = UNSET,
        avatar_url: str | Unset | None = UNSET,
        bio: str | Unset | None = UNSET,
        company: str | Unset | None = UNSET,
        headline: str | Unset | None = UNSET,
        external_source: str | Unset | None = UNSET,
        affiliate_code: str | Unset | None = UNSET,
        affiliate_commission: float | Unset | None = UNSET,
        affiliate_commission_type: str | Unset | None = UNSET,
        affiliate_payout_email: str | Unset | None = UNSET,
        custom_profile_fields: builtins.list[CustomProfileFieldRequest] | Unset = UNSET,
    ) -> None:
        """Change the fields given; ``None`` clears a field that may be empty."""
        body = UpdateUserRequest(
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            roles=roles,
            avatar_url=avatar_url,
            bio=bio,
            company=company,
            headline=headline,
            external_source=external_source,
            affiliate_code=affiliate_code,
            affiliate_commission=affiliate_commission,
            affiliate_commission_type=affiliate_commission_type,
            affiliate_payout_email=affiliate_payout_email,
            custom_profile_fields=custom_profile_fields,
        )
        await self._no_content(
            update_user_by_id.asyncio_detailed(
                str(user_id), client=self._api, body=body, provider=given(provider)
            )
        )

    @operation("deleteUserByID")
    async def delete(
        self, user_id: int | str, *, provider: DeleteUserByIdProvider | None = None
    ) -> None:
        await self._no_content(
            delete_user_by_id.asyncio_detailed(
                str(user_id), client=self._api, provider=given(provider)
            )
        )

    @operation("getUserAuthByIDAndProvider")
    async def get_authentication(
        self, user_id: int | str, provider: GetUserAuthByIdAndProviderProvider
    ) -> AuthenticationResponse:
        """The single sign-on record linking a user to ``provider``."""
        return await self._expect(
            AuthenticationResponse,
            get_user_auth_by_id_and_provider.asyncio_detailed(
                str(user_id), provider, client=self._api
            ),
        )
