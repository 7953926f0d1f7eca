from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verification import Verification
from ...models.verification_create import VerificationCreate
from ...types import Response


def _get_kwargs(
    *,
    body: VerificationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connect/v1/verifications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Verification:
    if response.status_code == 200:
        response_200 = Verification.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Verification.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Verification]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerificationCreate,
) -> Response[ErrorResponse | Verification]:
    """Create verification

     Initiates a new identity verification session with the specified eID provider.

    The answer tells the relying party how to continue: `flowType` `qr` (show
    `flowDetails.qrData` as a QR code), `redirect` (send the browser to
    `flowDetails.authorizationUrl`; the user comes back to `redirectUri`) or `push` (the
    user confirms in the provider's app), or `dc` (a wallet presents a digital credential;
    call `create_dc_request` when the QR is about to be shown). A new verification starts
    in `initiated` or `pending`.

    `webhookUrl` sends this verification's webhooks to that URL instead of the one
    configured for the application (same signature and secret). `referenceId` (your own
    id) is stored and comes back on the status call and in webhook payloads.

    Request body: the seed page's fields with its constraints, plus the fields of the
    official `CreateVerificationRequestDto` (`webhookUrl`, `loaStrategy`, `purpose`,
    `referenceId`, `locale`, `metadata`, `initiationMethod`, `flowType`, `returnContext`,
    `uiCustomization`, `privateMode`). The Dto requires `purpose`; the seed page and the
    official legacy schema do not list it, so it stays optional here.

    Status code: the documentation never states it. We document `201 Created` (what the
    API is reported to answer) and, with the same schema, `200 OK`, so that a client
    parses either.

    Errors:
    - `400` — the request is invalid: a required parameter is missing
      (`VALIDATION_MISSING_PARAMETER`), a parameter is malformed or out of range, e.g.
      `requestedLoa` outside 1–5 or an unknown claim name (`VALIDATION_INVALID_PARAMETER`),
      or the `userData` that the chosen provider requires is missing or invalid
      (`VALIDATION_MISSING_USER_DATA`).
    - `401` — wrong or missing client credentials (`AUTH_INVALID_CREDENTIALS`).
    - `422` — the request is well-formed but the provider cannot meet the requested Level
      of Assurance (`requestedLoa`).

    Args:
        body (VerificationCreate): Body of `create_verification`. Unknown fields are not
            documented as rejected, so the
            object is left open.

            Provider-specific `userData` (documented per provider, enforced below with
            `if`/`then`; missing or invalid → `400 VALIDATION_MISSING_USER_DATA`):
            - `smartid`: `registrationId` (at least 8 characters, e.g. `PNOLT-40504040001`);
            - `audkenni`: `registrationId`;
            - `evrotrust`: `identificationNumber` together with `country`, or `email`, or `phone`;
            - `skmobileid`: `phoneNumber` together with `nationalIdentityNumber`.
            Other providers (e.g. `frejaid`) need no `userData`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Verification]
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
    body: VerificationCreate,
) -> ErrorResponse | Verification | None:
    """Create verification

     Initiates a new identity verification session with the specified eID provider.

    The answer tells the relying party how to continue: `flowType` `qr` (show
    `flowDetails.qrData` as a QR code), `redirect` (send the browser to
    `flowDetails.authorizationUrl`; the user comes back to `redirectUri`) or `push` (the
    user confirms in the provider's app), or `dc` (a wallet presents a digital credential;
    call `create_dc_request` when the QR is about to be shown). A new verification starts
    in `initiated` or `pending`.

    `webhookUrl` sends this verification's webhooks to that URL instead of the one
    configured for the application (same signature and secret). `referenceId` (your own
    id) is stored and comes back on the status call and in webhook payloads.

    Request body: the seed page's fields with its constraints, plus the fields of the
    official `CreateVerificationRequestDto` (`webhookUrl`, `loaStrategy`, `purpose`,
    `referenceId`, `locale`, `metadata`, `initiationMethod`, `flowType`, `returnContext`,
    `uiCustomization`, `privateMode`). The Dto requires `purpose`; the seed page and the
    official legacy schema do not list it, so it stays optional here.

    Status code: the documentation never states it. We document `201 Created` (what the
    API is reported to answer) and, with the same schema, `200 OK`, so that a client
    parses either.

    Errors:
    - `400` — the request is invalid: a required parameter is missing
      (`VALIDATION_MISSING_PARAMETER`), a parameter is malformed or out of range, e.g.
      `requestedLoa` outside 1–5 or an unknown claim name (`VALIDATION_INVALID_PARAMETER`),
      or the `userData` that the chosen provider requires is missing or invalid
      (`VALIDATION_MISSING_USER_DATA`).
    - `401` — wrong or missing client credentials (`AUTH_INVALID_CREDENTIALS`).
    - `422` — the request is well-formed but the provider cannot meet the requested Level
      of Assurance (`requestedLoa`).

    Args:
        body (VerificationCreate): Body of `create_verification`. Unknown fields are not
            documented as rejected, so the
            object is left open.

            Provider-specific `userData` (documented per provider, enforced below with
            `if`/`then`; missing or invalid → `400 VALIDATION_MISSING_USER_DATA`):
            - `smartid`: `registrationId` (at least 8 characters, e.g. `PNOLT-40504040001`);
            - `audkenni`: `registrationId`;
            - `evrotrust`: `identificationNumber` together with `country`, or `email`, or `phone`;
            - `skmobileid`: `phoneNumber` together with `nationalIdentityNumber`.
            Other providers (e.g. `frejaid`) need no `userData`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Verification
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerificationCreate,
) -> Response[ErrorResponse | Verification]:
    """Create verification

     Initiates a new identity verification session with the specified eID provider.

    The answer tells the relying party how to continue: `flowType` `qr` (show
    `flowDetails.qrData` as a QR code), `redirect` (send the browser to
    `flowDetails.authorizationUrl`; the user comes back to `redirectUri`) or `push` (the
    user confirms in the provider's app), or `dc` (a wallet presents a digital credential;
    call `create_dc_request` when the QR is about to be shown). A new verification starts
    in `initiated` or `pending`.

    `webhookUrl` sends this verification's webhooks to that URL instead of the one
    configured for the application (same signature and secret). `referenceId` (your own
    id) is stored and comes back on the status call and in webhook payloads.

    Request body: the seed page's fields with its constraints, plus the fields of the
    official `CreateVerificationRequestDto` (`webhookUrl`, `loaStrategy`, `purpose`,
    `referenceId`, `locale`, `metadata`, `initiationMethod`, `flowType`, `returnContext`,
    `uiCustomization`, `privateMode`). The Dto requires `purpose`; the seed page and the
    official legacy schema do not list it, so it stays optional here.

    Status code: the documentation never states it. We document `201 Created` (what the
    API is reported to answer) and, with the same schema, `200 OK`, so that a client
    parses either.

    Errors:
    - `400` — the request is invalid: a required parameter is missing
      (`VALIDATION_MISSING_PARAMETER`), a parameter is malformed or out of range, e.g.
      `requestedLoa` outside 1–5 or an unknown claim name (`VALIDATION_INVALID_PARAMETER`),
      or the `userData` that the chosen provider requires is missing or invalid
      (`VALIDATION_MISSING_USER_DATA`).
    - `401` — wrong or missing client credentials (`AUTH_INVALID_CREDENTIALS`).
    - `422` — the request is well-formed but the provider cannot meet the requested Level
      of Assurance (`requestedLoa`).

    Args:
        body (VerificationCreate): Body of `create_verification`. Unknown fields are not
            documented as rejected, so the
            object is left open.

            Provider-specific `userData` (documented per provider, enforced below with
            `if`/`then`; missing or invalid → `400 VALIDATION_MISSING_USER_DATA`):
            - `smartid`: `registrationId` (at least 8 characters, e.g. `PNOLT-40504040001`);
            - `audkenni`: `registrationId`;
            - `evrotrust`: `identificationNumber` together with `country`, or `email`, or `phone`;
            - `skmobileid`: `phoneNumber` together with `nationalIdentityNumber`.
            Other providers (e.g. `frejaid`) need no `userData`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Verification]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VerificationCreate,
) -> ErrorResponse | Verification | None:
    """Create verification

     Initiates a new identity verification session with the specified eID provider.

    The answer tells the relying party how to continue: `flowType` `qr` (show
    `flowDetails.qrData` as a QR code), `redirect` (send the browser to
    `flowDetails.authorizationUrl`; the user comes back to `redirectUri`) or `push` (the
    user confirms in the provider's app), or `dc` (a wallet presents a digital credential;
    call `create_dc_request` when the QR is about to be shown). A new verification starts
    in `initiated` or `pending`.

    `webhookUrl` sends this verification's webhooks to that URL instead of the one
    configured for the application (same signature and secret). `referenceId` (your own
    id) is stored and comes back on the status call and in webhook payloads.

    Request body: the seed page's fields with its constraints, plus the fields of the
    official `CreateVerificationRequestDto` (`webhookUrl`, `loaStrategy`, `purpose`,
    `referenceId`, `locale`, `metadata`, `initiationMethod`, `flowType`, `returnContext`,
    `uiCustomization`, `privateMode`). The Dto requires `purpose`; the seed page and the
    official legacy schema do not list it, so it stays optional here.

    Status code: the documentation never states it. We document `201 Created` (what the
    API is reported to answer) and, with the same schema, `200 OK`, so that a client
    parses either.

    Errors:
    - `400` — the request is invalid: a required parameter is missing
      (`VALIDATION_MISSING_PARAMETER`), a parameter is malformed or out of range, e.g.
      `requestedLoa` outside 1–5 or an unknown claim name (`VALIDATION_INVALID_PARAMETER`),
      or the `userData` that the chosen provider requires is missing or invalid
      (`VALIDATION_MISSING_USER_DATA`).
    - `401` — wrong or missing client credentials (`AUTH_INVALID_CREDENTIALS`).
    - `422` — the request is well-formed but the provider cannot meet the requested Level
      of Assurance (`requestedLoa`).

    Args:
        body (VerificationCreate): Body of `create_verification`. Unknown fields are not
            documented as rejected, so the
            object is left open.

            Provider-specific `userData` (documented per provider, enforced below with
            `if`/`then`; missing or invalid → `400 VALIDATION_MISSING_USER_DATA`):
            - `smartid`: `registrationId` (at least 8 characters, e.g. `PNOLT-40504040001`);
            - `audkenni`: `registrationId`;
            - `evrotrust`: `identificationNumber` together with `country`, or `email`, or `phone`;
            - `skmobileid`: `phoneNumber` together with `nationalIdentityNumber`.
            Other providers (e.g. `frejaid`) need no `userData`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Verification
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
