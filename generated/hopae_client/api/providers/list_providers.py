from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.provider import Provider
from ...models.provider_status import ProviderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ProviderStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Provider]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Provider.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Provider]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ProviderStatus | Unset = UNSET,
) -> Response[ErrorResponse | list[Provider]]:
    """List providers

     Lists the eID providers available to your application, optionally filtered by their status for the
    application. The `id` of an entry is the `providerId` to pass when creating a verification.

    Args:
        status (ProviderStatus | Unset): The provider's status for your application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Provider]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: ProviderStatus | Unset = UNSET,
) -> ErrorResponse | list[Provider] | None:
    """List providers

     Lists the eID providers available to your application, optionally filtered by their status for the
    application. The `id` of an entry is the `providerId` to pass when creating a verification.

    Args:
        status (ProviderStatus | Unset): The provider's status for your application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Provider]
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ProviderStatus | Unset = UNSET,
) -> Response[ErrorResponse | list[Provider]]:
    """List providers

     Lists the eID providers available to your application, optionally filtered by their status for the
    application. The `id` of an entry is the `providerId` to pass when creating a verification.

    Args:
        status (ProviderStatus | Unset): The provider's status for your application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Provider]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: ProviderStatus | Unset = UNSET,
) -> ErrorResponse | list[Provider] | None:
    """List providers

     Lists the eID providers available to your application, optionally filtered by their status for the
    application. The `id` of an entry is the `providerId` to pass when creating a verification.

    Args:
        status (ProviderStatus | Unset): The provider's status for your application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Provider]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
