"""The calculator page in headless Chromium: its arithmetic agrees with tools/arithmetic/layers.py,
which agrees with Keras (parameters from count_params(), output shapes from
compute_output_shape(), in the TensorFlow worker) on every case a test here types; it refuses what
Keras refuses with the page's message, its table shows those numbers as a reader types them, and
its form works from the keyboard alone.
"""

from functools import partial
from typing import NamedTuple

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from browser import focused, open_page, press, tab_to
from tools.arithmetic.layers import (
    conv_macs,
    conv_output_size,
    depthwise_conv_weights,
    depthwise_macs,
    grouped_conv_macs,
    grouped_conv_weights,
)
from tools.figures import calculator as calculator_page
from tools.runner import in_worker

# `make check PAGES=docs/tools/calculator.md` runs these too (tests/page_selection.py).
pytestmark = pytest.mark.page("tools/calculator.md")


class Case(NamedTuple):
    """A calculator input: a Conv2D (output channels, groups) or a DepthwiseConv2D (depth
    multiplier) with a stride and a padding, and the width of a 1×1 reduction in front of it."""

    kind: str
    height: int
    width: int
    c_in: int
    kernel: int
    stride: int
    padding: str
    bottleneck: int
    c_out: int | None = None
    groups: int = 1
    multiplier: int = 1

    def __str__(self):
        layer = (
            f"{self.groups} groups to {self.c_out}"
            if self.kind == "conv"
            else f"x{self.multiplier}"
        )
        return (
            f"{self.kind} {self.height}x{self.width}x{self.c_in} k{self.kernel} s{self.stride} "
            f"{self.padding} {layer}, reduced to {self.bottleneck}"
        )


CALCULATOR_CASES = [
    Case("conv", 28, 28, 192, 5, 1, "same", 16, c_out=32),  # the page's default
    Case("conv", 14, 14, 1024, 3, 1, "same", 256, c_out=256),
    Case("conv", 32, 32, 3, 7, 1, "same", 1, c_out=16),
    Case("conv", 10, 20, 64, 1, 1, "same", 200, c_out=64),  # a reduction wider than its input
    Case("conv", 15, 15, 64, 3, 2, "same", 32, c_out=128),  # ceil(15 / 2) = 8
    Case("conv", 15, 17, 64, 3, 2, "valid", 32, c_out=96, groups=2),
    Case("conv", 14, 14, 256, 3, 1, "same", 64, c_out=256, groups=4),
    Case("conv", 7, 9, 128, 1, 2, "same", 32, c_out=64, groups=8),
    Case("conv", 28, 28, 240, 1, 1, "same", 60, c_out=240, groups=3),
    Case("conv", 33, 31, 32, 5, 3, "valid", 32, c_out=32, groups=32),  # a channel per group
    Case("depthwise", 112, 112, 32, 3, 1, "same", 16),
    Case("depthwise", 15, 15, 64, 3, 2, "same", 32, multiplier=2),
    Case("depthwise", 13, 11, 24, 5, 2, "valid", 24, multiplier=2),  # same output depth
    Case("depthwise", 7, 7, 1024, 3, 1, "valid", 256),
    # 9,007,198,187,187,600 MACs, just within the largest count the page can hold exactly.
    Case("conv", 10545140, 10545140, 3, 3, 1, "same", 1, c_out=3),
]


def form_values(case: Case) -> dict:
    """The case as the calculator's form fields and oneByOneCost's argument name it."""
    values = dict(
        kind=case.kind,
        height=case.height,
        width=case.width,
        cIn=case.c_in,
        kernel=case.kernel,
        stride=case.stride,
        padding=case.padding,
        bottleneck=case.bottleneck,
    )
    if case.kind == "depthwise":
        return values | dict(multiplier=case.multiplier)
    return values | dict(cOut=case.c_out, groups=case.groups)


def keras_cost(height: int, width: int, layers: list) -> dict:
    """Parameters, output shape and MACs of layers applied in sequence to a height x width
    input: parameters from Keras's count_params(), shapes from its compute_output_shape(), and
    MACs from tools/arithmetic/layers.py at the output positions Keras gives. Each layer comes
    with the channels it reads and its MACs as a function of its output's height and width."""
    params = macs = 0
    for layer, c_in, layer_macs in layers:
        shape = (None, height, width, c_in)
        layer.build(shape)
        params += layer.count_params()
        _, height, width, channels = layer.compute_output_shape(shape)
        macs += layer_macs(height, width)
    return {"shape": [height, width, channels], "params": params, "macs": macs}


