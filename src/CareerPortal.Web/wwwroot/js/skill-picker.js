// Live matches for the career level editor's skill search. Without this script the Find button
// posts the whole form and the page lists the matches; with it, the matches appear as one types
// (debounced), fetched as JSON from the page's SkillMatches handler. Each match is the same Add
// button the server renders, so adding a skill still posts the whole form and keeps every edit.
(function () {
  "use strict";
  var picker = document.querySelector("[data-skill-picker]");
  if (!picker) {
    return;
  }
  var search = picker.querySelector("input[type=search]");
  var results = picker.querySelector("[data-skill-matches]");
  var find = picker.querySelector("button[formaction]");
  var url = picker.getAttribute("data-matches-url");
  if (!search || !results || !find || !url) {
    return;
  }
  var addUrl = find.getAttribute("formaction").replace(/handler=FindSkill/i, "handler=AddSkill");
  var timer = 0;
  var pending = null;

  function listed() {
    return Array.prototype.map.call(
      search.form.querySelectorAll("input[name^='Input.Skills['][name$='.SkillId']"),
      function (input) { return input.value; });
  }

  function show(matches) {
    results.textContent = "";
    if (search.value.trim() === "") {
      return;
    }
    if (matches.length === 0) {
      var none = document.createElement("p");
      none.textContent = "No skill not already listed matches \u201c" + search.value.trim() + "\u201d.";
      results.appendChild(none);
      return;
    }
    var list = document.createElement("ul");
    list.className = "matches";
    matches.forEach(function (match) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "submit";
      button.className = "secondary";
      button.name = "addSkillId";
      button.value = String(match.id);
      button.setAttribute("formaction", addUrl);
      button.textContent = "Add " + match.name;
      var kind = document.createElement("span");
      kind.className = "meta";
      kind.textContent = " " + match.kind;
      item.appendChild(button);
      item.appendChild(kind);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function lookUp() {
    if (pending) {
      pending.abort();
    }
    var query = search.value.trim();
    if (query === "") {
      show([]);
      return;
    }
    pending = new AbortController();
    var address = url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
    listed().forEach(function (id) { address += "&exclude=" + encodeURIComponent(id); });
    fetch(address, { credentials: "same-origin", signal: pending.signal, headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(new Error("HTTP " + response.status));
      })
      .then(show)
      .catch(function (error) {
        // Aborted by newer typing, or offline: the Find button still works.
        if (error.name !== "AbortError") {
          results.textContent = "";
        }
      });
  }

  search.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, 250);
  });
  // Enter in the search box finds, as the button next to it does, instead of saving the form.
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      window.clearTimeout(timer);
      lookUp();
    }
  });
})();
