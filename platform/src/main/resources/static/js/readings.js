/* Readings form: add and remove reading rows, keep row numbers and the scale unit in step (no inline script: CSP). */
(function () {
    function renumber(tbody) {
        Array.prototype.forEach.call(tbody.rows, function (tr, i) { var c = tr.querySelector('.mlx-row-number'); if (c) { c.textContent = String(i + 1); } });
    }
    document.querySelectorAll('tbody[id^="rows-"]').forEach(renumber);
    document.addEventListener('click', function (e) {
        var add = e.target.closest('[data-add-row]');
        if (add) {
            var tbody = document.getElementById(add.getAttribute('data-add-row'));
            var copy = tbody.rows[tbody.rows.length - 1].cloneNode(true);
            copy.querySelectorAll('input').forEach(function (i) { i.value = ''; i.classList.remove('is-invalid'); });
            copy.querySelectorAll('select').forEach(function (s) { s.selectedIndex = 0; });
            tbody.appendChild(copy);
            renumber(tbody);
            var first = copy.querySelector('input');
            if (first) { first.focus(); }
        }
        var remove = e.target.closest('[data-remove-row]');
        if (remove) {
            var tr = remove.closest('tr');
            var body = tr.parentElement;
            if (body.rows.length > 1) { tr.remove(); } else { tr.querySelectorAll('input').forEach(function (i) { i.value = ''; }); }
            renumber(body);
        }
    });
    var unit = document.getElementById('r-unit');
    if (unit) {
        unit.addEventListener('change', function () {
            document.querySelectorAll('.mlx-scale-unit').forEach(function (s) { s.textContent = '(' + unit.value + ')'; });
        });
    }
})();
