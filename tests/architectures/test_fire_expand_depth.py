import re

from mirror import snippet_of
from tools.arithmetic.networks import squeezenet_fire_modules
from tools.catalogue import recording_of

SNIPPET = snippet_of(__file__)
ROW = re.compile(r"^(fire\d)\s+(\d+)\s+(\d+)\s+(\d+) \+ (\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)$", re.M)
MODULES = squeezenet_fire_modules()


def printed() -> dict[str, str]:
    return {
        "smallest output depth / input depth": f"{min(m.c_out / m.c_in for m in MODULES):.2f}",
    }


def test_every_module_has_the_depths_of_table_1():
    rows = ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    expected = [
        (
            m.name,
            str(m.c_in),
            str(m.squeeze),
            str(m.expand_1x1),
            str(m.expand_3x3),
            str(m.c_out),
            f"{m.c_out / m.squeeze:.1f}",
            f"{m.c_out / m.c_in:.2f}",
        )
        for m in MODULES
    ]
    assert rows == expected


def test_expand_layers_expand_the_squeezed_maps_not_always_the_input():
    same = [m.name for m in MODULES if m.c_out == m.c_in]
    assert same == ["fire3", "fire5", "fire7", "fire9"]
    assert all(m.c_out >= m.c_in for m in MODULES)
    assert f"  ({', '.join(same)})\n" in recording_of(SNIPPET).read_text("utf-8")
