// Capaian 9-box: a click (or Enter) on a box of the grid shows only that box's list of people below; "show all"
// brings every list back. Without JavaScript every list is shown and each cell's names link to the people.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var grid = document.getElementById('nine-box');
    var all = document.getElementById('show-all-boxes');
    if (!grid || !all) { return; }
    var lists = Array.prototype.slice.call(document.querySelectorAll('.box-list[data-box]'));
    if (lists.length === 0) { return; }

    function show(box) {
      lists.forEach(function (l) { l.hidden = box !== null && l.getAttribute('data-box') !== box; });
      all.classList.toggle('d-none', box === null);
      Array.prototype.forEach.call(grid.querySelectorAll('td[data-box]'), function (td) {
        td.setAttribute('aria-pressed', String(td.getAttribute('data-box') === box));
      });
    }

    Array.prototype.forEach.call(grid.querySelectorAll('td[data-box]'), function (td) {
      if (td.getAttribute('data-count') === '0') { return; }
      td.setAttribute('tabindex', '0');
      td.setAttribute('role', 'button');
      td.setAttribute('aria-pressed', 'false');
      td.style.cursor = 'pointer';
      function pick(e) {
        if (e.target.closest('a')) { return; }
        show(td.getAttribute('data-box'));
        var list = document.getElementById('list-box-' + td.getAttribute('data-box'));
        if (list) { list.scrollIntoView({ block: 'nearest' }); }
      }
      td.addEventListener('click', pick);
      td.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(e); }
      });
    });
    all.addEventListener('click', function () { show(null); });
  });
})();
