// Marks the language tabs of a change form that need work: a missing or outdated translation
// (core/translation_status.py, listed in #translation-status) or a field with a validation error.
// The marker is text, not only a colour. modeltranslation builds its tabs in a jQuery ready
// handler, which may run after the page's load event: wait until they exist.
"use strict";
(function () {
  function mark() {
    var links = document.querySelectorAll(".ui-tabs-nav a[href^='#tab_']");
    var panel = document.getElementById("translation-status");
    var labels = panel ? panel.dataset : {};
    var statuses = {};
    if (panel) {
      panel.querySelectorAll("[data-language]").forEach(function (item) {
        statuses[item.dataset.language] = item.dataset.status;
      });
    }
    links.forEach(function (link) {
      if (link.dataset.translationMarked) {
        return;
      }
      link.dataset.translationMarked = "1";
      var language = link.textContent.trim().toLowerCase();
      var notes = [];
      var status = statuses[language];
      if (status === "missing" || status === "outdated") {
        notes.push(labels["label" + status.charAt(0).toUpperCase() + status.slice(1)]);
        link.parentElement.classList.add("translation-needs-work");
      }
      var tabPanel = document.getElementById(link.getAttribute("href").slice(1));
      if (tabPanel && tabPanel.querySelector(".errorlist, .errors")) {
        notes.push(labels.labelError || "!");
        link.parentElement.classList.add("translation-has-error");
      }
      if (notes.length) {
        var marker = document.createElement("span");
        marker.className = "translation-marker";
        marker.textContent = " (" + notes.join(", ") + ")";
        link.appendChild(marker);
      }
    });
    return links.length;
  }

  var attempts = 0;
  function waitForTabs() {
    if (!mark() && attempts++ < 50) {
      window.setTimeout(waitForTabs, 100);
    }
  }
  window.addEventListener("load", function () {
    window.setTimeout(waitForTabs, 0);
  });
})();
