"""Two builds of the same commit give the same site. Only the sitemaps carry the build date,
so only they may differ between builds made on different days; `make build` and `make publish`
set that date to the commit's (SOURCE_DATE_EPOCH), which makes their builds identical."""

from pathlib import Path

from site_build import build_site

DATED_FILES = {"sitemap.xml", "sitemap.xml.gz"}
A_DATE, A_DAY_LATER = "1700000000", str(1700000000 + 86400)


def contents(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def differences(first: Path, second: Path) -> set[str]:
    a, b = contents(first), contents(second)
    return {name for name in a.keys() | b.keys() if a.get(name) != b.get(name)}


def test_two_builds_with_one_date_are_identical(tmp_path):
    first = build_site(tmp_path / "first", SOURCE_DATE_EPOCH=A_DATE).directory
    second = build_site(tmp_path / "second", SOURCE_DATE_EPOCH=A_DATE).directory
    assert differences(first, second) == set()


def test_a_later_build_date_changes_only_the_sitemaps(tmp_path):
    first = build_site(tmp_path / "first", SOURCE_DATE_EPOCH=A_DATE).directory
    later = build_site(tmp_path / "later", SOURCE_DATE_EPOCH=A_DAY_LATER).directory
    assert differences(first, later) == DATED_FILES
