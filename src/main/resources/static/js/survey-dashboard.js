// The IKM of a unit over time: a line chart drawn from the numbers the page carries (the table below shows them too).
(function () {
  'use strict';
  function parse(el, name) {
    try { return JSON.parse(el.getAttribute(name) || '[]'); } catch (e) { return []; }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('ikm-chart');
    if (!canvas || !window.Chart) { return; }
    var labels = parse(canvas, 'data-labels');
    var values = parse(canvas, 'data-values');
    var counts = parse(canvas, 'data-counts');
    var bands = ['data-min-a', 'data-min-b', 'data-min-c'].map(function (a) { return parseFloat(canvas.getAttribute(a)); });
    var band = function (value) {
      return { label: '', data: labels.map(function () { return value; }), borderColor: 'rgba(0,0,0,.18)', borderDash: [4, 4],
               borderWidth: 1, pointRadius: 0, fill: false };
    };
    var datasets = [{
      label: canvas.getAttribute('data-label'), data: values, borderColor: '#0b5d55', backgroundColor: '#0b5d55',
      spanGaps: true, tension: 0.2, pointRadius: 4
    }].concat(bands.filter(function (b) { return !isNaN(b); }).map(band));
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { min: 25, max: 100 } },
        plugins: {
          legend: { display: false },
          tooltip: {
            filter: function (item) { return item.datasetIndex === 0; },
            callbacks: { afterLabel: function (item) { return 'n = ' + counts[item.dataIndex]; } }
          }
        }
      }
    });
  });
})();
