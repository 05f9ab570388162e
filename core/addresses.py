"""E-mail addresses as the mailer sends them: what a form accepts must be deliverable.

Django's EmailValidator accepts some addresses that smtplib cannot send (a dotless ı in the local
part matches its case-insensitive ASCII pattern; SMTP without SMTPUTF8 takes ASCII only), and
compares a Unicode domain and its punycode form, or a quoted local part and the same one
unquoted, as different mailboxes. `normalise_email` gives the one ASCII form that is both sent
and compared:

- no control or format characters, no spaces;
- the local part is an ASCII dot-atom (quotes around a plain dot-atom are dropped: `"ann"@x.nl`
  is `ann@x.nl`; anything that needs the quotes is refused);
- the domain is lower case, IDNA-encoded (punycode) as the mailer would, and valid in that form.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

DOT_ATOM = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*", re.ASCII
)


class UndeliverableAddress(ValueError):
    pass


def normalise_email(address: str) -> str:
    """The address as the mailer sends it, or UndeliverableAddress."""
    address = address.strip()
    if any(unicodedata.category(c) in {"Cc", "Cf", "Zs", "Zl", "Zp"} for c in address):
        raise UndeliverableAddress("control character or space")
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise UndeliverableAddress("no @")
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        local = local[1:-1]
    if not DOT_ATOM.fullmatch(local):
        raise UndeliverableAddress("local part")
    try:
        domain = domain.rstrip(".").lower().encode("idna").decode("ascii")
    except UnicodeError:
        raise UndeliverableAddress("domain") from None
    normalised = f"{local}@{domain}"
    try:
        validate_email(normalised)
    except ValidationError:
        raise UndeliverableAddress("invalid") from None
    return normalised
