namespace Reelforge.Server.Tests.Api;

public sealed class PostgresWebhookApiTests(PostgresBackend backend) : WebhookApiTests(backend), IClassFixture<PostgresBackend>;
