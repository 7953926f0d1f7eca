from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.identification_list import IdentificationList
from ...models.identification_sort_column import IdentificationSortColumn
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_column: IdentificationSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sortColumn"] = json_sort_column

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["offset"] = offset

    params["limit"] = limit

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/identification",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | IdentificationList:
    if response.status_code == 200:
        response_200 = IdentificationList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | IdentificationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_column: IdentificationSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | IdentificationList]:
    """List identifications

     List the organisation's identifications, one page at a time. `count` is the total
    number of identifications matching `search`; `rows` holds the page selected by
    `offset` and `limit`, ordered by `sortColumn` and `sortDirection`.

    Args:
        sort_column (IdentificationSortColumn | Unset): Columns `list_identifications` can sort
            by. Example: createdAt.
        sort_direction (SortDirection | Unset): Sort direction. Example: DESC.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        search (str | Unset):  Example: order-1234.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IdentificationList]
    """

    kwargs = _get_kwargs(
        sort_column=sort_column,
        sort_direction=sort_direction,
        offset=offset,
        limit=limit,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_column: IdentificationSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | IdentificationList | None:
    """List identifications

     List the organisation's identifications, one page at a time. `count` is the total
    number of identifications matching `search`; `rows` holds the page selected by
    `offset` and `limit`, ordered by `sortColumn` and `sortDirection`.

    Args:
        sort_column (IdentificationSortColumn | Unset): Columns `list_identifications` can sort
            by. Example: createdAt.
        sort_direction (SortDirection | Unset): Sort direction. Example: DESC.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        search (str | Unset):  Example: order-1234.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IdentificationList
    """

    return sync_detailed(
        client=client,
        sort_column=sort_column,
        sort_direction=sort_direction,
        offset=offset,
        limit=limit,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_column: IdentificationSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | IdentificationList]:
    """List identifications

     List the organisation's identifications, one page at a time. `count` is the total
    number of identifications matching `search`; `rows` holds the page selected by
    `offset` and `limit`, ordered by `sortColumn` and `sortDirection`.

    Args:
        sort_column (IdentificationSortColumn | Unset): Columns `list_identifications` can sort
            by. Example: createdAt.
        sort_direction (SortDirection | Unset): Sort direction. Example: DESC.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        search (str | Unset):  Example: order-1234.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IdentificationList]
    """

    kwargs = _get_kwargs(
        sort_column=sort_column,
        sort_direction=sort_direction,
        offset=offset,
        limit=limit,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_column: IdentificationSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | IdentificationList | None:
    """List identifications

     List the organisation's identifications, one page at a time. `count` is the total
    number of identifications matching `search`; `rows` holds the page selected by
    `offset` and `limit`, ordered by `sortColumn` and `sortDirection`.

    Args:
        sort_column (IdentificationSortColumn | Unset): Columns `list_identifications` can sort
            by. Example: createdAt.
        sort_direction (SortDirection | Unset): Sort direction. Example: DESC.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        search (str | Unset):  Example: order-1234.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IdentificationList
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_column=sort_column,
            sort_direction=sort_direction,
            offset=offset,
            limit=limit,
            search=search,
        )
    ).parsed
