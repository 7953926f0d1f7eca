from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.identification_session import IdentificationSession
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import Response


def _get_kwargs(
    person_id: str,
    identification_session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}".format(
            person_id=quote(str(person_id), safe=""),
            identification_session_id=quote(str(identification_session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentificationSession | SolarisErrorResponse:
    if response.status_code == 200:
        response_200 = IdentificationSession.from_dict(response.json())

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
) -> Response[IdentificationSession | SolarisErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[IdentificationSession | SolarisErrorResponse]:
    """Retrieve an identification session

     Returns the identification session, in the same shape as its creation response.

    Args:
        person_id (str):
        identification_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentificationSession | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        identification_session_id=identification_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> IdentificationSession | SolarisErrorResponse | None:
    """Retrieve an identification session

     Returns the identification session, in the same shape as its creation response.

    Args:
        person_id (str):
        identification_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentificationSession | SolarisErrorResponse
    """

    return sync_detailed(
        person_id=person_id,
        identification_session_id=identification_session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[IdentificationSession | SolarisErrorResponse]:
    """Retrieve an identification session

     Returns the identification session, in the same shape as its creation response.

    Args:
        person_id (str):
        identification_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentificationSession | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        identification_session_id=identification_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> IdentificationSession | SolarisErrorResponse | None:
    """Retrieve an identification session

     Returns the identification session, in the same shape as its creation response.

    Args:
        person_id (str):
        identification_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentificationSession | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            identification_session_id=identification_session_id,
            client=client,
        )
    ).parsed
