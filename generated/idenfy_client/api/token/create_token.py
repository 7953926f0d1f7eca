from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TokenResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    response_default = ApiError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ApiError | TokenResponse]:
    """Create a verification session token

     Creates a verification session for one client and returns its `authToken` (passed to
    the hosted UI) and `scanRef` (iDenfy's identifier of the verification).

    Only `clientId` is mandatory. iDenfy recommends sending nothing else about the client
    and reading the name, surname etc. from the webhook instead: data that differs from
    the document gives the overall status `SUSPECTED` with the mismatch tag
    `DOC_INFO_MISMATCH`.

    The response echoes every request field, with the defaults filled in for the optional
    fields that were not sent, plus `message`, `authToken`, `scanRef`, `personScanRef`,
    `digitString`, `redirectUrl` and `allowedDocuments`.

    Status code: the documentation does not state it. Other sources agree on `201`; `200`
    is documented with the same schema so a client parses either.

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is
            required.

            Defaults: `default` gives the value iDenfy applies when the field is absent (the
            response echoes it). The generated client's constructor sends these defaults
            explicitly unless you pass `UNSET`; that matters for the redirect URLs, which must
            not be sent with the iframe integration, and for `expiryTime` together with
            `generateDigitString`.

            Cross-field rules (enforced here with `not` and `if`/`then`): `utilityBill: true`
            cannot be combined with a non-null `additionalSteps`; a non-null `additionalData`
            requires a non-null `additionalSteps`. Sending `utilityBill: false` with
            `additionalSteps: null` (as the documentation's full example does) is valid.

            Custom settings (`checkLiveness` … `detectionTypes`) must first be enabled in the
            environment's configuration (some need a contract change); their defaults come from
            that configuration, so the spec gives them none. Once enabled they apply to every
            token unless a request says otherwise.

            Unknown fields are not documented as rejected, so the object is left open (the
            official OpenAPI file sets no `additionalProperties` either).

            The official OpenAPI file adds 24 fields the documentation page lacks
            (`questionnaire` … `ageMax`, below the custom settings) and lacks some the page has
            (`videoCallQuestions`, `fraudServices`, `maxAttemptCount`, the Levenshtein ratios,
            `checkUrjanet`, `detectionTypes`): all are accepted. Where the two disagree on a
            constraint (`tokenType`, `locale`, `documents`, `expiryTime`, `sessionLength`,
            `additionalSteps`, `additionalData`) the documentation's stands, as each field's
            description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TokenResponse]
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
    body: TokenRequest,
) -> ApiError | TokenResponse | None:
    """Create a verification session token

     Creates a verification session for one client and returns its `authToken` (passed to
    the hosted UI) and `scanRef` (iDenfy's identifier of the verification).

    Only `clientId` is mandatory. iDenfy recommends sending nothing else about the client
    and reading the name, surname etc. from the webhook instead: data that differs from
    the document gives the overall status `SUSPECTED` with the mismatch tag
    `DOC_INFO_MISMATCH`.

    The response echoes every request field, with the defaults filled in for the optional
    fields that were not sent, plus `message`, `authToken`, `scanRef`, `personScanRef`,
    `digitString`, `redirectUrl` and `allowedDocuments`.

    Status code: the documentation does not state it. Other sources agree on `201`; `200`
    is documented with the same schema so a client parses either.

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is
            required.

            Defaults: `default` gives the value iDenfy applies when the field is absent (the
            response echoes it). The generated client's constructor sends these defaults
            explicitly unless you pass `UNSET`; that matters for the redirect URLs, which must
            not be sent with the iframe integration, and for `expiryTime` together with
            `generateDigitString`.

            Cross-field rules (enforced here with `not` and `if`/`then`): `utilityBill: true`
            cannot be combined with a non-null `additionalSteps`; a non-null `additionalData`
            requires a non-null `additionalSteps`. Sending `utilityBill: false` with
            `additionalSteps: null` (as the documentation's full example does) is valid.

            Custom settings (`checkLiveness` … `detectionTypes`) must first be enabled in the
            environment's configuration (some need a contract change); their defaults come from
            that configuration, so the spec gives them none. Once enabled they apply to every
            token unless a request says otherwise.

            Unknown fields are not documented as rejected, so the object is left open (the
            official OpenAPI file sets no `additionalProperties` either).

            The official OpenAPI file adds 24 fields the documentation page lacks
            (`questionnaire` … `ageMax`, below the custom settings) and lacks some the page has
            (`videoCallQuestions`, `fraudServices`, `maxAttemptCount`, the Levenshtein ratios,
            `checkUrjanet`, `detectionTypes`): all are accepted. Where the two disagree on a
            constraint (`tokenType`, `locale`, `documents`, `expiryTime`, `sessionLength`,
            `additionalSteps`, `additionalData`) the documentation's stands, as each field's
            description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ApiError | TokenResponse]:
    """Create a verification session token

     Creates a verification session for one client and returns its `authToken` (passed to
    the hosted UI) and `scanRef` (iDenfy's identifier of the verification).

    Only `clientId` is mandatory. iDenfy recommends sending nothing else about the client
    and reading the name, surname etc. from the webhook instead: data that differs from
    the document gives the overall status `SUSPECTED` with the mismatch tag
    `DOC_INFO_MISMATCH`.

    The response echoes every request field, with the defaults filled in for the optional
    fields that were not sent, plus `message`, `authToken`, `scanRef`, `personScanRef`,
    `digitString`, `redirectUrl` and `allowedDocuments`.

    Status code: the documentation does not state it. Other sources agree on `201`; `200`
    is documented with the same schema so a client parses either.

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is
            required.

            Defaults: `default` gives the value iDenfy applies when the field is absent (the
            response echoes it). The generated client's constructor sends these defaults
            explicitly unless you pass `UNSET`; that matters for the redirect URLs, which must
            not be sent with the iframe integration, and for `expiryTime` together with
            `generateDigitString`.

            Cross-field rules (enforced here with `not` and `if`/`then`): `utilityBill: true`
            cannot be combined with a non-null `additionalSteps`; a non-null `additionalData`
            requires a non-null `additionalSteps`. Sending `utilityBill: false` with
            `additionalSteps: null` (as the documentation's full example does) is valid.

            Custom settings (`checkLiveness` … `detectionTypes`) must first be enabled in the
            environment's configuration (some need a contract change); their defaults come from
            that configuration, so the spec gives them none. Once enabled they apply to every
            token unless a request says otherwise.

            Unknown fields are not documented as rejected, so the object is left open (the
            official OpenAPI file sets no `additionalProperties` either).

            The official OpenAPI file adds 24 fields the documentation page lacks
            (`questionnaire` … `ageMax`, below the custom settings) and lacks some the page has
            (`videoCallQuestions`, `fraudServices`, `maxAttemptCount`, the Levenshtein ratios,
            `checkUrjanet`, `detectionTypes`): all are accepted. Where the two disagree on a
            constraint (`tokenType`, `locale`, `documents`, `expiryTime`, `sessionLength`,
            `additionalSteps`, `additionalData`) the documentation's stands, as each field's
            description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ApiError | TokenResponse | None:
    """Create a verification session token

     Creates a verification session for one client and returns its `authToken` (passed to
    the hosted UI) and `scanRef` (iDenfy's identifier of the verification).

    Only `clientId` is mandatory. iDenfy recommends sending nothing else about the client
    and reading the name, surname etc. from the webhook instead: data that differs from
    the document gives the overall status `SUSPECTED` with the mismatch tag
    `DOC_INFO_MISMATCH`.

    The response echoes every request field, with the defaults filled in for the optional
    fields that were not sent, plus `message`, `authToken`, `scanRef`, `personScanRef`,
    `digitString`, `redirectUrl` and `allowedDocuments`.

    Status code: the documentation does not state it. Other sources agree on `201`; `200`
    is documented with the same schema so a client parses either.

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is
            required.

            Defaults: `default` gives the value iDenfy applies when the field is absent (the
            response echoes it). The generated client's constructor sends these defaults
            explicitly unless you pass `UNSET`; that matters for the redirect URLs, which must
            not be sent with the iframe integration, and for `expiryTime` together with
            `generateDigitString`.

            Cross-field rules (enforced here with `not` and `if`/`then`): `utilityBill: true`
            cannot be combined with a non-null `additionalSteps`; a non-null `additionalData`
            requires a non-null `additionalSteps`. Sending `utilityBill: false` with
            `additionalSteps: null` (as the documentation's full example does) is valid.

            Custom settings (`checkLiveness` … `detectionTypes`) must first be enabled in the
            environment's configuration (some need a contract change); their defaults come from
            that configuration, so the spec gives them none. Once enabled they apply to every
            token unless a request says otherwise.

            Unknown fields are not documented as rejected, so the object is left open (the
            official OpenAPI file sets no `additionalProperties` either).

            The official OpenAPI file adds 24 fields the documentation page lacks
            (`questionnaire` … `ageMax`, below the custom settings) and lacks some the page has
            (`videoCallQuestions`, `fraudServices`, `maxAttemptCount`, the Levenshtein ratios,
            `checkUrjanet`, `detectionTypes`): all are accepted. Where the two disagree on a
            constraint (`tokenType`, `locale`, `documents`, `expiryTime`, `sessionLength`,
            `additionalSteps`, `additionalData`) the documentation's stands, as each field's
            description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
