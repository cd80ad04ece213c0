"use strict";
// The OpenAPI description, rendered by the vendored Swagger UI (no CDN).
// No deep links: Swagger UI puts them inside each operation's button, a link inside a button
// (axe-core's nested-interactive), which keyboards and screen readers cannot reach cleanly.
window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger", deepLinking: false });
