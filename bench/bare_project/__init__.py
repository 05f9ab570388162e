"""`make bench`'s reference: the smallest Django project on the portal's gunicorn (bench/run.py)."""
