// The 1×1 cost calculator (docs/tools/calculator.md). oneByOneCost is the whole arithmetic;
// the browser tests compare it with Keras's count_params() over a grid of cases.

function convCost(height, width, kernel, cIn, cOut) {
  return {
    params: kernel * kernel * cIn * cOut + cOut,
    macs: height * width * kernel * kernel * cIn * cOut,
  };
}

// A k×k convolution with 'same' padding and stride 1, directly and after a 1×1 reduction to
// `bottleneck` channels.
function oneByOneCost({ height, width, cIn, cOut, kernel, bottleneck }) {
  const direct = convCost(height, width, kernel, cIn, cOut);
  const reduce = convCost(height, width, 1, cIn, bottleneck);
  const conv = convCost(height, width, kernel, bottleneck, cOut);
  return {
    direct,
    reduced: { params: reduce.params + conv.params, macs: reduce.macs + conv.macs },
  };
}
window.oneByOneCost = oneByOneCost;

const grouped = (number) => number.toLocaleString("en-US");
const saving = (before, after) =>
  after < before ? `${(before / after).toFixed(1)}× fewer` : "none: the reduction costs more";

document$.subscribe(() => {
  const form = document.getElementById("one-by-one-calculator");
  if (!form) return;
  const output = (name) => document.getElementById(`calculator-${name}`);
  const update = () => {
    const inputs = [...form.querySelectorAll("input")];
    const values = Object.fromEntries(inputs.map((input) => [input.name, Number(input.value)]));
    const valid = inputs.every((input) => input.checkValidity());
    output("message").textContent = valid ? "" : "Enter whole numbers of at least 1.";
    if (!valid) return;
    const { direct, reduced } = oneByOneCost(values);
    output("direct-params").textContent = grouped(direct.params);
    output("direct-macs").textContent = grouped(direct.macs);
    output("reduced-params").textContent = grouped(reduced.params);
    output("reduced-macs").textContent = grouped(reduced.macs);
    output("saving-params").textContent = saving(direct.params, reduced.params);
    output("saving-macs").textContent = saving(direct.macs, reduced.macs);
  };
  form.addEventListener("input", update);
  update();
});
