"""A bare ASGI app answering every request with a fixed JSON body: the benchmark's ceiling
(and its webhook sink). Usage: python _bare_app.py PORT"""

from __future__ import annotations

import sys
from typing import Any

import uvicorn

BODY = b'{"verificationId":"058ff1aa613a40a883d367a07d7b3713","status":"initiated"}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:
        more = (await receive()).get("more_body", False)
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": BODY})


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
