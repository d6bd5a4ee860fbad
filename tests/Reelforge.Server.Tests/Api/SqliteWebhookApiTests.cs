namespace Reelforge.Server.Tests.Api;

public sealed class SqliteWebhookApiTests(SqliteBackend backend) : WebhookApiTests(backend), IClassFixture<SqliteBackend>;
