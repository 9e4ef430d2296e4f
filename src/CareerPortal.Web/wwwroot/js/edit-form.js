// Two safety nets for the admin's forms, both optional: every form works without this script.
// 1. Leaving a form with changes asks first (the browser's own "Leave site?" question).
// 2. What was typed is kept in this tab (sessionStorage) when a save does not go through because
//    the session ended (account disabled, sign-in expired): the sign-in page says so, and after
//    signing in the form is filled again with it, including the version it started from, so the
//    save merges with anything saved meanwhile instead of overwriting it.
// Forms with a password are left alone: a password is never stored.
(function () {
  "use strict";
  var prefix = "careerportal-draft:";
  var pendingKey = "careerportal-draft-pending";
  var skipped = { __RequestVerificationToken: true };
  var storage;
  try {
    storage = window.sessionStorage;
  } catch (e) {
    storage = null;
  }

  function guarded() {
    return Array.prototype.filter.call(document.querySelectorAll("main form[method=post]"), function (form) {
      return !form.querySelector("input[type=password]") && form.querySelector("input:not([type=hidden]), textarea, select");
    });
  }

  function snapshot(form) {
    var fields = [];
    var checkboxes = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || skipped[element.name] || element.type === "submit" || element.type === "button" || element.type === "search") {
        return;
      }
      if (element.type === "checkbox" || element.type === "radio") {
        checkboxes.push(element.name);
        if (!element.checked) {
          return;
        }
      }
      fields.push([element.name, element.value]);
    });
    return { fields: fields, checkboxes: checkboxes, path: location.pathname };
  }

  function restore(form, draft) {
    var values = {};
    draft.fields.forEach(function (pair) {
      (values[pair[0]] = values[pair[0]] || []).push(pair[1]);
    });
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || skipped[element.name] || element.type === "submit" || element.type === "button") {
        return;
      }
      if (element.type === "checkbox" || element.type === "radio") {
        if (draft.checkboxes.indexOf(element.name) >= 0) {
          element.checked = (values[element.name] || []).indexOf(element.value) >= 0;
        }
      } else if (values[element.name]) {
        element.value = values[element.name].shift();
      }
    });
  }

  function notice(before, text) {
    var message = document.createElement("p");
    message.className = "notice";
    message.setAttribute("role", "status");
    message.textContent = text;
    before.parentNode.insertBefore(message, before);
    return message;
  }

  var pending = storage && storage.getItem(pendingKey);

  // The sign-in page after a save that did not go through: say the text is safe.
  var signIn = location.pathname === "/admin/account/sign-in" && document.querySelector("main form[method=post]");
  if (signIn && pending && storage.getItem(pending)) {
    notice(signIn, "What you typed before your session ended was not saved, but it is kept in this browser tab: after you sign in, it is put back in the form for you to check and save.");
  }

  guarded().forEach(function (form) {
    var key = prefix + location.pathname;
    var changed = false;
    if (storage && pending === key && storage.getItem(key)) {
      storage.removeItem(pendingKey);
      pending = null;
      if (!document.querySelector(".error-summary")) {
        // Back on the form without an answer to the save: the session ended on the way.
        restore(form, JSON.parse(storage.getItem(key)));
        changed = true;
        notice(form, "Your changes were not saved because your session ended. They are put back below: check them and save again.");
      }
    }
    function remember() {
      if (storage) {
        try {
          storage.setItem(key, JSON.stringify(snapshot(form)));
        } catch (e) {
          // Storage full or refused: the leave question still protects the text.
        }
      }
    }
    form.addEventListener("input", function (event) {
      if (event.target.type !== "search") {
        changed = true;
        remember();
      }
    });
    form.addEventListener("change", function (event) {
      if (event.target.type !== "search") {
        changed = true;
        remember();
      }
    });
    form.addEventListener("submit", function () {
      changed = false;
      remember();
      if (storage) {
        storage.setItem(pendingKey, key);
      }
    });
    window.addEventListener("beforeunload", function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });

  // Any other page after a submit: the save went through (or was answered), the draft is done.
  if (storage && pending && !signIn && location.pathname !== pending.slice(prefix.length)) {
    storage.removeItem(pending);
    storage.removeItem(pendingKey);
  }
}());
