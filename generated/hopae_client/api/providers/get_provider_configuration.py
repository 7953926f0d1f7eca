from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.provider_configuration import ProviderConfiguration
from ...types import Response


def _get_kwargs(
    provider_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/providers/{provider_id}/configuration".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProviderConfiguration:
    if response.status_code == 200:
        response_200 = ProviderConfiguration.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProviderConfiguration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ProviderConfiguration]:
    """Get provider configuration

     Lists the `userData` fields one eID provider needs (and those it accepts) when a
    verification is created for it, with their input type, label, allowed values and
    pattern, plus the flow types the provider offers. Build a form from it, e.g. iDIN asks
    for `presetBank`, a choice among Dutch banks.

    From the official file (`ProvidersController_getProviderConfiguration`), which
    documents only the `200`; an unknown `providerId` is answered `404` here, in the
    error envelope of the other endpoints (the emulator's code `provider_not_found` is
    its own choice).

    Args:
        provider_id (str):  Example: idin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProviderConfiguration]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ProviderConfiguration | None:
    """Get provider configuration

     Lists the `userData` fields one eID provider needs (and those it accepts) when a
    verification is created for it, with their input type, label, allowed values and
    pattern, plus the flow types the provider offers. Build a form from it, e.g. iDIN asks
    for `presetBank`, a choice among Dutch banks.

    From the official file (`ProvidersController_getProviderConfiguration`), which
    documents only the `200`; an unknown `providerId` is answered `404` here, in the
    error envelope of the other endpoints (the emulator's code `provider_not_found` is
    its own choice).

    Args:
        provider_id (str):  Example: idin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProviderConfiguration
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ProviderConfiguration]:
    """Get provider configuration

     Lists the `userData` fields one eID provider needs (and those it accepts) when a
    verification is created for it, with their input type, label, allowed values and
    pattern, plus the flow types the provider offers. Build a form from it, e.g. iDIN asks
    for `presetBank`, a choice among Dutch banks.

    From the official file (`ProvidersController_getProviderConfiguration`), which
    documents only the `200`; an unknown `providerId` is answered `404` here, in the
    error envelope of the other endpoints (the emulator's code `provider_not_found` is
    its own choice).

    Args:
        provider_id (str):  Example: idin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProviderConfiguration]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ProviderConfiguration | None:
    """Get provider configuration

     Lists the `userData` fields one eID provider needs (and those it accepts) when a
    verification is created for it, with their input type, label, allowed values and
    pattern, plus the flow types the provider offers. Build a form from it, e.g. iDIN asks
    for `presetBank`, a choice among Dutch banks.

    From the official file (`ProvidersController_getProviderConfiguration`), which
    documents only the `200`; an unknown `providerId` is answered `404` here, in the
    error envelope of the other endpoints (the emulator's code `provider_not_found` is
    its own choice).

    Args:
        provider_id (str):  Example: idin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProviderConfiguration
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
        )
    ).parsed
