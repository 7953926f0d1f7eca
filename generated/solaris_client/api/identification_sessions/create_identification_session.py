from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_identification_session_request import CreateIdentificationSessionRequest
from ...models.identification_session import IdentificationSession
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import Response


def _get_kwargs(
    person_id: str,
    *,
    body: CreateIdentificationSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/persons/{person_id}/identification_sessions".format(
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentificationSession | SolarisErrorResponse:
    if response.status_code == 201:
        response_201 = IdentificationSession.from_dict(response.json())

        return response_201

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
) -> Response[IdentificationSession | SolarisErrorResponse]:
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
    body: CreateIdentificationSessionRequest,
) -> Response[IdentificationSession | SolarisErrorResponse]:
    """Create an identification session

     Opens an identification session for the person. The response's `url` is a hosted
    onboarding page where the customer picks one of the offered
    `identification_methods`; afterwards the browser is sent to `callback_url`.
    Identifications are then created within the session
    (`create_identification_in_session`).

    Args:
        person_id (str):
        body (CreateIdentificationSessionRequest): Identification session to open. Choice:
            `identification_methods` is required and
            non-empty (a session offering no method is useless; the docs show it always set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentificationSession | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentificationSessionRequest,
) -> IdentificationSession | SolarisErrorResponse | None:
    """Create an identification session

     Opens an identification session for the person. The response's `url` is a hosted
    onboarding page where the customer picks one of the offered
    `identification_methods`; afterwards the browser is sent to `callback_url`.
    Identifications are then created within the session
    (`create_identification_in_session`).

    Args:
        person_id (str):
        body (CreateIdentificationSessionRequest): Identification session to open. Choice:
            `identification_methods` is required and
            non-empty (a session offering no method is useless; the docs show it always set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentificationSession | SolarisErrorResponse
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentificationSessionRequest,
) -> Response[IdentificationSession | SolarisErrorResponse]:
    """Create an identification session

     Opens an identification session for the person. The response's `url` is a hosted
    onboarding page where the customer picks one of the offered
    `identification_methods`; afterwards the browser is sent to `callback_url`.
    Identifications are then created within the session
    (`create_identification_in_session`).

    Args:
        person_id (str):
        body (CreateIdentificationSessionRequest): Identification session to open. Choice:
            `identification_methods` is required and
            non-empty (a session offering no method is useless; the docs show it always set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentificationSession | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentificationSessionRequest,
) -> IdentificationSession | SolarisErrorResponse | None:
    """Create an identification session

     Opens an identification session for the person. The response's `url` is a hosted
    onboarding page where the customer picks one of the offered
    `identification_methods`; afterwards the browser is sent to `callback_url`.
    Identifications are then created within the session
    (`create_identification_in_session`).

    Args:
        person_id (str):
        body (CreateIdentificationSessionRequest): Identification session to open. Choice:
            `identification_methods` is required and
            non-empty (a session offering no method is useless; the docs show it always set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentificationSession | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
