// Double-submit protection in the browser: a form that changes something is sent once;
// a second click while the first is on its way does nothing. The server keeps the
// guarantee (a creating form's submission id); this only spares the second request.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.method.toLowerCase() !== 'post') {
    return;
  }
  if (form.dataset.sending === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.sending = 'true';
  form.setAttribute('aria-busy', 'true');
});
// a page shown again from the back-forward cache can be sent again
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-sending]').forEach(function (form) {
    delete form.dataset.sending;
    form.removeAttribute('aria-busy');
  });
});
