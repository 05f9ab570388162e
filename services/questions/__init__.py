"""Questions to a desk: enquiries, their thread, e-mails, references and retention."""
