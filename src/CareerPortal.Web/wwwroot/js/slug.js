// Fills a new record's slug from its name as the name is typed. Without this script an empty
// slug is made from the name when the form is saved (SlugFromAttribute, the same rule). Only a
// slug that was empty when the page opened follows the name: renaming an existing record never
// moves its public address by itself, and typing into the slug stops the following.
(function () {
  "use strict";
  function slugify(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+/, "").slice(0, 120).replace(/-+$/, "");
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-slug-from]"), function (slug) {
    var source = document.getElementById(slug.getAttribute("data-slug-from"));
    if (!source || slug.value !== "") {
      return;
    }
    var following = true;
    source.addEventListener("input", function () {
      if (following) {
        slug.value = slugify(source.value);
      }
    });
    slug.addEventListener("input", function () {
      following = slug.value === "";
    });
  });
}());