def keras_costs(case: Case) -> dict:
    """What Keras and the formulas give for the case's convolution alone and after its 1×1
    reduction; Keras raises ValueError for a combination it refuses."""
    import keras  # here: only the worker runs this

    def convolution(c_in):
        if case.kind == "depthwise":
            layer = keras.layers.DepthwiseConv2D(
                case.kernel,
                strides=case.stride,
                padding=case.padding,
                depth_multiplier=case.multiplier,
            )
            macs = partial(
                depthwise_macs, kernel=case.kernel, channels=c_in, multiplier=case.multiplier
            )
        else:
            layer = keras.layers.Conv2D(
                case.c_out,
                case.kernel,
                strides=case.stride,
                padding=case.padding,
                groups=case.groups,
            )
            macs = partial(
                grouped_conv_macs,
                kernel=case.kernel,
                c_in=c_in,
                c_out=case.c_out,
                groups=case.groups,
            )
        return layer, c_in, macs

    reduction = (
        keras.layers.Conv2D(case.bottleneck, 1),
        case.c_in,
        partial(conv_macs, kernel=1, c_in=case.c_in, c_out=case.bottleneck),
    )
    return {
        "direct": keras_cost(case.height, case.width, [convolution(case.c_in)]),
        "reduced": keras_cost(case.height, case.width, [reduction, convolution(case.bottleneck)]),
    }


def exact_costs(case: Case) -> dict:
    """keras_costs's figures from tools/arithmetic/layers.py alone, in Python's whole numbers,
    which are exact at any size: for layers too large for Keras to build."""

    def layer(c_in, kernel, stride, padding, kind, c_out, groups):
        height, width = (
            conv_output_size(size, kernel, stride, padding) for size in (case.height, case.width)
        )
        if kind == "depthwise":
            c_out = c_in * case.multiplier
            weights = depthwise_conv_weights(kernel, c_in, case.multiplier)
        else:
            weights = grouped_conv_weights(kernel, c_in, c_out, groups)
        return {
            "shape": [height, width, c_out],
            "params": weights + c_out,
            "macs": height * width * weights,
        }

    convolution = partial(
        layer,
        kernel=case.kernel,
        stride=case.stride,
        padding=case.padding,
        kind=case.kind,
        c_out=case.c_out,
        groups=case.groups,
    )
    reduction = layer(case.c_in, 1, 1, "same", "conv", case.bottleneck, 1)
    after = convolution(case.bottleneck)
    return {
        "direct": convolution(case.c_in),
        "reduced": {
            "shape": after["shape"],
            "params": reduction["params"] + after["params"],
            "macs": reduction["macs"] + after["macs"],
        },
    }


@pytest.fixture
def calculator(browser, site_url):
    """The calculator page, loaded anew for a test that types into it."""
    open_page(browser, site_url + "tools/calculator/")
    return browser


@pytest.fixture
def one_by_one_cost(browser, site_url):
    """The page's own arithmetic, `oneByOneCost(form values)`, which reads nothing but its
    argument: the page is loaded only if the browser is elsewhere."""
    url = site_url + "tools/calculator/"
    if browser.current_url != url:
        open_page(browser, url)
    return lambda values: browser.execute_script("return oneByOneCost(arguments[0])", values)


@pytest.mark.parametrize("case", CALCULATOR_CASES, ids=str)
def test_calculator_arithmetic_matches_the_formulas(one_by_one_cost, case):
    assert one_by_one_cost(form_values(case)) == exact_costs(case)


# Past Number.MAX_SAFE_INTEGER a browser's numbers skip whole numbers, and past about 1.8e308
# they are Infinity: counts there would be silently wrong.
LARGEST_EXACT = calculator_page.largest_exact_count
TOO_LARGE = f"The counts pass {LARGEST_EXACT}, beyond which the calculator cannot count exactly."
TOO_LARGE_INPUT = (
    f"A number entered passes {LARGEST_EXACT}, beyond which the calculator cannot count exactly."
)
TOO_LARGE_CASES = [
    # 9,007,199,895,500,361 MACs, the smallest square input past the limit for this layer.
    Case("conv", 10545141, 10545141, 3, 3, 1, "same", 1, c_out=3),
    # 13,792,272,214,655,025 MACs, which JavaScript's numbers make ...024.
    Case("conv", 4097, 4097, 4095, 7, 1, "same", 16, c_out=4095),
    # Infinity in JavaScript: a reduction that "costs more" than an infinite convolution.
    pytest.param(
        Case("conv", 10**200, 10**200, 4, 3, 1, "same", 2, c_out=4),
        id="conv 1e200x1e200x4 k3 s1 same 1 groups to 4, reduced to 2",
    ),
    Case("depthwise", 7, 7, 2**53 + 1, 3, 1, "same", 16),  # an input past it
    # Only a number read is past it, which the checks of groups and padding would read, and their
    # messages show, rounded: 9,007,199,254,740,992.
    Case("conv", 8, 8, 4, 3, 2**53 + 1, "same", 2, c_out=4),
]


