// The error summary (templates/includes/error_summary.html): the page works without this file.
// It makes sure the summary has the focus after a failed submit (where a browser ignores
// `autofocus`), and moves focus to the field itself when a summary link is followed, scrolling
// its label or legend into view too (the GOV.UK pattern).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  if (document.activeElement !== summary && !location.hash) {
    summary.focus();
  }
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var input = document.getElementById(link.getAttribute("href").slice(1));
    if (!input) {
      return;
    }
    event.preventDefault();
    // A group of radios or checkboxes is a fieldset inside the field's wrapper: show its legend.
    var group = input.closest("div[id^='div_'] fieldset");
    var label = document.querySelector("label[for='" + input.id + "']");
    var target = (group && group.querySelector("legend")) || label || input;
    target.scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
