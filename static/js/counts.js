// Anonymous counts for the desks (insight/counting.py): one beacon to the portal itself, no
// cookie, when a visitor
// - first unfolds an answer (templates/services/includes/faq_list.html: data-read), and
// - first types into a question or booking form (data-started): a form started, to compare
//   with the forms sent.
// Pages work without this file; without it, these are simply not counted.
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
  document.querySelectorAll("form[data-started]").forEach(function (form) {
    form.addEventListener("input", function () {
      if (!form.hasAttribute("data-counted")) {
        form.setAttribute("data-counted", "");
        navigator.sendBeacon(form.getAttribute("data-started"));
      }
    });
  });
})();
