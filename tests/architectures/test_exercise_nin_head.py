"""Named values of tools/figures/nin.py read both heads' parameters. Here: the live heads, which
read the same features and give one score per class."""

from mirror import snippet_of
from tools.figures import nin
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)


@in_worker
def test_both_heads_give_one_score_per_class_from_the_same_features():
    defined = namespace(SNIPPET)
    nin_head, dense_head = defined["nin_head"], defined["dense_head"]
    assert nin_head.input_shape == dense_head.input_shape
    assert nin_head.output_shape == dense_head.output_shape == (None, nin.classes.value)
    assert nin_head.get_layer("cccp_to_classes").kernel.shape[:2] == (1, 1)
