from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_webhook_request import CreateWebhookRequest
from ...models.solaris_error_response import SolarisErrorResponse
from ...models.webhook import Webhook
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SolarisErrorResponse | Webhook:
    if response.status_code == 201:
        response_201 = Webhook.from_dict(response.json())

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
) -> Response[SolarisErrorResponse | Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Response[SolarisErrorResponse | Webhook]:
    """Subscribe to a webhook event

     Subscribes `url` to an event type. **Before** creating the subscription Solaris
    probes the URL: it POSTs an empty body with header
    `Solaris-Webhook-Event-Type: WEBHOOK-SUBSCRIPTION` (see the
    `webhook_subscription_probe` webhook). If the endpoint does not answer 2xx the call
    fails with 400 `invalid_webhook_url`; a non-HTTPS URL fails with 400
    `unsafe_webhook_url`. The schema has no `pattern` for the HTTPS rule: the server
    checks it (hence the dedicated error code), and the local emulator also accepts
    `http://` on loopback hosts (127.0.0.0/8, `::1`, `localhost`) so that a receiver on
    the developer's machine works.

    The response carries the subscription `secret` used to sign deliveries
    (`Solaris-Webhook-Signature`). **It is shown only once**, here: store it.
    Subscriptions cannot be changed; delete and re-create instead.

    Args:
        body (CreateWebhookRequest): A webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SolarisErrorResponse | Webhook]
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
    body: CreateWebhookRequest,
) -> SolarisErrorResponse | Webhook | None:
    """Subscribe to a webhook event

     Subscribes `url` to an event type. **Before** creating the subscription Solaris
    probes the URL: it POSTs an empty body with header
    `Solaris-Webhook-Event-Type: WEBHOOK-SUBSCRIPTION` (see the
    `webhook_subscription_probe` webhook). If the endpoint does not answer 2xx the call
    fails with 400 `invalid_webhook_url`; a non-HTTPS URL fails with 400
    `unsafe_webhook_url`. The schema has no `pattern` for the HTTPS rule: the server
    checks it (hence the dedicated error code), and the local emulator also accepts
    `http://` on loopback hosts (127.0.0.0/8, `::1`, `localhost`) so that a receiver on
    the developer's machine works.

    The response carries the subscription `secret` used to sign deliveries
    (`Solaris-Webhook-Signature`). **It is shown only once**, here: store it.
    Subscriptions cannot be changed; delete and re-create instead.

    Args:
        body (CreateWebhookRequest): A webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SolarisErrorResponse | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Response[SolarisErrorResponse | Webhook]:
    """Subscribe to a webhook event

     Subscribes `url` to an event type. **Before** creating the subscription Solaris
    probes the URL: it POSTs an empty body with header
    `Solaris-Webhook-Event-Type: WEBHOOK-SUBSCRIPTION` (see the
    `webhook_subscription_probe` webhook). If the endpoint does not answer 2xx the call
    fails with 400 `invalid_webhook_url`; a non-HTTPS URL fails with 400
    `unsafe_webhook_url`. The schema has no `pattern` for the HTTPS rule: the server
    checks it (hence the dedicated error code), and the local emulator also accepts
    `http://` on loopback hosts (127.0.0.0/8, `::1`, `localhost`) so that a receiver on
    the developer's machine works.

    The response carries the subscription `secret` used to sign deliveries
    (`Solaris-Webhook-Signature`). **It is shown only once**, here: store it.
    Subscriptions cannot be changed; delete and re-create instead.

    Args:
        body (CreateWebhookRequest): A webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SolarisErrorResponse | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> SolarisErrorResponse | Webhook | None:
    """Subscribe to a webhook event

     Subscribes `url` to an event type. **Before** creating the subscription Solaris
    probes the URL: it POSTs an empty body with header
    `Solaris-Webhook-Event-Type: WEBHOOK-SUBSCRIPTION` (see the
    `webhook_subscription_probe` webhook). If the endpoint does not answer 2xx the call
    fails with 400 `invalid_webhook_url`; a non-HTTPS URL fails with 400
    `unsafe_webhook_url`. The schema has no `pattern` for the HTTPS rule: the server
    checks it (hence the dedicated error code), and the local emulator also accepts
    `http://` on loopback hosts (127.0.0.0/8, `::1`, `localhost`) so that a receiver on
    the developer's machine works.

    The response carries the subscription `secret` used to sign deliveries
    (`Solaris-Webhook-Signature`). **It is shown only once**, here: store it.
    Subscriptions cannot be changed; delete and re-create instead.

    Args:
        body (CreateWebhookRequest): A webhook subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SolarisErrorResponse | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
