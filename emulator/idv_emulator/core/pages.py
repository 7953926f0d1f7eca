"""The hosted decision page: the emulator's stand-in for each provider's end-user UI.

Every end-user URL an API returns (Proofme `myPageUrl`, Solaris `url`, Hopae
`authorizationUrl`, iDenfy `redirectUrl`) opens this page. It offers every outcome the
provider declares (`Provider.outcomes`, the same set `POST /_emulator/<p>/outcome` accepts),
each as a button `id=<value>` (`name="decision"`) in its own form, with a select (or text
field) per outcome parameter. Submitting applies the outcome through `Provider.decide`, then
the provider sends the browser back to the integrator (`Provider.page_finished`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .errors import ApiError
from .http import Request, Response

if TYPE_CHECKING:
    from .provider import Outcome, PageSubject, Provider

STYLE = (
    "body{font-family:sans-serif;max-width:40rem;margin:3rem auto}"
    "th{text-align:left;padding-right:1rem}form{display:inline-block;margin:1rem .5rem 0 0}"
    "button{font-size:1.1rem}select,input{display:block;margin-bottom:.3rem}"
)


def show(provider: Provider, request: Request) -> Response:
    subject = provider.page_subject(request, opening=True)
    if subject is None:
        return Response.html("<h1>Unknown verification</h1>", 404)
    return Response.html(decision_page(provider, subject, action=_action(request)))


def submit(provider: Provider, request: Request) -> Response:
    subject = provider.page_subject(request, opening=False)
    if subject is None:
        return Response.html("<h1>Unknown verification</h1>", 404)
    form = request.form()
    choice = form.pop("decision", None) or form.pop("outcome", None) or ""
    params = {k: v for k, v in form.items() if v != ""}
    try:
        outcome, parsed = provider.resolve_outcome(choice, params)
    except ApiError:
        offered = ", ".join(o.value for o in provider.outcomes)
        return Response.html(f"<h1>Choose one of: {escape(offered)}</h1>", 400)
    if not subject.done:
        try:
            provider.set_outcome(subject.resource_id, outcome.value, parsed)
        except ApiError as error:
            return Response.html(f"<h1>{escape(error.detail)}</h1>", 409 if error.status < 500 else 500)
    return provider.page_finished(subject, request)


def decision_page(provider: Provider, subject: PageSubject, *, action: str) -> str:
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in subject.facts.items())
    if subject.done:
        choices = '<p id="finished">This verification is already finished.</p>'
    else:
        choices = "".join(_form(outcome, action) for outcome in provider.outcomes)
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{escape(subject.title)} — idv emulator</title><style>{STYLE}</style>"
        f'</head><body data-provider="{escape(provider.name)}"><h1>{escape(subject.title)}</h1>'
        f"<p>Emulated {escape(provider.name)} page. Decide as the end user (or the provider) would.</p>"
        f'<table>{rows}</table><div id="outcomes">{choices}</div></body></html>'
    )


def result_page(*, provider: str, outcome: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Done — idv emulator</title></head>"
        f'<body data-provider="{escape(provider)}"><h1 id="result">{escape(outcome)}</h1>'
        "<p>No redirect URL was given; you can close this page.</p></body></html>"
    )


def _form(outcome: Outcome, action: str) -> str:
    fields = []
    for param in outcome.params:
        name = f"{outcome.value}-{param.name}"
        label = f'<label for="{escape(name)}">{escape(param.label)}</label>'
        if param.choices is None:
            fields.append(f'{label}<input id="{escape(name)}" name="{escape(param.name)}">')
        else:
            options = '<option value="">(default)</option>' + "".join(
                f'<option value="{escape(str(c))}">{escape(str(c))}</option>' for c in param.choices
            )
            fields.append(f'{label}<select id="{escape(name)}" name="{escape(param.name)}">{options}</select>')
    return (
        f'<form method="post" action="{escape(action)}">{"".join(fields)}'
        f'<button id="{escape(outcome.value)}" name="decision" value="{escape(outcome.value)}" type="submit">'
        f"{escape(outcome.label)}</button></form>"
    )


def _action(request: Request) -> str:
    query = request.query_string.decode("latin-1")
    return f"{request.prefix}{request.path}" + (f"?{query}" if query else "")
