// Upload page: drag-and-drop of files and folders, one multipart POST, then live progress per file.
(function () {
  "use strict";
  const zone = document.getElementById("drop");
  if (!zone) return;
  const input = document.getElementById("files");
  const folderInput = document.getElementById("folder");
  const list = document.getElementById("file-list");
  const status = document.getElementById("upload-status");
  const token = document.querySelector("meta[name=csrf-token]").content;

  function readEntries(entry, path, out) {
    return new Promise(function (resolve) {
      if (entry.isFile) {
        entry.file(function (f) { out.push({ file: f, name: path + f.name }); resolve(); }, function () { resolve(); });
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        const all = [];
        (function next() {
          reader.readEntries(function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return readEntries(e, path + entry.name + "/", out); })).then(resolve);
            } else { all.push.apply(all, batch); next(); }
          }, function () { resolve(); });
        })();
      } else resolve();
    });
  }

  function row(name, text, cls) {
    const li = document.createElement("li");
    const n = document.createElement("span"); n.textContent = name;
    const s = document.createElement("span"); s.textContent = text; s.className = cls || "";
    li.appendChild(n); li.appendChild(s); list.appendChild(li);
    return s;
  }

  function send(items) {
    if (!items.length) return;
    list.textContent = "";
    const form = new FormData();
    items.forEach(function (it) { form.append("files", it.file, it.name); });
    const replace = document.getElementById("replace");
    form.append("replace", replace && replace.checked ? "true" : "false");
    status.textContent = "Đang tải lên " + items.length + " tệp…";
    fetch("/api/uploads", { method: "POST", body: form, headers: { "X-CSRF-TOKEN": token } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .then(function (res) {
        if (!res.ok) { status.textContent = res.body.error || "Tải lên thất bại."; return; }
        poll(res.body.job);
      })
      .catch(function () { status.textContent = "Không kết nối được máy chủ."; });
  }

  // After an upload: how many plans and fields need a person's look, with the way to the review list.
  function showReview(review) {
    const p = document.createElement("p");
    p.id = "upload-review";
    if (review.fields === 0) { p.textContent = "Không có trường nào cần xem lại."; }
    else {
      p.textContent = "Cần xem lại: " + review.plans + " kế hoạch, " + review.fields + " trường. ";
      const a = document.createElement("a");
      a.href = "/review"; a.textContent = "Mở danh sách xem lại";
      p.appendChild(a);
    }
    const old = document.getElementById("upload-review");
    if (old) old.remove();
    status.after(p);
  }

  function poll(job) {
    fetch("/api/uploads/" + encodeURIComponent(job)).then(function (r) { return r.json(); }).then(function (j) {
      list.textContent = "";
      j.files.forEach(function (f) {
        const cls = f.state === "failed" ? "failed" : f.state === "done" ? "done" : "";
        row(f.name, f.message, cls);
      });
      status.textContent = j.finished
        ? "Xong: " + j.succeeded + " tệp thành công, " + j.failed + " tệp lỗi."
        : "Đang xử lý " + j.done + "/" + j.files.length + " tệp…";
      if (j.finished && j.review) showReview(j.review);
      if (!j.finished) setTimeout(function () { poll(job); }, 400);
    });
  }

  zone.addEventListener("dragover", function (e) { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
  zone.addEventListener("drop", function (e) {
    e.preventDefault(); zone.classList.remove("over");
    const out = [];
    const entries = Array.prototype.map.call(e.dataTransfer.items || [], function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); });
    if (entries.length && entries[0]) {
      Promise.all(entries.filter(Boolean).map(function (en) { return readEntries(en, "", out); })).then(function () { send(out); });
    } else {
      send(Array.prototype.map.call(e.dataTransfer.files, function (f) { return { file: f, name: f.name }; }));
    }
  });
  function fromInput(el) {
    send(Array.prototype.map.call(el.files, function (f) { return { file: f, name: f.webkitRelativePath || f.name }; }));
  }
  input.addEventListener("change", function () { fromInput(input); });
  if (folderInput) folderInput.addEventListener("change", function () { fromInput(folderInput); });
})();
