// The evidence view, loaded by every_page.js only while the reader has it on. Each registered
// statement (span.claim, placed by tools/hooks/evidence.py) is marked and gets a disclosure
// button that shows its evidence from the page's evidence/<page>/index.json (documented on the
// page "How this site is checked"). Everything here is built with textContent, never from HTML.
(() => {
  const STYLESHEET = new URL("../stylesheets/evidence.css", document.currentScript.src).href;
  const loaded = new Map(); // page -> a promise of [its claims by anchor, its evidence file]

  function load(siteRoot, page) {
    if (!loaded.has(page)) {
      loaded.set(page, fetch(new URL(`evidence/${page}index.json`, siteRoot))
        .then((response) => response.json())
        .then((data) => [new Map(data.claims.map((claim) => [claim.anchor, claim])), data]));
    }
    if (!document.getElementById("evidence-style")) {
      const link = document.createElement("link");
      link.id = "evidence-style";
      link.rel = "stylesheet";
      link.href = STYLESHEET;
      document.head.append(link);
    }
    return loaded.get(page);
  }

  function element(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children.filter((child) => child !== null));
    return node;
  }

  function link(text, href) {
    const anchor = element("a", null, text);
    anchor.href = href;
    return anchor;
  }

  // A snippet's tab and its Output tab on this page, found by the snippet's file name.
  function tabLinks(snippet) {
    const name = snippet.split("/").pop();
    const label = [...document.querySelectorAll(".tabbed-labels > label")].find(
      (candidate) => candidate.textContent.trim() === name,
    );
    if (!label) return [element("code", null, snippet)];
    const output = [...label.parentElement.children].find(
      (candidate) => candidate.textContent.trim() === "Output",
    );
    const tabLink = (text, tab) => {
      const anchor = link(text, "#" + tab.htmlFor);
      anchor.addEventListener("click", (event) => {
        event.preventDefault();
        event.stopPropagation(); // else instant navigation loads the page again for the hash
        tab.click();
        tab.scrollIntoView({ block: "center" });
      });
      return anchor;
    };
    return [
      "the snippet ",
      tabLink(name, label),
      ...(output ? [" and its ", tabLink("Output", output)] : []),
    ];
  }

  function valueEvidence(name, shown, values, siteRoot) {
    const value = values.values[name];
    const { line, source, helpers, functions } = value.computed;
    const module = values.modules[name.split(".")[0]];
    const repository = document.querySelector(".md-header .md-source");
    const where = `${module}:${line}`;
    const parts = [
      element(
        "span",
        "evidence-item",
        element("code", null, name),
        shown ? " shows " : " supports it: ",
        element("strong", null, value.text),
        value.text === String(value.number) ? "" : ` (${value.number})`,
        ", computed at ",
        repository && values.commit
          ? link(where, `${repository.href}/blob/${values.commit}/${module}#L${line}`) : where,
      ),
      element(
        "code",
        "evidence-source",
        [source, ...helpers.map((helper) => values.helpers[helper])].join("\n"),
      ),
    ];
    for (const fn of functions) {
      const doc = values.functions[fn];
      parts.push(element("span", "evidence-item", element("code", null, fn), doc ? `: ${doc}` : ""));
    }
    if (value.printed) {
      parts.push(
        element("span", "evidence-item", "Printed by ", ...tabLinks(value.printed.snippet),
          ` (${value.printed.where}).`),
      );
    }
    if (value.quote) {
      const { key, locator, ours, agrees } = value.quote;
      parts.push(
        element("span", "evidence-item", "Quoted from ",
          link(`${key}, ${locator}`, new URL(`reference/references/#${key}`, siteRoot).href),
          ours ? `; the site's own figure, ${ours}, ${agrees ? "agrees" : "differs"}.` : "."),
      );
    }
    return parts;
  }

  function panelContent(claim, values, siteRoot) {
    const parts = [];
    if (claim.snippet) {
      const lines = claim.lines ?? [];
      parts.push(element("span", "evidence-item", "Shown by ", ...tabLinks(claim.snippet),
        lines.length ? `, in the line${lines.length > 1 ? "s" : ""}:` : "",
        claim.no_line ? `, in no single line: ${claim.no_line}.` : "",
        !lines.length && !claim.no_line ? "." : ""));
      if (lines.length) parts.push(element("code", "evidence-source", lines.join("\n")));
    }
    // The evidence file gives a kind of evidence only where the claim has some.
    for (const name of claim.values ?? []) {
      parts.push(...valueEvidence(name, true, values, siteRoot));
    }
    for (const name of claim.support ?? []) {
      parts.push(...valueEvidence(name, false, values, siteRoot));
    }
    for (const { key, locator } of claim.cites ?? []) {
      parts.push(element("span", "evidence-item", "Cited: ",
        link(`${key}, ${locator}`, new URL(`reference/references/#${key}`, siteRoot).href), "."));
    }
    if (claim.unchecked) {
      parts.push(element("span", "evidence-item",
        `Not checked against the source's own text: ${claim.unchecked}.`));
    }
    if (claim.training) {
      parts.push(element("span", "evidence-item",
        `Checked by training again on every backend: ${claim.training}.`));
    }
    return parts;
  }

  // Headings, tab labels and formulas cannot hold the button: it goes in a line of its own,
  // after the heading or formula, before the tabs.
  function place(mark, button, panel) {
    const host = mark.closest("h1, h2, h3, h4, h5, h6, div.arithmatex, .tabbed-set");
    if (!host) {
      mark.after(button, panel);
      return;
    }
    const line = element("div", "evidence-line", button, panel);
    if (host.matches(".tabbed-set")) host.before(line);
    else host.after(line);
  }

  function show(siteRoot) {
    document.documentElement.dataset.evidenceView = "";
    const page = decodeURI(location.pathname).slice(decodeURI(new URL(siteRoot).pathname).length)
      .replace(/index\.html$/, "");
    if (!document.querySelector("article span.claim")) return Promise.resolve();
    return load(siteRoot, page).then(([claims, values]) => {
      if (!("evidenceView" in document.documentElement.dataset)) return;
      for (const mark of document.querySelectorAll("article span.claim")) {
        const claim = claims.get(mark.id);
        if (!claim || document.getElementById(`${mark.id}-evidence`)) continue;
        const panel = element("span", "evidence-panel", ...panelContent(claim, values, siteRoot));
        panel.id = `${mark.id}-evidence`;
        panel.hidden = true;
        const button = element("button", "evidence-button", "evidence");
        button.type = "button";
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", panel.id);
        button.addEventListener("click", () => {
          const open = button.getAttribute("aria-expanded") !== "true";
          button.setAttribute("aria-expanded", String(open));
          panel.hidden = !open;
        });
        place(mark, button, panel);
      }
    });
  }

  function hide() {
    delete document.documentElement.dataset.evidenceView;
    for (const added of document.querySelectorAll(".evidence-line, .evidence-button, .evidence-panel")) {
      added.remove();
    }
  }

  window.evidenceView = { show, hide };
})();
