// A real MCP client (the official TypeScript SDK) against `reelforge serve` over Streamable HTTP.
// Usage: node client.mjs BASE_URL [API_KEY]; prints one JSON object with what it saw, for the xunit test to check.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [baseUrl, apiKey] = process.argv.slice(2);
const headers = apiKey ? { "X-API-Key": apiKey } : {};
const transport = new StreamableHTTPClientTransport(new URL("/mcp", baseUrl), { requestInit: { headers } });
const client = new Client({ name: "reelforge-ts-test", version: "1.0.0" });
await client.connect(transport);

const text = (result) => result.content.filter((c) => c.type === "text").map((c) => c.text).join("\n");
const json = (result) => JSON.parse(text(result));
const out = {};

const tools = await client.listTools();
out.tools = tools.tools.map((t) => ({ name: t.name, properties: Object.keys(t.inputSchema.properties ?? {}), aspect: t.inputSchema.properties?.aspect ?? null }));

const small = { short_side: 180, quality: "draft", music: "none", transition: "none" };
const created = json(await client.callTool({
  name: "create_video",
  arguments: { script: "Volcanoes are openings in the crust. Hot rock and ash escape from them.", ...small },
}));
out.created = created;

out.progress = [];
const waited = await client.callTool(
  { name: "wait_for_task", arguments: { task_id: created.task_id, timeout_seconds: 240 } },
  undefined,
  { onprogress: (p) => out.progress.push(p), timeout: 300000, resetTimeoutOnProgress: true },
);
out.waited = json(waited);

const listed = await client.listResources();
out.resources = listed.resources.filter((r) => r.uri.includes(created.task_id)).map((r) => ({ uri: r.uri, mimeType: r.mimeType, size: r.size }));
const templates = await client.listResourceTemplates();
out.templates = templates.resourceTemplates.map((t) => t.uriTemplate);

out.reads = [];
for (const resource of out.resources) {
  const read = await client.readResource({ uri: resource.uri });
  const contents = read.contents[0];
  if (contents.blob !== undefined) {
    const bytes = Buffer.from(contents.blob, "base64");
    out.reads.push({ uri: contents.uri, mimeType: contents.mimeType, kind: "blob", bytes: bytes.length, box: bytes.subarray(4, 8).toString("latin1") });
  } else {
    out.reads.push({ uri: contents.uri, mimeType: contents.mimeType, kind: "text", text: contents.text });
  }
}

const other = json(await client.callTool({
  name: "create_video",
  arguments: { script: "A long video to cancel.\n\nIt has several scenes.\n\nEach one takes a while to narrate and render.", ...small },
}));
out.cancelled = json(await client.callTool({ name: "cancel_task", arguments: { task_id: other.task_id } }));
// A running render stops within a second of the cancel; wait_for_task sees it finish as cancelled.
out.cancelledLater = json(await client.callTool({ name: "wait_for_task", arguments: { task_id: other.task_id, timeout_seconds: 30 } }));

const invalid = await client.callTool({ name: "create_video", arguments: { script: "Hello.", aspect: "4:3" } });
out.invalid = { isError: invalid.isError === true, text: text(invalid) };

await client.close();
process.stdout.write(JSON.stringify(out) + "\n");
