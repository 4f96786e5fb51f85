"""Fetching a URL on a user's behalf without letting them reach the server's own network.

A server that fetches what it is told to is a way into everything it can reach
(SSRF). Every hop is resolved here, every address checked, and the connection is
made to the checked address itself, so a name that resolves differently the second
time (DNS rebinding) cannot slip through. Redirects are followed by hand, each one
checked again; size and time are capped.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from ..errors import ConfigError, Errors, InputRejected

__all__ = ["FetchPolicy", "Fetched", "Network", "fetch_url", "parse_networks", "refusal"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """What a fetch may reach and how much it may take."""

    allow: tuple[Network, ...] = ()
    max_bytes: int = 5_000_000
    timeout: float = 10.0
    max_redirects: int = 3
    user_agent: str = "retold (+https://github.com/retold)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content_type: str
    content: bytes
    redirects: list[str] = field(default_factory=list)


def parse_networks(values: Sequence[str]) -> tuple[Network, ...]:
    """'10.0.0.0/8', '127.0.0.1' or '::1' into networks; ConfigError (E315) otherwise."""
    out: list[Network] = []
    for value in values:
        try:
            out.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ConfigError(Errors.E315.format(value=value)) from None
    return tuple(out)


def refusal(address: Address) -> str | None:
    """Why an address is off limits by default ('loopback', 'private', ...), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_unspecified:
        return "unspecified"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private"
    if address.is_reserved or not address.is_global:
        return "reserved"
    return None


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _checked_address(url: httpx.URL, policy: FetchPolicy, resolve: Resolver) -> Address:
    """The address to connect to; InputRejected when none may be used."""
    shown = str(url)
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        literal: Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        candidates = [literal]
    else:
        try:
            candidates = [ipaddress.ip_address(a.split("%")[0]) for a in resolve(host, port)]
        except (OSError, UnicodeError, ValueError):
            candidates = []
        if not candidates:
            raise InputRejected(Errors.E309.format(url=shown, host=host))
    # Every address the name has must be allowed: otherwise the one picked is luck.
    for address in candidates:
        why = refusal(address)
        if why is not None and not any(address in net for net in policy.allow):
            raise InputRejected(Errors.E308.format(url=shown, host=host, kind=why, address=address))
    return candidates[0]


def _target(url: httpx.URL, address: Address) -> tuple[httpx.URL, dict[str, str]]:
    """The URL with the checked address as its host, and the Host header of the original."""
    ip = f"[{address}]" if isinstance(address, ipaddress.IPv6Address) else str(address)
    pinned = url.copy_with(host=ip.strip("[]"))
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    return pinned, {"Host": host}


def fetch_url(
    url: str, *, policy: FetchPolicy | None = None, resolve: Resolver = _resolve
) -> Fetched:
    """GET ``url`` under ``policy``; InputRejected (E307-E313) says why it was refused."""
    policy = policy or FetchPolicy()
    deadline = time.monotonic() + policy.timeout
    redirects: list[str] = []
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise InputRejected(Errors.E307.format(url=url)) from None
    with httpx.Client(timeout=policy.timeout, follow_redirects=False, trust_env=False) as client:
        while True:
            if current.scheme not in ("http", "https") or not current.host:
                raise InputRejected(Errors.E307.format(url=str(current)))
            if time.monotonic() > deadline:
                raise InputRejected(Errors.E312.format(url=url, seconds=f"{policy.timeout:g}"))
            address = _checked_address(current, policy, resolve)
            pinned, headers = _target(current, address)
            headers["User-Agent"] = policy.user_agent
            extensions = {"sni_hostname": current.host} if current.scheme == "https" else {}
            try:
                response = _get(client, pinned, headers, extensions, policy, deadline, str(current))
            except httpx.TimeoutException:
                raise InputRejected(
                    Errors.E312.format(url=str(current), seconds=f"{policy.timeout:g}")
                ) from None
            except httpx.HTTPError as exc:
                detail = str(exc) or type(exc).__name__
                raise InputRejected(Errors.E313.format(url=str(current), detail=detail)) from None
            status, location, content_type, content = response
            if status in _REDIRECTS and location:
                if len(redirects) >= policy.max_redirects:
                    raise InputRejected(Errors.E310.format(url=url, limit=policy.max_redirects))
                redirects.append(str(current))
                current = current.join(location)
                continue
            if status >= 400:
                raise InputRejected(Errors.E313.format(url=str(current), detail=f"HTTP {status}"))
            return Fetched(str(current), content_type, content, redirects)


def _get(
    client: httpx.Client,
    pinned: httpx.URL,
    headers: dict[str, str],
    extensions: dict[str, str],
    policy: FetchPolicy,
    deadline: float,
    shown: str,
) -> tuple[int, str | None, str, bytes]:
    request = client.build_request("GET", pinned, headers=headers, extensions=extensions)
    response = client.send(request, stream=True)
    try:
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > policy.max_bytes:
            raise InputRejected(Errors.E311.format(url=shown, limit=policy.max_bytes))
        chunks: list[bytes] = []
        size = 0
        if response.status_code not in _REDIRECTS:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > policy.max_bytes:
                    raise InputRejected(Errors.E311.format(url=shown, limit=policy.max_bytes))
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("deadline passed", request=request)
                chunks.append(chunk)
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        return (
            response.status_code,
            response.headers.get("location"),
            content_type,
            b"".join(chunks),
        )
    finally:
        response.close()
