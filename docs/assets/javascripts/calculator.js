// The 1×1 cost calculator (docs/tools/calculator.md). oneByOneCost is the whole arithmetic;
// the browser tests compare it with Keras layers (count_params(), compute_output_shape()) over
// a table of cases.

// Height (or width) of the output: 'same' padding gives ceil(size / stride), 'valid' the number
// of strided positions where the whole kernel fits.
function outputSize(size, kernel, stride, padding) {
  return padding === "valid" ? Math.floor((size - kernel) / stride) + 1 : Math.ceil(size / stride);
}

// A Conv2D with `groups` groups (each filter is cIn / groups channels deep) or a DepthwiseConv2D
// (`multiplier` filters per input channel, each one channel deep), with biases. Each weight does
// one multiply-accumulate at every position of the output.
function layerCost(layer) {
  const { height, width, cIn, kernel, stride, padding, kind, cOut, groups, multiplier } = layer;
  const outHeight = outputSize(height, kernel, stride, padding);
  const outWidth = outputSize(width, kernel, stride, padding);
  const channels = kind === "depthwise" ? cIn * multiplier : cOut;
  const weights =
    kind === "depthwise"
      ? kernel * kernel * cIn * multiplier
      : kernel * kernel * (cIn / groups) * cOut;
  return {
    shape: [outHeight, outWidth, channels],
    params: weights + channels,
    macs: outHeight * outWidth * weights,
  };
}

// Why a layer cannot be built, as Keras would refuse it: each reason, with the fields that make
// it so (their names in the form). `channels` names the field of the layer's input depth.
function layerProblems(layer, inputs, channels) {
  const { height, width, cIn, kernel, padding, kind, cOut, groups } = layer;
  const problems = [];
  if (padding === "valid" && (kernel > height || kernel > width)) {
    problems.push({
      error:
        `With valid padding the ${kernel} × ${kernel} kernel must fit inside the ` +
        `${height} × ${width} input.`,
      fields: ["padding", "kernel", ...["height", "width"].filter((side) => kernel > layer[side])],
    });
  }
  if (kind === "depthwise") return problems;
  if (cIn % groups) {
    problems.push({
      error: `The ${inputs} do not split into ${groups} groups.`,
      fields: [channels, "groups"],
    });
  }
  if (cOut % groups) {
    problems.push({
      error: `The ${cOut} output channels do not split into ${groups} groups.`,
      fields: ["cOut", "groups"],
    });
  }
  return problems;
}

// Past Number.MAX_SAFE_INTEGER (the page's calculator.largest_exact_count) a browser's numbers
// skip whole numbers, and past about 1.8e308 they are Infinity, so no count there is shown. Every
// factor of a count is a whole number of at least 1: a result within it had every product and
// sum on the way within it too, each computed exactly (one past it would have stayed past it).
const BEYOND =
  `${Number.MAX_SAFE_INTEGER.toLocaleString("en-US")}, ` +
  "beyond which the calculator cannot count exactly.";
const TOO_LARGE = `The counts pass ${BEYOND}`;
const TOO_LARGE_INPUT = `A number entered passes ${BEYOND}`;
const exact = (counts) => counts.every(Number.isSafeInteger);

// The chosen convolution directly, and after a 1×1 reduction to `bottleneck` channels (a plain
// Conv2D with stride 1, so the convolution sees bottleneck channels at the same height and
// width). Returns { error, fields } for a combination Keras refuses or counts it cannot hold
// exactly, `fields` naming the fields in error (none for counts that only their product makes).
function oneByOneCost({
  height,
  width,
  cIn,
  kernel,
  bottleneck,
  cOut = 1,
  stride = 1,
  padding = "same",
  kind = "conv",
  groups = 1,
  multiplier = 1,
}) {
  const layer = { height, width, cIn, kernel, stride, padding, kind, cOut, groups, multiplier };
  // The inputs first: the checks of the groups below divide them.
  const read = { height, width, cIn, kernel, bottleneck, cOut, stride, groups, multiplier };
  const inexact = Object.keys(read).filter((name) => !Number.isSafeInteger(read[name]));
  if (inexact.length) return { error: TOO_LARGE_INPUT, fields: inexact };
  const afterReduction = { ...layer, cIn: bottleneck };
  // Every reason at once, each told once (both layers have the same padding and output channels).
  const problems = [
    ...layerProblems(layer, `${cIn} input channels`, "cIn"),
    ...layerProblems(afterReduction, `${bottleneck} channels of the 1×1 reduction`, "bottleneck"),
  ];
  if (problems.length) {
    const once = (items) => [...new Set(items)];
    return {
      error: once(problems.map(({ error }) => error)).join(" "),
      fields: once(problems.flatMap(({ fields }) => fields)),
    };
  }
  const direct = layerCost(layer);
  const reduction = layerCost({
    ...layer,
    kernel: 1,
    stride: 1,
    kind: "conv",
    cOut: bottleneck,
    groups: 1,
  });
  const conv = layerCost(afterReduction);
  const reduced = {
    shape: conv.shape,
    params: reduction.params + conv.params,
    macs: reduction.macs + conv.macs,
  };
  const shown = [direct, reduced].flatMap(({ shape, params, macs }) => [...shape, params, macs]);
  return exact(shown) ? { direct, reduced } : { error: TOO_LARGE, fields: [] };
}
window.oneByOneCost = oneByOneCost;

