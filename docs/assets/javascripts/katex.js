// Render the \( ... \) and \[ ... \] that pymdownx.arithmatex leaves in the page, and the
// $ ... $ and $$ ... $$ of notebook cells, on every page load, including Material's instant
// navigation.
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
    ],
    throwOnError: true,
  });
});
