// Placeholder (phones-server): connects and shows the step title; the page
// helper's app.js replaces it.
"use strict";
(function () {
  const status = document.getElementById("status");
  const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
  ws.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.type === "step") { status.textContent = message.title; }
  };
  ws.onclose = () => { status.textContent = "Disconnected"; };
}());
