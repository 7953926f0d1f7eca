"""Hosted pages in a real browser: open the URL the API returned, click, land back at the integrator.

For each provider: create a verification over the API, open its end-user URL in headless
Chromium, press Approve or Decline, check the browser ends on the integrator's redirect URL,
the API reports the new state, and the signed webhook was sent.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from idv_emulator import EmulatorServer
from tests.support.receiver import WebhookReceiver

pytestmark = pytest.mark.browser


def click_and_land(browser: Any, url: str, button: str, landing: str) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    browser.get(url)
    WebDriverWait(browser, 10).until(expected_conditions.element_to_be_clickable((By.ID, button))).click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url.startswith(landing))
    WebDriverWait(browser, 10).until(expected_conditions.presence_of_element_located((By.ID, "landed")))
    return str(browser.current_url)


def wait_until(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_hopae_redirect_flow(browser: Any, idv_emulator: EmulatorServer, receiver: WebhookReceiver) -> None:
    idv_emulator.control(
        "POST", "hopae/config", json={"webhook_url": f"{receiver.url}/hook", "webhook_secret": "whsec_b"}
    )
    auth = ("hopae-client", "hopae-secret")
    created = httpx.post(
        f"{idv_emulator.url('hopae')}/connect/v1/verifications",
        json={"providerId": "itsme", "redirectUri": f"{receiver.url}/back"},
        auth=auth,
    ).json()
    landed = click_and_land(browser, created["flowDetails"]["authorizationUrl"], "approve", f"{receiver.url}/back")
    assert f"verificationId={created['verificationId']}" in landed and "status=completed" in landed
    status = httpx.get(
        f"{idv_emulator.url('hopae')}/connect/v1/verifications/{created['verificationId']}", auth=auth
    ).json()
    assert status["status"] == "completed"
    wait_until(lambda: any(r.path == "/hook" and b"verification.completed" in r.body for r in receiver.received))


def test_proofme_my_page(browser: Any, idv_emulator: EmulatorServer, receiver: WebhookReceiver) -> None:
    headers = {"Authorization": "proofme_test_key"}
    created = httpx.post(
        f"{idv_emulator.url('proofme')}/v1/identification",
        json={
            "proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2",
            "redirectUrl": f"{receiver.url}/back",
            "webhookUrl": f"{receiver.url}/hook",
        },
        headers=headers,
    ).json()["identification"]
    landed = click_and_land(browser, created["myPageUrl"], "decline", f"{receiver.url}/back")
    assert landed == f"{receiver.url}/back"
    fetched = httpx.get(f"{idv_emulator.url('proofme')}/v1/identification/{created['id']}", headers=headers).json()
    assert fetched["identification"]["status"] == "FAILED"
    wait_until(
        lambda: any(r.path == "/hook" and r.body == f'{{"id":"{created["id"]}"}}'.encode() for r in receiver.received)
    )


def test_solaris_session_page(browser: Any, idv_emulator: EmulatorServer, receiver: WebhookReceiver) -> None:
    base = idv_emulator.url("solaris")
    token = httpx.post(
        f"{base}/oauth2/token", data={"grant_type": "client_credentials"}, auth=("solaris-client", "solaris-secret")
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert (
        httpx.post(
            f"{base}/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": f"{receiver.url}/hook"}, headers=headers
        ).status_code
        == 201
    )
    person = httpx.post(
        f"{base}/v1/persons", json={"first_name": "Erika", "last_name": "Mustermann"}, headers=headers
    ).json()
    session = httpx.post(
        f"{base}/v1/persons/{person['id']}/identification_sessions",
        json={"identification_methods": ["idnow"], "callback_url": f"{receiver.url}/back"},
        headers=headers,
    ).json()
    landed = click_and_land(browser, session["url"], "approve", f"{receiver.url}/back")
    assert landed.startswith(f"{receiver.url}/back")
    identifications = httpx.get(f"{base}/v1/persons/{person['id']}/identifications", headers=headers).json()
    assert [i["status"] for i in identifications] == ["successful"]
    wait_until(lambda: any(r.path == "/hook" and b'"successful"' in r.body for r in receiver.received))


def test_idenfy_redirect_page(browser: Any, idv_emulator: EmulatorServer, receiver: WebhookReceiver) -> None:
    auth = ("idenfy-key", "idenfy-secret")
    token = httpx.post(
        f"{idv_emulator.url('idenfy')}/api/v2/token",
        json={
            "clientId": "browser-1",
            "successUrl": f"{receiver.url}/ok",
            "errorUrl": f"{receiver.url}/fail",
            "callbackUrl": f"{receiver.url}/hook",
        },
        auth=auth,
    ).json()
    landed = click_and_land(browser, token["redirectUrl"], "approve", f"{receiver.url}/ok")
    assert landed.startswith(f"{receiver.url}/ok")
    status = httpx.post(
        f"{idv_emulator.url('idenfy')}/api/v2/status", json={"scanRef": token["scanRef"]}, auth=auth
    ).json()
    assert status["status"] == "APPROVED"
    wait_until(
        lambda: any(r.headers.get("idenfy-event-type") == "IDENTIFICATION_MANUAL_FINISHED" for r in receiver.received)
    )
