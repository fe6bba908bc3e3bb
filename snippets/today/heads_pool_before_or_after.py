"""Global average pooling and a 1x1 classifier without an activation give
the same scores in either order, but pooling first leaves the 1x1 a single
position to compute. With a ReLU after the 1x1, the order matters.
keras.applications.MobileNet pools first."""

import keras
import numpy as np
from keras import layers

HEIGHT, WIDTH, CHANNELS, CLASSES = 7, 7, 64, 10

rng = np.random.default_rng(0)
# Feature maps as a ReLU leaves them (no negative values), and one set of
# 1x1 weights for every classifier below.
maps = rng.random((2, HEIGHT, WIDTH, CHANNELS), dtype=np.float32)
weights = [
    rng.standard_normal((1, 1, CHANNELS, CLASSES), dtype=np.float32) / 8,
    rng.standard_normal(CLASSES, dtype=np.float32) / 8,
]


def head(pool_first, activation=None):
    """Global average pooling before or after a 1x1 classifier."""
    features = keras.Input(shape=(HEIGHT, WIDTH, CHANNELS), name="features")
    classifier = layers.Conv2D(
        CLASSES, 1, activation=activation, name="classifier_1x1"
    )
    pool = layers.GlobalAveragePooling2D(keepdims=True, name="pool")
    x = (
        classifier(pool(features))
        if pool_first
        else pool(classifier(features))
    )
    scores = layers.Flatten(name="scores")(x)
    name = "pool_then_classify" if pool_first else "classify_then_pool"
    model = keras.Model(features, scores, name=name)
    classifier.set_weights(weights)
    return model, classifier


late, late_1x1 = head(pool_first=False)
early, early_1x1 = head(pool_first=True)
late.summary(line_length=80)
early.summary(line_length=80)
# A 1x1 kernel does one multiply-accumulate per weight at each position.
for model, layer in ((late, late_1x1), (early, early_1x1)):
    positions = np.prod(layer.output.shape[1:3])
    macs = positions * np.prod(layer.kernel.shape)
    print(f"{model.name} multiply-accumulates: {macs:,}")
same = np.allclose(
    keras.ops.convert_to_numpy(late(maps)),
    keras.ops.convert_to_numpy(early(maps)),
    atol=1e-5,
)
print(f"same scores in either order: {same}")

# With a ReLU after the 1x1 (SqueezeNet's conv10 has one), they differ.
late, _ = head(pool_first=False, activation="relu")
early, _ = head(pool_first=True, activation="relu")
same = np.allclose(
    keras.ops.convert_to_numpy(late(maps)),
    keras.ops.convert_to_numpy(early(maps)),
    atol=1e-5,
)
print(f"same scores in either order, ReLU after the 1x1: {same}")

# keras.applications.MobileNet, made small (a quarter of the channels, a
# 96 x 96 image, ten classes): the map its pooling averages (its layers
# divide the image's side by 32), then the layers of its classifier.
mobilenet = keras.applications.MobileNet(
    weights=None, alpha=0.25, input_shape=(96, 96, 3), classes=CLASSES
)
print()
print(f"MobileNet input: {mobilenet.input.shape}")
print(f"pooling input: {mobilenet.layers[-5].input.shape}")
for layer in mobilenet.layers[-5:]:
    kind = type(layer).__name__
    # Keras names every layer here but the pooling: its automatic name,
    # global_average_pooling2d, gets a suffix (_1, ...) when the model is
    # built again in the same session, so "-" stands for it.
    name = "-" if kind == "GlobalAveragePooling2D" else layer.name
    print(f"{name:<26}{kind:<24}{layer.output.shape}")
conv_preds = mobilenet.get_layer("conv_preds")
print(f"conv_preds kernel: {tuple(conv_preds.kernel.shape)}")
print(f"conv_preds input: {conv_preds.input.shape}")
output = mobilenet.get_layer("predictions").activation.__name__
print(f"predictions activation: {output}")
