/*
 * Metrolex page helpers (issue 13), no build step. Works without it: every form is an ordinary form.
 * - A submitted form disables its submit buttons, so a second click cannot send it twice.
 * - A form with a file shows the upload's progress, then shows the page the server answers with.
 */
(function () {
    'use strict';

    function submitters(form) {
        return form.querySelectorAll('button:not([type]), button[type=submit], input[type=submit]');
    }

    function busy(form, on) {
        submitters(form).forEach(function (b) {
            b.disabled = on;
            if (on) { b.setAttribute('aria-busy', 'true'); } else { b.removeAttribute('aria-busy'); }
        });
    }

    function progressBar(form) {
        var bar = form.querySelector('[data-upload-progress]');
        if (!bar) {
            bar = document.createElement('div');
            bar.className = 'progress mt-2 w-100';
            bar.setAttribute('data-upload-progress', '');
            bar.setAttribute('role', 'progressbar');
            bar.setAttribute('aria-valuemin', '0');
            bar.setAttribute('aria-valuemax', '100');
            bar.innerHTML = '<div class="progress-bar progress-bar-striped progress-bar-animated" style="width: 0%">0%</div>';
            form.appendChild(bar);
        }
        return bar;
    }

    function upload(form, submitter) {
        var data = new FormData(form);
        if (submitter && submitter.name) {
            data.append(submitter.name, submitter.value);
        }
        var bar = progressBar(form);
        var inner = bar.firstElementChild;
        var xhr = new XMLHttpRequest();
        xhr.open((form.getAttribute('method') || 'post').toUpperCase(), form.action);
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                var pct = Math.round(100 * e.loaded / e.total);
                inner.style.width = pct + '%';
                inner.textContent = pct + '%';
                bar.setAttribute('aria-valuenow', String(pct));
            }
        });
        xhr.addEventListener('load', function () {
            var type = xhr.getResponseHeader('Content-Type') || '';
            if (type.indexOf('text/html') === 0) {
                // the page the server redirected to after the post: show it as the browser would
                history.replaceState(null, '', xhr.responseURL);
                document.open();
                document.write(xhr.responseText);
                document.close();
            } else {
                window.location.assign(xhr.responseURL || form.action);
            }
        });
        xhr.addEventListener('error', function () {
            busy(form, false);
            bar.remove();
            form.submit();
        });
        xhr.send(data);
    }

    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (e.defaultPrevented || !(form instanceof HTMLFormElement) || form.hasAttribute('data-no-busy')) {
            return;
        }
        var hasFile = Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (i) {
            return i.files && i.files.length > 0;
        });
        if (hasFile && window.FormData && (form.method || '').toLowerCase() === 'post') {
            e.preventDefault();
            busy(form, true);
            upload(form, e.submitter);
            return;
        }
        // disable after the browser has read the form (a disabled submitter would not be sent)
        setTimeout(function () { busy(form, true); }, 0);
    });

    // a page shown again from the back-forward cache starts with its buttons enabled
    window.addEventListener('pageshow', function (e) {
        if (e.persisted) {
            document.querySelectorAll('form').forEach(function (f) { busy(f, false); });
        }
    });
})();
