from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_person_request import CreatePersonRequest
from ...models.person import Person
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePersonRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/persons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Person | SolarisErrorResponse:
    if response.status_code == 201:
        response_201 = Person.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SolarisErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SolarisErrorResponse.from_dict(response.json())

        return response_401

    response_default = SolarisErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Person | SolarisErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> Response[Person | SolarisErrorResponse]:
    """Create a person

     Creates the person resource a customer's identifications, accounts and documents are
    attached to. Which fields are mandatory depends on the Solaris product; this spec
    requires the minimum every product needs (`first_name`, `last_name`). See the general
    request rules in the API description (no leading/trailing whitespace, `null` ignored,
    case-sensitive enums, unknown fields dropped).

    Args:
        body (CreatePersonRequest): Person to create. `first_name` and `last_name` are required
            (other mandatory fields
            depend on the Solaris product). General request rules: no leading/trailing
            whitespace, `null` is ignored, enums are case-sensitive, unknown fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> Person | SolarisErrorResponse | None:
    """Create a person

     Creates the person resource a customer's identifications, accounts and documents are
    attached to. Which fields are mandatory depends on the Solaris product; this spec
    requires the minimum every product needs (`first_name`, `last_name`). See the general
    request rules in the API description (no leading/trailing whitespace, `null` ignored,
    case-sensitive enums, unknown fields dropped).

    Args:
        body (CreatePersonRequest): Person to create. `first_name` and `last_name` are required
            (other mandatory fields
            depend on the Solaris product). General request rules: no leading/trailing
            whitespace, `null` is ignored, enums are case-sensitive, unknown fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | SolarisErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> Response[Person | SolarisErrorResponse]:
    """Create a person

     Creates the person resource a customer's identifications, accounts and documents are
    attached to. Which fields are mandatory depends on the Solaris product; this spec
    requires the minimum every product needs (`first_name`, `last_name`). See the general
    request rules in the API description (no leading/trailing whitespace, `null` ignored,
    case-sensitive enums, unknown fields dropped).

    Args:
        body (CreatePersonRequest): Person to create. `first_name` and `last_name` are required
            (other mandatory fields
            depend on the Solaris product). General request rules: no leading/trailing
            whitespace, `null` is ignored, enums are case-sensitive, unknown fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePersonRequest,
) -> Person | SolarisErrorResponse | None:
    """Create a person

     Creates the person resource a customer's identifications, accounts and documents are
    attached to. Which fields are mandatory depends on the Solaris product; this spec
    requires the minimum every product needs (`first_name`, `last_name`). See the general
    request rules in the API description (no leading/trailing whitespace, `null` ignored,
    case-sensitive enums, unknown fields dropped).

    Args:
        body (CreatePersonRequest): Person to create. `first_name` and `last_name` are required
            (other mandatory fields
            depend on the Solaris product). General request rules: no leading/trailing
            whitespace, `null` is ignored, enums are case-sensitive, unknown fields are dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
