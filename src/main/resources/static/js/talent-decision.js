// Capaian proposal decision: when the chosen candidate is not ranked first, the "why not the first" field is marked
// required and brought to attention. The server checks the same rule; this only says it earlier.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('decision');
    var field = document.getElementById('whyNotTop');
    var box = document.getElementById('why-not-top');
    if (!form || !field || !box) { return; }
    function update() {
      var chosen = form.querySelector('input[name="chosenId"]:checked');
      var notTop = chosen !== null && chosen.getAttribute('data-rank') !== '1';
      field.required = notTop;
      field.setAttribute('aria-required', String(notTop));
      box.classList.toggle('border-start', notTop);
      box.classList.toggle('border-warning', notTop);
      box.classList.toggle('border-3', notTop);
      box.classList.toggle('ps-2', notTop);
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name="chosenId"]'), function (r) {
      r.addEventListener('change', update);
    });
    update();
  });
})();
