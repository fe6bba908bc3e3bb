// A box that scrolls sideways must be reachable with the keyboard, so that its hidden part can
// be scrolled into view without a mouse (WCAG 2.1.1). Material does this for its code blocks
// (where the device can hover); here it is done for tables, display formulas, and notebook
// cells and outputs, on every page load, once the fonts that set their widths have loaded,
// and whenever the window's width changes.
const SIDEWAYS_BOXES = [
  ".md-typeset__scrollwrap",
  ".md-typeset div.arithmatex",
  ".jupyter-wrapper pre",
  ".jupyter-wrapper .highlight-ipynb",
  ".jupyter-wrapper .katex-display",
].join(", ");

function scrollsSideways(box) {
  const overflow = getComputedStyle(box).overflowX;
  return box.scrollWidth > box.clientWidth && (overflow === "auto" || overflow === "scroll");
}

function reachSidewaysBoxes() {
  for (const box of document.querySelectorAll(SIDEWAYS_BOXES)) {
    if (scrollsSideways(box)) {
      box.setAttribute("tabindex", "0");
    } else if (box.getAttribute("tabindex") === "0") {
      box.removeAttribute("tabindex");
    }
  }
}

document$.subscribe(() => {
  reachSidewaysBoxes();
  document.fonts.ready.then(reachSidewaysBoxes);
});
window.addEventListener("resize", reachSidewaysBoxes);
