from summaries import shape
from tools.summaries import recorded_values


def test_kernel_depth_equals_input_depth_and_output_depth_equals_filters():
    cases = {
        "grayscale": (1, 1),
        "RGB": (3, 1),
        "64 feature maps": (64, 1),
        "RGB, 8 filters": (3, 8),
    }
    expected = {
        name: f"kernel {shape(3, 3, channels, filters)}".ljust(23)
        + f"output {shape(None, 32, 32, filters)}"
        for name, (channels, filters) in cases.items()
    }
    assert recorded_values("concepts/kernel_shapes_over_channels.py") == expected
