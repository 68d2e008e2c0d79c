// The case page's document form (cases/case.html): shows only the fields the chosen kind of
// document takes. Each optional field is a .field[data-kinds] listing the kinds (space-separated)
// that take it; without this script every field shows and the server still names what is wrong.
(function () {
  'use strict';
  var kind = document.getElementById('kind');
  if (!kind) { return; }

  function show() {
    document.querySelectorAll('#document-form .field[data-kinds]').forEach(function (field) {
      var kinds = (field.dataset.kinds || '').split(' ');
      var wanted = kind.value !== '' && kinds.indexOf(kind.value) >= 0;
      var failed = field.querySelector('.field-error') !== null;
      field.hidden = !wanted && !failed;
    });
  }

  kind.addEventListener('change', show);
  show();
})();
