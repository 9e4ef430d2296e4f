// Live preview for the Markdown editor. The form works without this script (its Preview button
// posts the whole form); with it, the text is posted as one types (debounced) to the page's
// Render handler, which answers with HTML from the public site's renderer and sanitizer.
(function () {
  "use strict";
  var source = document.querySelector("textarea[data-preview-url]");
  var target = source && document.getElementById(source.getAttribute("data-preview-target"));
  if (!source || !target) {
    return;
  }
  var token = source.form.querySelector("input[name=__RequestVerificationToken]");
  var timer = 0;
  var pending = null;

  function render() {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var body = new URLSearchParams();
    body.append("markdown", source.value);
    body.append("__RequestVerificationToken", token ? token.value : "");
    fetch(source.getAttribute("data-preview-url"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      signal: pending.signal
    }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(new Error("HTTP " + response.status));
    }).then(function (html) {
      target.innerHTML = html;
      target.removeAttribute("aria-busy");
    }).catch(function (error) {
      if (error.name !== "AbortError") {
        target.setAttribute("aria-busy", "false");
      }
    });
  }

  source.addEventListener("input", function () {
    window.clearTimeout(timer);
    target.setAttribute("aria-busy", "true");
    timer = window.setTimeout(render, 300);
  });
}());
