#!/bin/sh
# Back up and restore the portal's PostgreSQL database (docs/operations.md, "Backups").
#
#   deploy/backup.sh dump FILE       pg_dump of $DATABASE_URL in the custom format, to FILE
#   deploy/backup.sh restore FILE    pg_restore of FILE into $DATABASE_URL: its tables are
#                                    replaced, in one transaction (nothing changes if it fails)
#
# DATABASE_URL is a libpq URI (postgres://user:password@host:5432/name). The dump holds personal
# data of registrants: keep backups no longer than the retention period, and encrypted off-site.
set -eu

usage() {
  echo "usage: $0 dump FILE | restore FILE   (with DATABASE_URL set)" >&2
  exit 2
}

[ $# -eq 2 ] || usage
: "${DATABASE_URL:?DATABASE_URL must be set}"
# libpq takes postgres:// and postgresql://; dj-database-url's other spellings it does not.
url=$(printf '%s' "$DATABASE_URL" | sed 's#^postgis://#postgres://#; s#^pgsql://#postgres://#')

case "$1" in
  dump)
    tmp="$2.partial"
    pg_dump --format=custom --no-owner --no-privileges --file="$tmp" "$url"
    mv "$tmp" "$2"  # only a complete dump gets the name
    echo "dumped to $2 ($(wc -c <"$2") bytes)"
    ;;
  restore)
    [ -r "$2" ] || { echo "cannot read $2" >&2; exit 1; }
    pg_restore --list "$2" >/dev/null  # a truncated or foreign file stops here, before any change
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
      --exit-on-error --dbname="$url" "$2"
    echo "restored $2"
    ;;
  *)
    usage
    ;;
esac
