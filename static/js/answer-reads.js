// Counts an answer as read the first time a visitor opens it (templates/services/includes/
// faq_list.html): one anonymous beacon to the portal itself, no cookie (insight/counting.py).
// The page works without this file; without it, opened answers are simply not counted.
(function () {
  "use strict";
  if (!navigator.sendBeacon) {
    return;
  }
  document.querySelectorAll("details.faq[data-read]").forEach(function (answer) {
    answer.addEventListener("toggle", function () {
      if (answer.open && !answer.hasAttribute("data-counted")) {
        answer.setAttribute("data-counted", "");
        navigator.sendBeacon(answer.getAttribute("data-read"));
      }
    });
  });
})();
