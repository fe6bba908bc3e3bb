// What runs on every page, and nothing more: sideways boxes reachable from the keyboard, the
// skip link, and the evidence view's control. The view itself (evidence.js, evidence.css and
// the page's evidence file) is loaded only while the reader has it on.

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

// The skip link moves the focus to the page's first heading, without going to its address.
// Material's instant navigation fetches the page again at the first change of the address, and
// puts the copy in place of the page: the focused link is gone, and whether the copy's heading
// becomes the target depends on a race (on a busy machine Material scrolls instead).
document.addEventListener(
  "click",
  (event) => {
    const skip = event.target instanceof Element && event.target.closest("a.md-skip");
    const id = skip && decodeURIComponent(new URL(skip.href).hash.slice(1));
    const heading = id && document.getElementById(id);
    if (heading) {
      event.preventDefault();
      event.stopPropagation(); // on its way down, before Material's listener on the body
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  },
  true,
);

// The evidence view's control, a button in the header; the reader's choice is kept in
// localStorage under the site's path, as Material keeps the colour scheme.
const EVIDENCE_SCRIPT = new URL("evidence.js", document.currentScript.src).href;
const SITE_ROOT = new URL(
  JSON.parse(document.getElementById("__config").textContent).base + "/",
  location.href,
).href;
const EVIDENCE_KEY = new URL(SITE_ROOT).pathname + ".__evidence";
const EVIDENCE_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="m17 ' +
  "21-2.75-3 1.16-1.16L17 18.43l3.59-3.59 1.16 1.41M12.8 21H5c-1.11 0-2-.89-2-2V5c0-1.11.89-2 " +
  "2-2h14c1.11 0 2 .89 2 2v7.8c-.61-.35-1.28-.6-2-.72V5H5v14h7.08c.12.72.37 1.39.72 2m-.8-4H7v-" +
  '2h5m2.68-2H7v-2h10v1.08c-.85.14-1.63.46-2.32.92M17 9H7V7h10"/></svg>';
let evidenceView = null; // a promise of the view, once loaded

function loadEvidenceView() {
  evidenceView ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = EVIDENCE_SCRIPT;
    script.onload = () => resolve(window.evidenceView);
    script.onerror = reject;
    document.head.append(script);
  });
  return evidenceView;
}

function showEvidence(on) {
  const button = document.getElementById("evidence-toggle");
  button.setAttribute("aria-pressed", String(on));
  if (on) {
    loadEvidenceView().then((view) => view.show(SITE_ROOT));
  } else if (evidenceView) {
    evidenceView.then((view) => view.hide());
  }
}

function addEvidenceControl() {
  if (!document.getElementById("evidence-toggle")) {
    const button = document.createElement("button");
    button.id = "evidence-toggle";
    button.type = "button";
    button.className = "md-header__button md-icon";
    button.title = "Show the evidence for each statement";
    button.setAttribute("aria-label", "Evidence view");
    button.innerHTML = EVIDENCE_ICON;
    button.addEventListener("click", () => {
      const on = button.getAttribute("aria-pressed") !== "true";
      if (on) localStorage.setItem(EVIDENCE_KEY, "on");
      else localStorage.removeItem(EVIDENCE_KEY);
      showEvidence(on);
    });
    document.querySelector(".md-header__title").after(button);
  }
  showEvidence(localStorage.getItem(EVIDENCE_KEY) === "on");
}

document$.subscribe(addEvidenceControl);
