import keras
import pytest

from summaries import assert_summary, conv_row
from tools.catalogue import recording_of
from tools.figures import named_values
from tools.formulas import conv_params, grouped
from tools.summaries import recorded_summaries


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries("tutorial/baseline_3x3_conv.py")
    assert_summary(summary, "baseline", [conv_row("conv_3x3", 256, 256, 3, 3, 512)])


def test_recorded_total_gives_the_size_the_page_quotes():
    """Keras 3 prints the size of the parameters beside each total: 4 bytes per 32-bit
    parameter, in KB of 1,024 bytes. The page quotes it as tutorial.baseline_kib."""
    params = conv_params(3, 3, 512)
    size = f"{params * 4 / 1024:.2f} KB"
    recording = recording_of("tutorial/baseline_3x3_conv.py").read_text("utf-8")
    assert f" Total params: {grouped(params)} ({size})\n" in recording
    assert f"{named_values()['tutorial.baseline_kib']} KB" == size


def test_input_shape_argument_warns_in_keras_3():
    """The page says the snippets use keras.Input because Keras 3 warns about `input_shape=`."""
    with pytest.warns(UserWarning, match="input_shape"):
        keras.layers.Conv2D(8, (3, 3), input_shape=(8, 8, 3))
