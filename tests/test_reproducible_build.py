"""Builds are reproducible: a second build of the same sources, dated a day later, differs from
the check's build only in the sitemaps' dates. So two builds with one date (`make build` and
`make publish` date the build by the commit) are identical."""

import gzip
from pathlib import Path

from site_build import BUILD_DATE, build_site

DATED_FILES = {"sitemap.xml", "sitemap.xml.gz"}
A_DAY_LATER = str(int(BUILD_DATE) + 86400)


def contents(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_a_later_build_differs_only_in_the_sitemap_dates(built_site, tmp_path):
    first = contents(built_site.directory)
    later = contents(build_site(tmp_path / "later", SOURCE_DATE_EPOCH=A_DAY_LATER).directory)
    changed = {name for name in first.keys() | later.keys() if first.get(name) != later.get(name)}
    assert changed == DATED_FILES

    def sitemap(files):
        return gzip.decompress(files["sitemap.xml.gz"]).decode(), files["sitemap.xml"].decode()

    dates = ("2023-11-14", "2023-11-15")  # the days of BUILD_DATE and A_DAY_LATER
    assert all(dates[0] in text for text in sitemap(first))
    assert [text.replace(dates[0], dates[1]) for text in sitemap(first)] == list(sitemap(later))