const grouped = (number) => number.toLocaleString("en-US");
const shape = (dimensions) => dimensions.join(" × ");
// Near break-even the ratio rounds to 1.0×, which reads as no saving: below `percentBelow`
// (the page's data-percent-below) a percentage shows it, and a saving that rounds to 0.0% is
// "less than 0.1%", never none. The counts are exact (oneByOneCost), so equal means equal.
const saving = (before, after, percentBelow) => {
  if (after > before) return "none: the reduction costs more";
  if (after === before) return "none: the same cost";
  const ratio = before / after;
  if (ratio >= percentBelow) return `${ratio.toFixed(1)}× fewer`;
  const percent = ((100 * (before - after)) / before).toFixed(1);
  return percent === "0.0" ? "less than 0.1% fewer" : `${percent}% fewer`;
};

// "A", "A" and "B", "A", "B" and "C": the labels of the fields to correct, quoted.
const quoted = (labels) => {
  const all = labels.map((label) => `"${label}"`);
  return all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)}` : all[0];
};
// The message for fields that hold no whole number of at least 1, naming them by their labels.
const enterWholeNumbers = (labels) =>
  labels.length > 1
    ? `Enter whole numbers of at least 1 in ${quoted(labels)}.`
    : `Enter a whole number of at least 1 in ${quoted(labels)}.`;

document$.subscribe(() => {
  const form = document.getElementById("one-by-one-calculator");
  if (!form) return;
  const output = (name) => document.getElementById(`calculator-${name}`);
  const cells = ["direct", "reduced", "saving"].flatMap((row) =>
    ["shape", "params", "macs"].map((column) => output(`${row}-${column}`)),
  );
  const update = () => {
    // The kind of convolution decides which fields apply; the others are hidden and disabled.
    const kind = form.elements.kind.value;
    for (const field of form.querySelectorAll("[data-kind]")) {
      const applies = field.dataset.kind === kind;
      field.hidden = !applies;
      field.querySelector("input").disabled = !applies;
    }
    const fields = [...form.elements].filter((field) => !field.disabled);
    const values = Object.fromEntries(
      fields.map((field) => [
        field.name,
        field.type === "number" ? Number(field.value) : field.value,
      ]),
    );
    // A field's label is the text before it in its <label>.
    const label = (field) => field.closest("label").firstChild.textContent.trim();
    const invalid = fields.filter((field) => !field.checkValidity());
    const result = invalid.length
      ? { error: enterWholeNumbers(invalid.map(label)), fields: invalid.map((field) => field.name) }
      : oneByOneCost(values);
    // WCAG 3.3.1: the fields in error are marked invalid and described by the message, which
    // names them or the numbers in them; the others, disabled ones included, are not.
    for (const field of form.querySelectorAll("input, select")) {
      if (result.fields?.includes(field.name)) {
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", "calculator-message");
      } else {
        field.removeAttribute("aria-invalid");
        field.removeAttribute("aria-describedby");
      }
    }
    output("message").textContent = result.error || "";
    // WCAG 4.1.3: the table changes as the reader types, away from the focus, so a screen
    // reader is told the saving; an error is told by the message instead.
    output("announcement").textContent = "";
    if (result.error) {
      for (const cell of cells) cell.textContent = "–";
      return;
    }
    const { direct, reduced } = result;
    output("direct-shape").textContent = shape(direct.shape);
    output("direct-params").textContent = grouped(direct.params);
    output("direct-macs").textContent = grouped(direct.macs);
    output("reduced-shape").textContent = shape(reduced.shape);
    output("reduced-params").textContent = grouped(reduced.params);
    output("reduced-macs").textContent = grouped(reduced.macs);
    // A saving compares two ways of computing the same output shape.
    const comparable = shape(direct.shape) === shape(reduced.shape);
    output("saving-shape").textContent = comparable ? "same output" : "outputs differ";
    for (const column of ["params", "macs"]) {
      output(`saving-${column}`).textContent = comparable
        ? saving(direct[column], reduced[column], Number(form.dataset.percentBelow))
        : "not comparable";
    }
    output("announcement").textContent = comparable
      ? `Saving: parameters ${output("saving-params").textContent}; ` +
        `multiply-accumulates ${output("saving-macs").textContent}.`
      : "Saving: not comparable, the outputs differ.";
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
});
