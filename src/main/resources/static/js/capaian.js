// Capaian: send the CSRF token with every htmx request; move focus to form errors for screen readers.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});
document.addEventListener('DOMContentLoaded', function () {
  var errors = document.getElementById('form-errors');
  if (errors) { errors.focus(); }
  document.querySelectorAll('[data-confirm]').forEach(function (el) {
    el.addEventListener('submit', function (ev) { if (!window.confirm(el.getAttribute('data-confirm'))) { ev.preventDefault(); } });
  });
});
if (window.htmx) { htmx.config.includeIndicatorStyles = false; }
