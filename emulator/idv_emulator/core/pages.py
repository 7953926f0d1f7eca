"""Hosted pages: the emulator's stand-in for each provider's end-user UI.

Every end-user URL an API returns (Proofme `myPageUrl`, Solaris `url`, Hopae
`authorizationUrl`, iDenfy `redirectUrl`) opens one of these pages. The person approves or
declines; the provider's handler moves its state machine, fires webhooks and redirects the
browser back to the integrator.
"""

from __future__ import annotations

from html import escape


def decision_page(*, provider: str, title: str, facts: dict[str, str], action: str, done: bool = False) -> str:
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts.items())
    if done:
        buttons = '<p id="finished">This verification is already finished.</p>'
    else:
        buttons = (
            f'<form method="post" action="{escape(action)}">'
            '<button id="approve" name="decision" value="approve" type="submit">Approve</button> '
            '<button id="decline" name="decision" value="decline" type="submit">Decline</button>'
            "</form>"
        )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{escape(title)} — idv emulator</title>"
        "<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto}"
        "th{text-align:left;padding-right:1rem}button{font-size:1.1rem;margin:1rem .5rem 0 0}</style>"
        f'</head><body data-provider="{escape(provider)}"><h1>{escape(title)}</h1>'
        f"<p>Emulated {escape(provider)} page. Approve or decline as the end user would.</p>"
        f"<table>{rows}</table>{buttons}</body></html>"
    )


def result_page(*, provider: str, outcome: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Done — idv emulator</title></head>"
        f'<body data-provider="{escape(provider)}"><h1 id="result">{escape(outcome)}</h1>'
        "<p>No redirect URL was given; you can close this page.</p></body></html>"
    )
