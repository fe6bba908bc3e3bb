"""A network whose classifier is a 1x1 convolution runs on any image at
least as large as the window that one score depends on, 7 x 7 here. Without
global pooling it returns a map of class scores; with global average pooling
after the 1x1, one score vector per image. A classifier made of Flatten and
Dense is tied to the size it was built for."""

import keras
import numpy as np
from keras import layers

CLASSES = 10
SIZES = [(40, 40), (64, 96)]  # (height, width) of the two test images

# Height and width are left open (None): no layer below needs them.
image = keras.Input(shape=(None, None, 3), name="image")
x = layers.Conv2D(16, 3, strides=2, activation="relu", name="conv1")(image)
x = layers.Conv2D(32, 3, strides=2, activation="relu", name="conv2")(x)
# The classifier: a 1x1 convolution with one filter per class.
scores = layers.Conv2D(CLASSES, 1, name="classifier_1x1")(x)
score_map = keras.Model(image, scores, name="score_map")
# The same layers, with global average pooling after the classifier.
pooled = layers.GlobalAveragePooling2D(name="global_average")(scores)
block = keras.Model(image, pooled, name="pooled_scores")
block.summary(line_length=80)

rng = np.random.default_rng(0)
pictures = {s: rng.random((1, *s, 3), dtype=np.float32) for s in SIZES}
pooled_is_mean = []
for (height, width), picture in pictures.items():
    maps = keras.ops.convert_to_numpy(score_map(picture))
    vectors = keras.ops.convert_to_numpy(block(picture))
    print(f"image {height} x {width}, score map: {maps.shape}")
    print(f"image {height} x {width}, pooled scores: {vectors.shape}")
    pooled_is_mean.append(
        np.allclose(vectors, maps.mean(axis=(1, 2)), atol=1e-5)
    )
print(f"pooled scores = mean of the score map: {all(pooled_is_mean)}")

# A Dense classifier on the flattened features instead: built on the first
# image, its kernel has one row per feature of that image's map.
features = keras.Model(image, x, name="features")
dense = layers.Dense(CLASSES, name="dense")
for (height, width), picture in pictures.items():
    flat = layers.Flatten(name="flatten")(features(picture))
    print(f"image {height} x {width}, flattened features: {flat.shape[1]:,}")
    try:
        dense(flat)
        print(f"  Dense on them, kernel: {tuple(dense.kernel.shape)}")
    except ValueError as error:
        print(f"  Dense on them: {type(error).__name__}")
