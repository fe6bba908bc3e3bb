"""The arithmetic of convolutions, written out independently of Keras.

Every number that a page or a recorded output quotes is checked against these formulas.
"""


def conv_params(kernel: int, c_in: int, c_out: int, bias: bool = True) -> int:
    """Weights of a k x k convolution: k*k*C_in*C_out, plus one bias per filter."""
    return kernel * kernel * c_in * c_out + (c_out if bias else 0)


def conv_macs(height: int, width: int, kernel: int, c_in: int, c_out: int) -> int:
    """Multiply-accumulates of a k x k convolution producing a height x width x C_out output."""
    return height * width * kernel * kernel * c_in * c_out


def grouped(number: int) -> str:
    """A number as the pages and Keras print it: 1605696 -> '1,605,696'."""
    return f"{number:,}"
