import pytest

from mirror import assert_summary, conv_row, snippet_of
from tools.catalogue import recording_of
from tools.figures import tutorial
from tools.printed import recorded_summaries
from tools.runner import in_worker

SNIPPET = snippet_of(__file__)
SIZE, CHANNELS = tutorial.image_size.value, tutorial.channels.value


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(summary, "baseline", [conv_row("conv_3x3", SIZE, SIZE, 3, 3, CHANNELS)])


def test_recorded_total_gives_the_size_the_page_quotes():
    """Keras 3 prints the size of the parameters beside each total: 4 bytes per 32-bit
    parameter, in KB of 1,024 bytes. The page quotes it as tutorial.baseline_kib."""
    total = f" Total params: {tutorial.baseline_params} ({tutorial.baseline_kib} KB)\n"
    assert total in recording_of(SNIPPET).read_text("utf-8")


@in_worker
def test_input_shape_argument_warns_in_keras_3():
    """The page says the snippets use keras.Input because Keras 3 warns about `input_shape=`."""
    import keras

    with pytest.warns(UserWarning, match="input_shape"):
        keras.layers.Conv2D(8, (3, 3), input_shape=(8, 8, 3))
