"use strict";
// The OpenAPI description, rendered by the vendored Swagger UI (no CDN).
window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger", deepLinking: true });
