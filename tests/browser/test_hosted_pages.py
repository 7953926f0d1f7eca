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
