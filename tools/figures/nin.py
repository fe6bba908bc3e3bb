"""Figures of docs/architectures/network-in-network.md: an mlpconv layer checked against the
MLP it slides over the image, the CIFAR-10 Network in Network of the first author's
cuda-convnet definition, and its classifier head against a fully connected one."""

from tools.arithmetic.layers import Dense, conv_params, dense_params
from tools.arithmetic.networks import NIN_CIFAR10
from tools.figures.figure import Figure, Printed

NETWORK = "architectures/network_in_network.py"
MLPCONV = "architectures/nin_mlpconv_as_mlp.py"
HEAD = "architectures/exercise_nin_head.py"

# The mlpconv check: a 3 x 3 patch of 3 channels into an MLP of 16, 16 and 10 units.
_demo_patch = 3 * 3 * 3
_demo_layers = [Dense(_demo_patch, 16), Dense(16, 16), Dense(16, 10)]
mlpconv_demo_params = Figure(
    sum(layer.params for layer in _demo_layers),
    printed=Printed(MLPCONV, model="mlpconv"),
)
mlp_demo_params = Figure(mlpconv_demo_params.value, printed=Printed(MLPCONV, model="mlp"))
mlpconv_demo_positions = Figure(
    (8 - 3 + 1) ** 2, printed=Printed(MLPCONV, label="positions the MLP is applied at")
)

# The network: its input, the depths of its first and last mlpconv blocks, and its classes.
image_size = Figure(
    32, printed=Printed(NETWORK, model="network_in_network", layer="mlpconv1_conv", dimension=1)
)
classes = Figure(
    NIN_CIFAR10[-1].filters[-1],
    printed=Printed(NETWORK, model="network_in_network", layer="mlpconv3_cccp2", dimension=3),
)
last_depth = Figure(
    NIN_CIFAR10[-1].filters[1],
    printed=Printed(NETWORK, model="network_in_network", layer="mlpconv3_cccp1", dimension=3),
)
# The first mlpconv block: its convolution's depth, and the depth its two 1x1 layers leave.
first_conv_depth = Figure(
    NIN_CIFAR10[0].filters[0],
    printed=Printed(NETWORK, model="network_in_network", layer="mlpconv1_conv", dimension=3),
)
first_block_depth = Figure(
    NIN_CIFAR10[0].filters[-1],
    printed=Printed(NETWORK, model="network_in_network", layer="mlpconv1_cccp2", dimension=3),
)
final_map_size = Figure(
    image_size.value // 4,  # two max poolings with stride 2
    printed=Printed(NETWORK, model="network_in_network", layer="mlpconv3_cccp2", dimension=1),
)

# The exercise: the two heads over the last block's 8 x 8 x 192 features.
_features = final_map_size.value**2 * last_depth.value
head_params = Figure(
    conv_params(1, last_depth.value, classes.value),
    printed=Printed(HEAD, label="1x1 convolution + global average pooling"),
)
dense_head_params = Figure(
    dense_params(_features, classes.value),
    printed=Printed(HEAD, label="flatten + fully connected layer"),
)
dense_to_nin_head = Figure(dense_head_params.value / head_params.value, ".0f")
