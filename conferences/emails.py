"""E-mails to registrants. (Minimal version; the full rendering and sending follows.)"""

from conferences.models import OutgoingEmail


def queue_email(registration, kind) -> OutgoingEmail:
    """Record the e-mail now, inside the caller's transaction; send it once that commits."""
    email = OutgoingEmail.objects.create(registration=registration, kind=kind)
    return email
