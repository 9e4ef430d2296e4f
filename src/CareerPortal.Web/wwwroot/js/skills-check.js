// The skills check in the browser (Pages/Careers/SkillsCheck). Without this script the page is a
// GET form and the server draws the plan from the query string. With it, answers never need to
// leave the browser: the plan is sorted here as the reader answers, answers are kept in
// localStorage and restored on return, the address's fragment (after #, which browsers never send)
// carries them as a shareable link, and a JSON file exports and imports them. Answers are keyed by
// skill slug and carry the guide's content version, so a change in the guide is reported, not lost.
(function () {
  "use strict";
  var root = document.querySelector("[data-skills-check]");
  var form = root && root.querySelector("[data-ratings]");
  if (!form) {
    return;
  }
  var career = root.getAttribute("data-career");
  var version = root.getAttribute("data-version");
  var target = root.getAttribute("data-target");
  var names = JSON.parse(root.getAttribute("data-names") || "{}");
  var storageKey = "careerportal:skills-check:" + career;
  var tools = root.querySelector("[data-js-only]");
  var plan = form.querySelector("[data-plan]");
  var status = root.querySelector("[data-status]");
  var prefix = "r.";

  function field(name) {
    var input = form.querySelector("input[type=hidden][name='" + name + "']");
    return input ? input.value : "";
  }

  function skillsOnPage() {
    return Array.prototype.map.call(plan.querySelectorAll("[data-skill]"), function (item) {
      return item.getAttribute("data-skill");
    });
  }

  // The answers as one object: the same shape in storage, the fragment and the JSON file.
  function collect(previous) {
    var ratings = previous && previous.ratings ? Object.assign({}, previous.ratings) : {};
    skillsOnPage().forEach(function (slug) {
      var checked = form.querySelector("input[name='" + prefix + slug + "']:checked");
      ratings[slug] = checked ? Number(checked.value) : 0;
    });
    var done = Array.prototype.map.call(form.querySelectorAll("input[name=done]:checked"), function (box) { return box.value; });
    return {
      format: "careerportal-skills-check", career: career, version: version,
      at: field("at"), years: field("years"), to: target, shown: skillsOnPage(), ratings: ratings, done: done,
      saved: new Date().toISOString()
    };
  }

  function apply(answers) {
    Object.keys(answers.ratings || {}).forEach(function (slug) {
      var radio = form.querySelector("input[name='" + prefix + slug + "'][value='" + Number(answers.ratings[slug]) + "']");
      if (radio) {
        radio.checked = true;
      }
    });
    var done = answers.done || [];
    Array.prototype.forEach.call(form.querySelectorAll("input[name=done]"), function (box) {
      box.checked = done.indexOf(box.value) >= 0;
    });
    changes(answers);
    render();
  }

  // Added: rated nowhere in the answers; removed: answered but no longer on this level.
  function changes(answers) {
    var box = plan.querySelector("[data-changes]");
    var list = plan.querySelector("[data-changes-list]");
    if (!answers.version || answers.version === version || (answers.to && answers.to !== target)) {
      return;
    }
    var onPage = skillsOnPage();
    // The skills the answers were given on (ratings may also hold other levels' skills).
    var answered = answers.shown || Object.keys(answers.ratings || {});
    list.textContent = "";
    onPage.filter(function (slug) { return answered.indexOf(slug) < 0; }).forEach(function (slug) {
      line(list, "New at this level: " + (names[slug] || slug) + ". Rate it below.");
    });
    answered.filter(function (slug) { return onPage.indexOf(slug) < 0; }).sort().forEach(function (slug) {
      line(list, "No longer listed at this level: " + (names[slug] || slug) + ". Your answer is kept.");
    });
    box.hidden = list.children.length === 0;
  }

  function line(list, text) {
    var item = document.createElement("li");
    item.textContent = text;
    list.appendChild(item);
  }

  // The same order as Pages/Careers/SkillsCheck/Plan.cs: importance at the target, then distance, then name.
  function render() {
    var lists = { gaps: [], strengths: [], unrated: [] };
    var any = false;
    Array.prototype.forEach.call(plan.querySelectorAll("[data-skill]"), function (item) {
      var slug = item.getAttribute("data-skill");
      var checked = form.querySelector("input[name='" + prefix + slug + "']:checked");
      var rating = checked ? Number(checked.value) : 0;
      var needed = Number(item.getAttribute("data-needed"));
      var label = checked ? form.querySelector("label[for='" + checked.id + "']") : null;
      item.querySelector("[data-rating-label]").textContent = label ? label.textContent : "Skip";
      any = any || rating > 0;
      var entry = { item: item, rating: rating, distance: needed - rating, importance: Number(item.getAttribute("data-importance")), name: item.getAttribute("data-name") };
      (rating === 0 ? lists.unrated : rating >= needed ? lists.strengths : lists.gaps).push(entry);
    });
    lists.gaps.sort(function (a, b) {
      return b.importance - a.importance || b.distance - a.distance || a.name.localeCompare(b.name);
    });
    lists.strengths.sort(function (a, b) {
      return b.rating - a.rating || b.importance - a.importance || a.name.localeCompare(b.name);
    });
    Object.keys(lists).forEach(function (name) {
      var list = plan.querySelector("[data-list=" + name + "]");
      lists[name].forEach(function (entry) { list.appendChild(entry.item); });
      var empty = plan.querySelector("[data-empty=" + name + "]");
      if (empty) {
        empty.hidden = lists[name].length > 0;
      }
    });
    plan.querySelector("[data-section=unrated]").hidden = lists.unrated.length === 0;
    var steps = plan.querySelectorAll("[data-list=gaps] input[name=done]");
    var ticked = plan.querySelectorAll("[data-list=gaps] input[name=done]:checked");
    plan.querySelector("[data-progress]").textContent = ticked.length + " of " + steps.length + " steps done.";
    plan.hidden = !any;
    share();
  }

  function encode(answers) {
    var params = new URLSearchParams();
    params.set("v", answers.version);
    answers.shown.forEach(function (slug) { params.set(prefix + slug, String(answers.ratings[slug] || 0)); });
    answers.done.forEach(function (id) { params.append("done", id); });
    return params.toString();
  }

  function decode(fragment) {
    var params = new URLSearchParams(fragment);
    if (!params.has("v")) {
      return null;
    }
    var answers = { version: params.get("v"), to: target, ratings: {}, done: params.getAll("done") };
    params.forEach(function (value, key) {
      if (key.indexOf(prefix) === 0) {
        answers.ratings[key.slice(prefix.length)] = Number(value);
      }
    });
    return answers;
  }

  // The page's address (where the reader is and wants to be, and their background for
  // certifications: what the server needed to draw this page) with the answers after #.
  function shareUrl(answers) {
    var query = new URLSearchParams();
    Array.prototype.forEach.call(form.querySelectorAll("input[type=hidden]"), function (input) {
      if (input.value && input.name !== "v" && input.name !== "to") {
        query.append(input.name, input.value);
      }
    });
    query.set("to", target);
    return location.origin + location.pathname + "?" + query.toString() + "#" + encode(answers);
  }

  function share() {
    var link = root.querySelector("[data-share]");
    if (link) {
      link.href = shareUrl(collect());
    }
  }

  function save() {
    var answers = collect(load());
    try {
      localStorage.setItem(storageKey, JSON.stringify(answers));
    } catch (e) {
      say("This browser would not keep your answers (private mode or storage full); use the link or a download instead.");
    }
    history.replaceState(null, "", shareUrl(answers));
  }

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "null");
    } catch (e) {
      return null;
    }
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function download() {
    var blob = new Blob([JSON.stringify(collect(load()), null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "skills-check-" + career + ".json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    say("Your answers were downloaded as " + link.download + ".");
  }

  function upload(file) {
    file.text().then(function (text) {
      var answers = JSON.parse(text);
      if (!answers || answers.format !== "careerportal-skills-check" || typeof answers.ratings !== "object") {
        throw new Error("not a skills check file");
      }
      if (answers.career !== career) {
        say("That file holds answers for another career path (" + answers.career + "); open its skills check to load it.");
        return;
      }
      apply(answers);
      save();
      say("Loaded your answers from " + file.name + ".");
    }).catch(function () {
      say("That file could not be read as skills check answers. Choose a file this page downloaded.");
    });
  }

  function resume(stored) {
    var note = root.querySelector("[data-resume]");
    if (!note || !stored || stored.to === target || !stored.to) {
      return;
    }
    var query = new URLSearchParams();
    if (stored.at) {
      query.set("at", stored.at);
    }
    query.set("to", stored.to);
    var link = document.createElement("a");
    link.href = location.pathname + "?" + query.toString();
    link.textContent = "Go back to the check you saved for " + stored.to.replace(/-/g, " ");
    note.appendChild(link);
    note.hidden = false;
  }

  tools.hidden = false;
  var fromLink = decode(location.hash.slice(1));
  var stored = load();
  var answeredInQuery = new URLSearchParams(location.search).has("v");
  if (fromLink) {
    apply(fromLink);
  } else if (stored && !answeredInQuery && (stored.to === target || !stored.to)) {
    apply(stored);
    if (Object.keys(stored.ratings || {}).some(function (slug) { return stored.ratings[slug] > 0; })) {
      say("Your saved answers are back.");
    }
  } else {
    resume(stored);
    render();
  }

  form.addEventListener("change", function () {
    render();
    save();
  });
  form.addEventListener("submit", function (event) {
    // The plan is already drawn here: the answers need not travel to the server.
    event.preventDefault();
    render();
    save();
    if (!plan.hidden) {
      plan.querySelector("#plan-title").focus();
    }
  });
  root.querySelector("[data-export]").addEventListener("click", download);
  root.querySelector("[data-import]").addEventListener("change", function (event) {
    if (event.target.files.length > 0) {
      upload(event.target.files[0]);
    }
  });
  root.querySelector("[data-print]").addEventListener("click", function () { window.print(); });
  root.querySelector("[data-copy]").addEventListener("click", function () {
    var url = shareUrl(collect(load()));
    if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(function () { say("The link is copied."); }, function () { say(url); });
    } else {
      say(url);
    }
  });
  root.querySelector("[data-forget]").addEventListener("click", function () {
    localStorage.removeItem(storageKey);
    history.replaceState(null, "", location.pathname + location.search);
    say("Your answers are no longer kept in this browser.");
  });
  var today = root.querySelector("[data-today]");
  if (today) {
    var now = new Date();
    today.setAttribute("datetime", now.toISOString().slice(0, 10));
    today.textContent = now.toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
  }
}());
