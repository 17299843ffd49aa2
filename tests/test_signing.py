"""The SCP signature, and the headers ScpAuth puts on the wire."""

from __future__ import annotations

import base64
import hashlib
import hmac

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver.signing import ScpAuth

BASE = "https://virtualserver.kr-west1.e.samsungsdscloud.com"

# Computed outside Python, with `printf '%s' "$MESSAGE" | openssl dgst -sha256 -hmac KEY -binary
# | base64`, where MESSAGE = METHOD + URL + TIMESTAMP + ACCESS_KEY + "Openapi".
VECTORS = [
    (
        "DELETE",
        f"{BASE}/v1/servers/2a9be312-5d4b-4bc8-b2ae-35100fa9241f",
        1605290625682,
        "AK",
        "SK",
        "xusgRuQUi4DQ81L4g+ZC1HPLkPV9oNgQyqXPcYQN0us=",
    ),
    (
        "GET",
        f"{BASE}/v1/servers?limit=20&marker=2a9be312-5d4b-4bc8-b2ae-35100fa9241f&name=web%20",
        1605290625682,
        "AK",
        "SK",
        "2N5J33OACjavzSx3CG/7m0cf/33Y3cYOVwrwv4bsbO0=",
    ),
    (
        "GET",
        "https://virtualserver.kr-east1.s.samsungsdscloud.com/v1/servers?name=%EC%84%9C%EB%B2%84%20one",
        1700000000000,
        "my-access-key",
        "SK",
        "+mkxJk82SZzoDFJI7KWT8ZD2ji/fhKkpmlfcvA2Q0eM=",
    ),
    (
        "GET",
        "https://virtualserver.kr-east1.s.samsungsdscloud.com/v1/servers?name=%EC%84%9C%EB%B2%84%20one",
        1700000000000,
        "my-access-key",
        "비밀-secret",
        "SUs+uhYqPTTMYYTm3g+woweDxofnKGAe2rMD49ni8/k=",
    ),
]


@pytest.mark.parametrize(("method", "url", "timestamp", "access", "secret", "expected"), VECTORS)
def test_sign_matches_vectors_computed_with_openssl(
    method: str, url: str, timestamp: int, access: str, secret: str, expected: str
) -> None:
    assert vs.sign(method, url, timestamp, access, secret) == expected


def test_sign_is_the_stated_formula() -> None:
    message = f"DELETE{BASE}/v1/servers/x1605290625682AKOpenapi".encode()
    expected = base64.b64encode(hmac.new(b"SK", message, hashlib.sha256).digest()).decode()
    assert vs.sign("delete", f"{BASE}/v1/servers/x", "1605290625682", "AK", "SK") == expected


def test_signature_depends_on_every_part() -> None:
    base = ("DELETE", f"{BASE}/v1/servers/a", 1605290625682, "AK", "SK")
    reference = vs.sign(*base)
    variants = [
        ("GET", *base[1:]),
        (base[0], base[1] + "?x=1", *base[2:]),
        (*base[:2], 1605290625683, *base[3:]),
        (*base[:3], "AK2", base[4]),
        (*base[:4], "SK2"),
    ]
    assert all(vs.sign(*variant) != reference for variant in variants)


def _capture(auth: httpx.Auth) -> tuple[httpx.Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    return httpx.Client(auth=auth, transport=httpx.MockTransport(handler)), seen


def test_auth_puts_all_six_headers_on_the_wire_and_signs_the_final_url() -> None:
    auth = ScpAuth(vs.Credentials("AK", "SK"), api_version="1.3", timestamp=lambda: 1605290625682)
    client, seen = _capture(auth)
    client.get(f"{BASE}/v1/servers", params={"name": "web 1", "limit": 20})
    (request,) = seen
    url = str(request.url)
    assert url == f"{BASE}/v1/servers?name=web+1&limit=20"
    assert request.headers["Scp-Accesskey"] == "AK"
    assert request.headers["Scp-Timestamp"] == "1605290625682"
    assert request.headers["Scp-ClientType"] == "Openapi"
    assert request.headers["Accept-Language"] == "en-US"
    assert request.headers["Scp-Api-Version"] == "virtualserver 1.3"
    assert request.headers["Scp-Signature"] == vs.sign("GET", url, 1605290625682, "AK", "SK")


def test_auth_keeps_a_version_header_the_request_already_has() -> None:
    auth = ScpAuth(vs.Credentials("AK", "SK"), api_version="1.3")
    client, seen = _capture(auth)
    client.delete(f"{BASE}/v1/servers/a", headers={"Scp-Api-Version": "virtualserver 1.1"})
    assert seen[0].headers["Scp-Api-Version"] == "virtualserver 1.1"


def test_every_attempt_is_signed_anew() -> None:
    stamps = iter([1700000000000, 1700000000500])
    auth = ScpAuth(vs.Credentials("AK", "SK"), timestamp=lambda: next(stamps))
    client, seen = _capture(auth)
    client.delete(f"{BASE}/v1/servers/a")
    client.delete(f"{BASE}/v1/servers/a")
    first, second = seen
    assert first.headers["Scp-Timestamp"] != second.headers["Scp-Timestamp"]
    assert first.headers["Scp-Signature"] != second.headers["Scp-Signature"]


async def test_auth_works_for_the_async_client() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    auth = ScpAuth(vs.Credentials("AK", "SK"), timestamp=lambda: 1605290625682)
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler)) as client:
        await client.delete(f"{BASE}/v1/servers/a")
    expected = vs.sign("DELETE", f"{BASE}/v1/servers/a", 1605290625682, "AK", "SK")
    assert seen[0].headers["Scp-Signature"] == expected


def test_auth_refuses_an_unknown_language() -> None:
    with pytest.raises(vs.InvalidParameterError, match="ko-KR"):
        ScpAuth(vs.Credentials("AK", "SK"), language="fr-FR")


def test_secret_never_in_repr_or_str() -> None:
    credentials = vs.Credentials("AKIA-0123456789", "super-secret-value")
    auth = ScpAuth(credentials)
    for text in (repr(credentials), str(credentials), repr(auth), str(auth)):
        assert "super-secret-value" not in text
        assert "AKIA-0123456789" not in text  # the access key masked: its start only
    assert "'AKIA\u2026'" in repr(credentials)
