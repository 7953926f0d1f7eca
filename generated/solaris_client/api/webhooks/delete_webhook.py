from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/webhooks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SolarisErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | SolarisErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | SolarisErrorResponse]:
    """Delete a webhook subscription

     Deletes the subscription; Solaris stops delivering to its URL. (Answering a delivery
    with 410 Gone cancels the subscription too.)

    Choice: the documentation we worked from gives no status and no response body for
    this call, so we model **204 No Content**, the HTTP answer for a successful delete
    without a body (a 200 would need a documented body, and an empty 200 body cannot be
    parsed as JSON). Any 2xx means the subscription is gone; if you need to tolerate a
    200 with a body, call `sync_detailed` and check `status_code`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | SolarisErrorResponse | None:
    """Delete a webhook subscription

     Deletes the subscription; Solaris stops delivering to its URL. (Answering a delivery
    with 410 Gone cancels the subscription too.)

    Choice: the documentation we worked from gives no status and no response body for
    this call, so we model **204 No Content**, the HTTP answer for a successful delete
    without a body (a 200 would need a documented body, and an empty 200 body cannot be
    parsed as JSON). Any 2xx means the subscription is gone; if you need to tolerate a
    200 with a body, call `sync_detailed` and check `status_code`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SolarisErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | SolarisErrorResponse]:
    """Delete a webhook subscription

     Deletes the subscription; Solaris stops delivering to its URL. (Answering a delivery
    with 410 Gone cancels the subscription too.)

    Choice: the documentation we worked from gives no status and no response body for
    this call, so we model **204 No Content**, the HTTP answer for a successful delete
    without a body (a 200 would need a documented body, and an empty 200 body cannot be
    parsed as JSON). Any 2xx means the subscription is gone; if you need to tolerate a
    200 with a body, call `sync_detailed` and check `status_code`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | SolarisErrorResponse | None:
    """Delete a webhook subscription

     Deletes the subscription; Solaris stops delivering to its URL. (Answering a delivery
    with 410 Gone cancels the subscription too.)

    Choice: the documentation we worked from gives no status and no response body for
    this call, so we model **204 No Content**, the HTTP answer for a successful delete
    without a body (a 200 would need a documented body, and an empty 200 body cannot be
    parsed as JSON). Any 2xx means the subscription is gone; if you need to tolerate a
    200 with a body, call `sync_detailed` and check `status_code`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