def test_the_page_names_the_largest_exact_count_of_the_browser(one_by_one_cost, browser):
    assert browser.execute_script("return Number.MAX_SAFE_INTEGER") == LARGEST_EXACT.value


@pytest.mark.parametrize("case", TOO_LARGE_CASES, ids=str)
def test_calculator_refuses_counts_it_cannot_hold_exactly(one_by_one_cost, case):
    """Where a number the calculator reads, or else a count it would show, is past the largest
    exact count, it shows the page's message for that, naming the fields that hold such a
    number, or none for counts that only their product makes."""
    read = {name: value for name, value in form_values(case).items() if isinstance(value, int)}
    costs = exact_costs(case).values()
    counts = [count for cost in costs for count in [*cost["shape"], cost["params"], cost["macs"]]]
    assert max([*read.values(), *counts]) > LARGEST_EXACT.value
    past = sorted(name for name, value in read.items() if value > LARGEST_EXACT.value)
    refused = one_by_one_cost(form_values(case))
    assert (refused["error"], sorted(refused["fields"])) == (
        (TOO_LARGE_INPUT, past) if past else (TOO_LARGE, [])
    )


# What Keras refuses, the calculator's message for it and the fields it marks as in error.
INVALID_CASES = [
    (
        Case("conv", 8, 8, 64, 3, 1, "same", 18, c_out=96, groups=3),
        "The 64 input channels do not split into 3 groups.",
        ["cIn", "groups"],
    ),
    (
        Case("conv", 8, 8, 96, 3, 1, "same", 48, c_out=64, groups=3),
        "The 64 output channels do not split into 3 groups.",
        ["cOut", "groups"],
    ),
    (
        Case("conv", 8, 8, 96, 3, 2, "same", 16, c_out=96, groups=3),
        "The 16 channels of the 1×1 reduction do not split into 3 groups.",
        ["bottleneck", "groups"],
    ),
    (
        Case("conv", 3, 9, 4, 5, 1, "valid", 4, c_out=8),
        "With valid padding the 5 × 5 kernel must fit inside the 3 × 9 input.",
        ["padding", "kernel", "height"],
    ),
    (
        Case("depthwise", 9, 4, 4, 5, 2, "valid", 4),
        "With valid padding the 5 × 5 kernel must fit inside the 9 × 4 input.",
        ["padding", "kernel", "width"],
    ),
    # Two reasons at once: both are told, and every field they involve is marked.
    (
        Case("conv", 8, 8, 64, 3, 1, "same", 20, c_out=96, groups=5),
        "The 64 input channels do not split into 5 groups. "
        "The 96 output channels do not split into 5 groups.",
        ["cIn", "groups", "cOut"],
    ),
]


@pytest.mark.parametrize(
    ("case", "message", "fields"), INVALID_CASES, ids=[case[1] for case in INVALID_CASES]
)
def test_calculator_refuses_what_keras_refuses(one_by_one_cost, case, message, fields):
    assert one_by_one_cost(form_values(case)) == {"error": message, "fields": fields}


@pytest.mark.parametrize("case", [case for case, _, _ in INVALID_CASES], ids=str)
@in_worker
def test_keras_refuses_the_invalid_cases(case):
    with pytest.raises(ValueError, match=r"divisible by the number of groups|zero or negative"):
        keras_costs(case)


def fill_in(browser, values: dict):
    """Type the values into the calculator as a reader would, the kind of layer first."""
    for name, value in values.items():
        field = browser.find_element(By.NAME, name)
        if field.tag_name == "select":
            Select(field).select_by_value(value)
        else:
            field.clear()
            field.send_keys(str(value))


def calculator_table(browser) -> dict:
    return {
        f"{row} {column}": browser.find_element(By.ID, f"calculator-{row}-{column}").text
        for row in ("direct", "reduced", "saving")
        for column in ("shape", "params", "macs")
    }


