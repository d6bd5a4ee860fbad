// Reelforge studio: tiny helpers the Blazor pages call.
window.reelforgeStudio = {
  // Reads a <video>'s duration once its metadata loads (the gallery shows it).
  videoDuration: (id) => new Promise((resolve) => {
    const v = document.getElementById(id);
    if (!v) { resolve(-1); return; }
    if (v.readyState >= 1) { resolve(v.duration); return; }
    v.addEventListener('loadedmetadata', () => resolve(v.duration), { once: true });
    v.addEventListener('error', () => resolve(-1), { once: true });
  })
};
