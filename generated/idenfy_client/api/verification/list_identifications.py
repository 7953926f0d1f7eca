from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.identification_page import IdentificationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clientId"] = client_id

    params["page"] = page

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/kyc/identifications/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | IdentificationPage:
    if response.status_code == 200:
        response_200 = IdentificationPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    response_default = ApiError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | IdentificationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ApiError | IdentificationPage]:
    """List verifications

     Lists this API key's verifications, newest first, one page at a time, optionally only
    those of one `clientId`. From the official OpenAPI file (the documentation pages do
    not describe it); the trailing slash is part of the path.

    Paging: `page` (from 1) and `perPage` (the page size; the server's default when
    absent, 10 in the emulator). The answer carries the total `count` and the full URLs
    of the `next` and `previous` pages (`null` at either end). Asking for a page past the
    last one is `404`; the first page of an empty list is an empty `results`.

    Args:
        client_id (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | IdentificationPage]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ApiError | IdentificationPage | None:
    """List verifications

     Lists this API key's verifications, newest first, one page at a time, optionally only
    those of one `clientId`. From the official OpenAPI file (the documentation pages do
    not describe it); the trailing slash is part of the path.

    Paging: `page` (from 1) and `perPage` (the page size; the server's default when
    absent, 10 in the emulator). The answer carries the total `count` and the full URLs
    of the `next` and `previous` pages (`null` at either end). Asking for a page past the
    last one is `404`; the first page of an empty list is an empty `results`.

    Args:
        client_id (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | IdentificationPage
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ApiError | IdentificationPage]:
    """List verifications

     Lists this API key's verifications, newest first, one page at a time, optionally only
    those of one `clientId`. From the official OpenAPI file (the documentation pages do
    not describe it); the trailing slash is part of the path.

    Paging: `page` (from 1) and `perPage` (the page size; the server's default when
    absent, 10 in the emulator). The answer carries the total `count` and the full URLs
    of the `next` and `previous` pages (`null` at either end). Asking for a page past the
    last one is `404`; the first page of an empty list is an empty `results`.

    Args:
        client_id (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | IdentificationPage]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ApiError | IdentificationPage | None:
    """List verifications

     Lists this API key's verifications, newest first, one page at a time, optionally only
    those of one `clientId`. From the official OpenAPI file (the documentation pages do
    not describe it); the trailing slash is part of the path.

    Paging: `page` (from 1) and `perPage` (the page size; the server's default when
    absent, 10 in the emulator). The answer carries the total `count` and the full URLs
    of the `next` and `previous` pages (`null` at either end). Asking for a page past the
    last one is `404`; the first page of an empty list is an empty `results`.

    Args:
        client_id (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | IdentificationPage
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
