"""Named values of tools/figures/feature_maps.py read the depth after each module. Here: the live
maps, which keep their height and width through the three modules."""

from mirror import snippet_of
from tools.figures import feature_maps
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)


@in_worker
def test_the_modules_keep_height_and_width():
    size = feature_maps.input_size.value
    output = namespace(SNIPPET)["x"]
    assert tuple(output.shape) == (None, size, size, feature_maps.after_module_3.value)
