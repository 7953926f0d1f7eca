from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_identification_request import CreateIdentificationRequest
from ...models.person_identification import PersonIdentification
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import Response


def _get_kwargs(
    person_id: str,
    identification_session_id: str,
    *,
    body: CreateIdentificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications".format(
            person_id=quote(str(person_id), safe=""),
            identification_session_id=quote(str(identification_session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonIdentification | SolarisErrorResponse:
    if response.status_code == 200:
        response_200 = PersonIdentification.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SolarisErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SolarisErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SolarisErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SolarisErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = SolarisErrorResponse.from_dict(response.json())

        return response_500

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
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentificationRequest,
) -> Response[PersonIdentification | SolarisErrorResponse]:
    """Create an identification within an identification session

     Creates a person identification within an existing person identification session
    (seed page "Create an identification within an identification session").

    **Quirk: success is `200 OK`, not `201 Created`**, although the call creates a
    resource; the documentation lists only a 200 response, so that is what the client
    parses.

    For `bank` and `bank_id` the customer's `iban` is mandatory (enforced in the schema).
    Start the identification afterwards with `request_identification`. The documented
    errors are 400, 403 and 500; 401 (token) and 404 (`model_not_found` for an unknown
    person or session) come from the general errors page.

    Args:
        person_id (str):
        identification_session_id (str):
        body (CreateIdentificationRequest): Body of "Create an identification within an
            identification session". No field is
            documented as required, except that `iban` is **mandatory when `method` is `bank` or
            `bank_id`** (encoded below with `if`/`then`). General request rules: no
            leading/trailing whitespace, `null` is ignored, enums are case-sensitive, unknown
            fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonIdentification | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        identification_session_id=identification_session_id,
        body=body,
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
    body: CreateIdentificationRequest,
) -> PersonIdentification | SolarisErrorResponse | None:
    """Create an identification within an identification session

     Creates a person identification within an existing person identification session
    (seed page "Create an identification within an identification session").

    **Quirk: success is `200 OK`, not `201 Created`**, although the call creates a
    resource; the documentation lists only a 200 response, so that is what the client
    parses.

    For `bank` and `bank_id` the customer's `iban` is mandatory (enforced in the schema).
    Start the identification afterwards with `request_identification`. The documented
    errors are 400, 403 and 500; 401 (token) and 404 (`model_not_found` for an unknown
    person or session) come from the general errors page.

    Args:
        person_id (str):
        identification_session_id (str):
        body (CreateIdentificationRequest): Body of "Create an identification within an
            identification session". No field is
            documented as required, except that `iban` is **mandatory when `method` is `bank` or
            `bank_id`** (encoded below with `if`/`then`). General request rules: no
            leading/trailing whitespace, `null` is ignored, enums are case-sensitive, unknown
            fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonIdentification | SolarisErrorResponse
    """

    return sync_detailed(
        person_id=person_id,
        identification_session_id=identification_session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentificationRequest,
) -> Response[PersonIdentification | SolarisErrorResponse]:
    """Create an identification within an identification session

     Creates a person identification within an existing person identification session
    (seed page "Create an identification within an identification session").

    **Quirk: success is `200 OK`, not `201 Created`**, although the call creates a
    resource; the documentation lists only a 200 response, so that is what the client
    parses.

    For `bank` and `bank_id` the customer's `iban` is mandatory (enforced in the schema).
    Start the identification afterwards with `request_identification`. The documented
    errors are 400, 403 and 500; 401 (token) and 404 (`model_not_found` for an unknown
    person or session) come from the general errors page.

    Args:
        person_id (str):
        identification_session_id (str):
        body (CreateIdentificationRequest): Body of "Create an identification within an
            identification session". No field is
            documented as required, except that `iban` is **mandatory when `method` is `bank` or
            `bank_id`** (encoded below with `if`/`then`). General request rules: no
            leading/trailing whitespace, `null` is ignored, enums are case-sensitive, unknown
            fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonIdentification | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        identification_session_id=identification_session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    identification_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIdentificationRequest,
) -> PersonIdentification | SolarisErrorResponse | None:
    """Create an identification within an identification session

     Creates a person identification within an existing person identification session
    (seed page "Create an identification within an identification session").

    **Quirk: success is `200 OK`, not `201 Created`**, although the call creates a
    resource; the documentation lists only a 200 response, so that is what the client
    parses.

    For `bank` and `bank_id` the customer's `iban` is mandatory (enforced in the schema).
    Start the identification afterwards with `request_identification`. The documented
    errors are 400, 403 and 500; 401 (token) and 404 (`model_not_found` for an unknown
    person or session) come from the general errors page.

    Args:
        person_id (str):
        identification_session_id (str):
        body (CreateIdentificationRequest): Body of "Create an identification within an
            identification session". No field is
            documented as required, except that `iban` is **mandatory when `method` is `bank` or
            `bank_id`** (encoded below with `if`/`then`). General request rules: no
            leading/trailing whitespace, `null` is ignored, enums are case-sensitive, unknown
            fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonIdentification | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            identification_session_id=identification_session_id,
            client=client,
            body=body,
        )
    ).parsed
