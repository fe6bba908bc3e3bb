"""Parameters and multiply-accumulates of two worked examples, with and without
a 1x1 reduction."""

import keras
from keras import layers


def conv_stack(input_shape, *convs):
    """A model of 'same'-padded convolutions, each (filters, kernel size)."""
    return keras.Sequential(
        [keras.Input(shape=input_shape)]
        + [
            layers.Conv2D(filters, kernel, padding="same")
            for filters, kernel in convs
        ]
    )


def multiply_accumulates(model):
    """One multiply-accumulate per kernel weight, per output position."""
    total = 0
    for layer in model.layers:
        _, height, width, _ = layer.output.shape
        kernel_height, kernel_width, c_in, c_out = layer.kernel.shape
        total += height * width * kernel_height * kernel_width * c_in * c_out
    return total


examples = {
    "7x7 conv, 64 filters, over 256x256x512": (
        conv_stack((256, 256, 512), (64, 7)),
        conv_stack((256, 256, 512), (64, 1), (64, 7)),
    ),
    "5x5 conv, 32 filters, over 28x28x192": (
        conv_stack((28, 28, 192), (32, 5)),
        conv_stack((28, 28, 192), (16, 1), (32, 5)),
    ),
}
for title, (direct, reduced) in examples.items():
    print(title)
    for label, model in [("direct", direct), ("1x1 reduction first", reduced)]:
        print(
            f"  {label:<20} {model.count_params():>11,} parameters"
            f" {multiply_accumulates(model):>16,} multiply-accumulates"
        )
    params_ratio = direct.count_params() / reduced.count_params()
    macs_ratio = multiply_accumulates(direct) / multiply_accumulates(reduced)
    print(
        f"  {params_ratio:.1f}x fewer parameters,"
        f" {macs_ratio:.1f}x fewer multiply-accumulates"
    )
