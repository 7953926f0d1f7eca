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
    id: str,
    *,
    include_documents: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_documents"] = include_documents

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/persons/{person_id}/identifications/{id}".format(
            person_id=quote(str(person_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonIdentification | SolarisErrorResponse:
    if response.status_code == 200:
        response_200 = PersonIdentification.from_dict(response.json())

        return response_200

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
) -> Response[PersonIdentification | SolarisErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_documents: bool | Unset = UNSET,
) -> Response[PersonIdentification | SolarisErrorResponse]:
    """Retrieve a person identification

     Returns the person identification. Use this (not the webhook payload) as the basis for
    business decisions. `documents` is included only with `include_documents=true`.

    Args:
        person_id (str):
        id (str):
        include_documents (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonIdentification | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        id=id,
        include_documents=include_documents,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_documents: bool | Unset = UNSET,
) -> PersonIdentification | SolarisErrorResponse | None:
    """Retrieve a person identification

     Returns the person identification. Use this (not the webhook payload) as the basis for
    business decisions. `documents` is included only with `include_documents=true`.

    Args:
        person_id (str):
        id (str):
        include_documents (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonIdentification | SolarisErrorResponse
    """

    return sync_detailed(
        person_id=person_id,
        id=id,
        client=client,
        include_documents=include_documents,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_documents: bool | Unset = UNSET,
) -> Response[PersonIdentification | SolarisErrorResponse]:
    """Retrieve a person identification

     Returns the person identification. Use this (not the webhook payload) as the basis for
    business decisions. `documents` is included only with `include_documents=true`.

    Args:
        person_id (str):
        id (str):
        include_documents (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonIdentification | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        id=id,
        include_documents=include_documents,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_documents: bool | Unset = UNSET,
) -> PersonIdentification | SolarisErrorResponse | None:
    """Retrieve a person identification

     Returns the person identification. Use this (not the webhook payload) as the basis for
    business decisions. `documents` is included only with `include_documents=true`.

    Args:
        person_id (str):
        id (str):
        include_documents (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonIdentification | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            id=id,
            client=client,
            include_documents=include_documents,
        )
    ).parsed