def expected_table(case: Case) -> dict:
    """The calculator's table for the case, from the formulas."""
    costs = exact_costs(case)
    table = {}
    for row, cost in costs.items():
        table[f"{row} shape"] = " × ".join(str(size) for size in cost["shape"])
        table[f"{row} params"] = f"{cost['params']:,}"
        table[f"{row} macs"] = f"{cost['macs']:,}"
    comparable = costs["direct"]["shape"] == costs["reduced"]["shape"]
    table["saving shape"] = "same output" if comparable else "outputs differ"
    for column in ("params", "macs"):
        before, after = costs["direct"][column], costs["reduced"][column]
        if not comparable:
            table[f"saving {column}"] = "not comparable"
        elif after > before:
            table[f"saving {column}"] = "none: the reduction costs more"
        elif after == before:
            table[f"saving {column}"] = "none: the same cost"
        elif before / after >= calculator_page.percent_below.value:
            table[f"saving {column}"] = f"{before / after:.1f}× fewer"
        elif (percent := f"{100 * (before - after) / before:.1f}") == "0.0":
            table[f"saving {column}"] = "less than 0.1% fewer"  # a saving, not none
        else:
            table[f"saving {column}"] = f"{percent}% fewer"
    return table


# The cases whose table a test reads on the page.
TABLE_CASES = [
    Case("conv", 14, 14, 1024, 3, 1, "same", 256, c_out=256),
    Case("conv", 15, 17, 64, 3, 2, "valid", 32, c_out=96, groups=2),
    Case("depthwise", 15, 15, 64, 3, 2, "same", 32, multiplier=2),
    # GoogLeNet's 5 × 5 branch reduced to 140 channels: a ratio just above the page's
    # percent_below; to 154: just below break-even, a percentage.
    Case("conv", 28, 28, 192, 5, 1, "same", 140, c_out=32),
    Case("conv", 28, 28, 192, 5, 1, "same", 154, c_out=32),
    # 17,640,000 MACs both ways (and 90 parameters more after the reduction).
    Case("conv", 14, 14, 100, 3, 1, "same", 90, c_out=100),
    # Savings of about 0.05% of the MACs and 0.005% of the parameters, which read 0.0% to
    # one decimal.
    Case("conv", 14, 14, 229, 3, 1, "same", 206, c_out=229),
]


@pytest.mark.parametrize("case", TABLE_CASES, ids=str)
def test_calculator_page_shows_the_numbers_of_the_formulas(calculator, case):
    fill_in(calculator, form_values(case))
    assert calculator.find_element(By.ID, "calculator-message").text == ""
    table = expected_table(case)
    assert calculator_table(calculator) == table
    assert announcement(calculator) == (
        f"Saving: parameters {table['saving params']}; multiply-accumulates {table['saving macs']}."
        if table["saving shape"] == "same output"
        else "Saving: not comparable, the outputs differ."
    )


def announcement(browser) -> str:
    """What the calculator's hidden status region tells a screen reader (WCAG 4.1.3)."""
    region = browser.find_element(By.ID, "calculator-announcement")
    assert (region.get_attribute("role"), region.is_displayed()) == ("status", True)
    assert region.size == {"height": 1, "width": 1}, "the summary is read out, not shown"
    return region.get_attribute("textContent")


def marks(browser) -> dict:
    """Each field's aria-invalid and aria-describedby, by its name (the menus' too)."""
    return {
        field.get_attribute("name"): (
            field.get_attribute("aria-invalid"),
            field.get_attribute("aria-describedby"),
        )
        for field in browser.find_elements(
            By.CSS_SELECTOR, "#one-by-one-calculator input, #one-by-one-calculator select"
        )
    }


def marked(fields: dict, wrong) -> dict:
    """What `marks` should read when the fields named in `wrong`, and only those, are in error."""
    return {
        name: ("true", "calculator-message") if name in wrong else (None, None) for name in fields
    }


# The page's default layer in 4 groups, as the test of what Keras refuses types it.
DEFAULT_IN_4_GROUPS = Case("conv", 28, 28, 192, 5, 1, "same", 16, c_out=32, groups=4)


def test_calculator_page_explains_what_keras_refuses(calculator):
    """WCAG 3.3.1: the message says every reason, and the fields that disagree are marked
    invalid and described by it, until they agree."""
    fill_in(calculator, {"groups": 5})
    message = calculator.find_element(By.ID, "calculator-message")
    assert message.get_attribute("role") == "status"
    assert message.text == (
        "The 192 input channels do not split into 5 groups. "
        "The 32 output channels do not split into 5 groups. "
        "The 16 channels of the 1×1 reduction do not split into 5 groups."
    )
    assert set(calculator_table(calculator).values()) == {"\N{EN DASH}"}
    assert announcement(calculator) == "", "the message tells the error"
    assert marks(calculator) == marked(marks(calculator), {"cIn", "cOut", "bottleneck", "groups"})
    fill_in(calculator, {"groups": 4})
    assert message.text == ""
    assert set(marks(calculator).values()) == {(None, None)}
    assert calculator_table(calculator) == expected_table(DEFAULT_IN_4_GROUPS)
    fill_in(calculator, {"padding": "valid", "kernel": 29})
    assert (
        message.text == "With valid padding the 29 × 29 kernel must fit inside the 28 × 28 input."
    )
    assert marks(calculator) == marked(marks(calculator), {"padding", "kernel", "height", "width"})


