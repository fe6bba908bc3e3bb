import re

from tools.catalogue import recording_of
from tools.formulas import squeezenet_fire_depths
from tools.summaries import recorded_values

SNIPPET = "architectures/fire_expand_depth.py"
ROW = re.compile(r"^(fire\d)\s+(\d+)\s+(\d+)\s+(\d+) \+ (\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)$", re.M)


def test_every_module_has_the_depths_of_table_1():
    rows = ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    expected = [
        (
            name,
            str(depth_in),
            str(squeeze),
            str(e1),
            str(e3),
            str(depth_out),
            f"{depth_out / squeeze:.1f}",
            f"{depth_out / depth_in:.2f}",
        )
        for name, depth_in, squeeze, e1, e3, depth_out in squeezenet_fire_depths()
    ]
    assert rows == expected


def test_expand_layers_expand_the_squeezed_maps_not_always_the_input():
    modules = squeezenet_fire_depths()
    same = [name for name, depth_in, *_, depth_out in modules if depth_out == depth_in]
    [expansion] = {depth_out / squeeze for _, _, squeeze, _, _, depth_out in modules}
    _, fire2_in, *_, fire2_out = modules[0]
    assert same == ["fire3", "fire5", "fire7", "fire9"]
    assert all(depth_out >= depth_in for _, depth_in, *_, depth_out in modules)
    assert recorded_values(SNIPPET) == {
        "output depth / squeeze depth, every module": f"{expansion:.1f}",
        "fire2 output depth / input depth": f"{fire2_out / fire2_in:.2f}",
        "smallest output depth / input depth": "1.00",
        "modules as deep at the output as at the input": str(len(same)),
    }
