process.env.N8N_USER_FOLDER = process.env.N8N_USER_FOLDER || require("fs").mkdtempSync(require("path").join(require("os").tmpdir(), "n8n-aigc-user-"));
process.env.N8N_DIAGNOSTICS_ENABLED = "false";
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || "silent";
