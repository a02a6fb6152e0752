// Videos in texts ({{ video(…) }}): nothing is asked of YouTube or Vimeo
// until the reader clicks. Without this script the poster is a link to
// the video's page on its host; with it, the click puts the host's player
// (youtube-nocookie.com, Vimeo with dnt=1) in place of the poster.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-sc-video]"), function (box) {
    var link = box.querySelector(".sc-video-link");
    var label = box.querySelector(".sc-video-label");
    var note = box.querySelector(".sc-video-note");
    if (!link) return;
    // The link now plays here: say so, and say what playing tells the host.
    if (label) label.textContent = box.getAttribute("data-label-play");
    if (note) note.textContent = box.getAttribute("data-note-play");
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button > 0) return;
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.className = "sc-video-frame";
      frame.src = box.getAttribute("data-embed");
      frame.title = box.getAttribute("data-title");
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      link.replaceWith(frame);
      frame.focus();
    });
  });
})();
