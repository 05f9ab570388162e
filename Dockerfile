FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 1000 portal
WORKDIR /app

COPY pyproject.toml README.md ./
RUN pip install .

COPY --chown=portal:portal . .
RUN pybabel compile --domain django --directory locale \
    && pybabel compile --domain djangojs --directory locale \
    && DEBUG=1 python manage.py collectstatic --noinput --verbosity 0

USER portal
EXPOSE 8000
# Worker class, counts and the redacting access log: gunicorn.conf.py (WEB_CONCURRENCY, ...).
CMD ["gunicorn", "--config", "gunicorn.conf.py", "portal.wsgi", "--bind", "0.0.0.0:8000"]