@pytest.mark.parametrize(
    ("typed", "message", "wrong"),
    [
        ({"height": "1e200"}, TOO_LARGE_INPUT, {"height"}),
        (form_values(TOO_LARGE_CASES[1]), TOO_LARGE, set()),
    ],
    ids=["1e200 high", str(TOO_LARGE_CASES[1])],
)
def test_calculator_page_shows_no_count_it_cannot_hold_exactly(calculator, typed, message, wrong):
    """A number entered past the largest exact count marks its field; counts past it that only
    the product of the numbers makes mark none."""
    fill_in(calculator, typed)
    assert calculator.find_element(By.ID, "calculator-message").text == message
    assert set(calculator_table(calculator).values()) == {"\N{EN DASH}"}
    assert marks(calculator) == marked(marks(calculator), wrong)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ({"height": ""}, 'Enter a whole number of at least 1 in "Height".'),
        (
            {"kernel": 0, "bottleneck": 2.5},
            'Enter whole numbers of at least 1 in "Kernel size" and "1×1 reduction to".',
        ),
        (
            {"kind": "depthwise", "width": -3, "cIn": "", "multiplier": 0},
            'Enter whole numbers of at least 1 in "Width", "Input channels" and '
            '"Depth multiplier".',
        ),
    ],
    ids=["one field", "two fields", "three fields"],
)
def test_calculator_names_the_fields_to_correct(calculator, typed, message):
    """WCAG 3.3.1: the message names each field in error by its label, and those fields, and
    only those, are marked invalid and described by the message, until they are corrected."""
    wrong = [name for name in typed if name != "kind"]
    fill_in(calculator, typed)
    assert calculator.find_element(By.ID, "calculator-message").text == message
    assert set(calculator_table(calculator).values()) == {"\N{EN DASH}"}
    assert marks(calculator) == marked(marks(calculator), wrong)
    fill_in(calculator, dict.fromkeys(wrong, 7))
    assert calculator.find_element(By.ID, "calculator-message").text == ""
    assert set(marks(calculator).values()) == {(None, None)}


KEYBOARD_CASES = [
    Case("conv", 14, 14, 256, 3, 2, "valid", 64, c_out=256, groups=4),
    Case("depthwise", 13, 11, 24, 5, 2, "valid", 24, multiplier=2),
]


@pytest.mark.parametrize("case", KEYBOARD_CASES, ids=str)
def test_calculator_from_the_keyboard(calculator, case):
    """Tab through the form from the top of the page; type into every field, and choose in the
    drop-down lists by typing the option's text, as a keyboard does on a closed select."""
    values = form_values(case)
    fields = "#one-by-one-calculator input, #one-by-one-calculator select"
    field = tab_to(calculator, fields)
    typed = set()
    while focused(calculator, fields):
        name = field.get_attribute("name")
        if field.tag_name == "select":
            option = field.find_element(By.CSS_SELECTOR, f"option[value='{values[name]}']")
            press(calculator, option.text)
            assert field.get_attribute("value") == values[name]
        else:
            ActionChains(calculator).key_down(Keys.CONTROL).send_keys("a").key_up(
                Keys.CONTROL
            ).send_keys(str(values[name])).perform()
        typed.add(name)
        press(calculator, Keys.TAB)
        field = calculator.switch_to.active_element
    assert typed == set(values)
    assert calculator_table(calculator) == expected_table(case)


@pytest.mark.parametrize(
    "case",
    dict.fromkeys([*CALCULATOR_CASES, *TABLE_CASES, DEFAULT_IN_4_GROUPS, *KEYBOARD_CASES]),
    ids=str,
)
@in_worker
def test_the_formulas_give_what_keras_gives_for_every_case_typed(case):
    """Keras's figures for every case whose figures the page is compared with, in the worker:
    so the formulas, which the page's figures are compared with, stand for Keras. Keras builds
    even the largest case here (it makes no tensor)."""
    assert exact_costs(case) == keras_costs(case)
