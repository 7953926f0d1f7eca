from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.person_identification import PersonIdentification
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_id: str,
    *,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/persons/{person_id}/identifications".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SolarisErrorResponse | list[PersonIdentification]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PersonIdentification.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = SolarisErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SolarisErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = SolarisErrorResponse.from_dict(response.json())

        return response_404

    response_default = SolarisErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SolarisErrorResponse | list[PersonIdentification]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 10,
) -> Response[SolarisErrorResponse | list[PersonIdentification]]:
    """List a person's identifications

     Returns the person's identifications as a **bare JSON array** (no envelope), one page
    at a time. Paginate with `page[number]` / `page[size]`; the response headers `total`,
    `per_page` and `Link` (RFC 8288 `next`/`prev`/`first`/`last`) describe the pages.
    The generated client exposes the headers on `Response.headers` of the `*_detailed`
    functions.

    Args:
        person_id (str):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SolarisErrorResponse | list[PersonIdentification]]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 10,
) -> SolarisErrorResponse | list[PersonIdentification] | None:
    """List a person's identifications

     Returns the person's identifications as a **bare JSON array** (no envelope), one page
    at a time. Paginate with `page[number]` / `page[size]`; the response headers `total`,
    `per_page` and `Link` (RFC 8288 `next`/`prev`/`first`/`last`) describe the pages.
    The generated client exposes the headers on `Response.headers` of the `*_detailed`
    functions.

    Args:
        person_id (str):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SolarisErrorResponse | list[PersonIdentification]
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 10,
) -> Response[SolarisErrorResponse | list[PersonIdentification]]:
    """List a person's identifications

     Returns the person's identifications as a **bare JSON array** (no envelope), one page
    at a time. Paginate with `page[number]` / `page[size]`; the response headers `total`,
    `per_page` and `Link` (RFC 8288 `next`/`prev`/`first`/`last`) describe the pages.
    The generated client exposes the headers on `Response.headers` of the `*_detailed`
    functions.

    Args:
        person_id (str):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SolarisErrorResponse | list[PersonIdentification]]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 10,
) -> SolarisErrorResponse | list[PersonIdentification] | None:
    """List a person's identifications

     Returns the person's identifications as a **bare JSON array** (no envelope), one page
    at a time. Paginate with `page[number]` / `page[size]`; the response headers `total`,
    `per_page` and `Link` (RFC 8288 `next`/`prev`/`first`/`last`) describe the pages.
    The generated client exposes the headers on `Response.headers` of the `*_detailed`
    functions.

    Args:
        person_id (str):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SolarisErrorResponse | list[PersonIdentification]
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
